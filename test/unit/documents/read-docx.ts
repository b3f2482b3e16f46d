import { strFromU8, unzipSync } from 'fflate';

// A tiny reader for the .docx files the writer produces: unzip, then walk paragraphs, runs and
// section properties with regular expressions (enough for files we generate ourselves).

export interface DocxParts {
  /** Every XML part, by path inside the zip. */
  parts: Record<string, string>;
  document: string;
  styles: string;
  settings: string;
  /** Header part by relationship type: 'default' / 'first' of the first section. */
  headers: { default: string | null; first: string | null };
  /** All word/header*.xml parts. */
  allHeaders: string[];
}

export function readDocx(buf: Uint8Array): DocxParts {
  const files = unzipSync(buf);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) parts[name] = strFromU8(data);
  const document = parts['word/document.xml'];
  const rels = parts['word/_rels/document.xml.rels'] ?? '';
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? null;
  const firstSect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(document)?.[0] ?? '';
  const ref = (type: string) => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(firstSect)?.[1];
    const file = id ? target(id) : null;
    return file ? (parts[`word/${file}`] ?? null) : null;
  };
  return {
    parts,
    document,
    styles: parts['word/styles.xml'],
    settings: parts['word/settings.xml'],
    headers: { default: ref('default'), first: ref('first') },
    allHeaders: Object.keys(parts)
      .filter((k) => /^word\/header\d*\.xml$/.test(k))
      .map((k) => parts[k]),
  };
}

export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface Run {
  xml: string;
  rPr: string;
  text: string;
  bold: boolean;
  italic: boolean;
  /** Half-points, null when the run sets none. */
  size: number | null;
}

export interface Para {
  xml: string;
  pPr: string;
  text: string;
  runs: Run[];
}

const on = (rPr: string, tag: string) => new RegExp(`<w:${tag}(?: w:val="(?:true|1|on)")?/>`).test(rPr);

export function runsOf(pXml: string): Run[] {
  return [...pXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<w:r [^>]*>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const xml = m[0];
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
    // A plain <w:br/> (a line break inside the paragraph) reads as '\n'.
    const text = [...xml.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => (t[1] === undefined ? '\n' : decodeXml(t[1])))
      .join('');
    const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr);
    return { xml, rPr, text, bold: on(rPr, 'b'), italic: on(rPr, 'i'), size: size ? Number(size[1]) : null };
  });
}

export function paragraphsOf(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?=[\s>])[\s\S]*?<\/w:p>/g)].map((m) => {
    const runs = runsOf(m[0]);
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(m[0])?.[1] ?? '';
    return { xml: m[0], pPr, text: runs.map((r) => r.text).join(''), runs };
  });
}

export function findParagraph(xml: string, text: string | RegExp): Para {
  const found = paragraphsOf(xml).find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  if (!found) throw new Error(`no paragraph ${String(text)}`);
  return found;
}

/** Attributes of the first element `tag` in `xml` as a record. */
export function attrs(xml: string, tag: string): Record<string, string> {
  const el = new RegExp(`<w:${tag}(\\s[^>]*)?/?>`).exec(xml)?.[1] ?? '';
  return Object.fromEntries([...el.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1].replace(/^w:/, ''), a[2]]));
}

export function sections(document: string): string[] {
  return [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

export function tablesOf(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** Run properties as Word applies them: the run's own, else its paragraph style's (and what that is based on), else the document defaults. */
export interface EffectiveRun {
  text: string;
  /** rFonts attributes: ascii, hAnsi, cs, eastAsia. */
  fonts: Record<string, string>;
  color: string | null;
  /** Half-points. */
  size: number | null;
  bold: boolean;
}

interface RunProps {
  fonts?: Record<string, string>;
  color?: string;
  size?: number;
  bold?: boolean;
}

function runProps(rPr: string): RunProps {
  const out: RunProps = {};
  if (/<w:rFonts[\s/]/.test(rPr)) out.fonts = attrs(rPr, 'rFonts');
  const color = /<w:color w:val="([^"]+)"\/>/.exec(rPr);
  if (color) out.color = color[1];
  const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr);
  if (size) out.size = Number(size[1]);
  if (/<w:b(?: w:val="[^"]*")?\/>/.test(rPr)) out.bold = on(rPr, 'b');
  return out;
}

/** Every run with text in the document body, with its effective font, colour, size and weight. */
export function effectiveRuns(docx: DocxParts): EffectiveRun[] {
  const defaults = runProps(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(docx.styles)?.[0] ?? '');
  const styles = new Map<string, { basedOn: string | null; props: RunProps }>();
  for (const m of docx.styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const basedOn = /<w:basedOn w:val="([^"]+)"\/>/.exec(m[2])?.[1] ?? null;
    styles.set(m[1], { basedOn, props: runProps(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[2])?.[1] ?? '') });
  }
  const styleProps = (id: string | null): RunProps => {
    const chain: RunProps[] = [];
    for (let at = id, depth = 0; at && depth < 10; depth++) {
      const s = styles.get(at);
      if (!s) break;
      chain.unshift(s.props);
      at = s.basedOn;
    }
    return Object.assign({}, ...chain);
  };
  return paragraphsOf(docx.document).flatMap((p) => {
    const style = styleProps(/<w:pStyle w:val="([^"]+)"\/>/.exec(p.pPr)?.[1] ?? null);
    return p.runs
      .filter((r) => r.text !== '')
      .map((r) => {
        const own = runProps(r.rPr);
        const merged = { ...defaults, ...style, ...own };
        return { text: r.text, fonts: merged.fonts ?? {}, color: merged.color ?? null, size: merged.size ?? null, bold: !!merged.bold };
      });
  });
}
