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
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1])).join('');
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
