// The hot path of reading a big .xlsx: the cells of a worksheet and the shared strings, scanned
// with indexOf over the part's bytes instead of a general XML parser (several times faster on a
// 50,000-row list). The part is taken as Latin-1 text, one character per byte (half the memory of
// decoding it, no decoding of the markup); the text of a value is decoded from UTF-8 when it has
// bytes above 0x7F. Every search moves forward, so the time stays linear whatever the file holds.
// Only the forms writers produce are handled: a part with comments, CDATA or processing
// instructions, or an element left open, is left to the XML parser (the callers fall back to
// saxes when these functions return null).
import { legacyOfFont } from './types';

const UNUSUAL = /<!--|<!\[CDATA\[|<\?(?!xml\s)/;

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const HIGH = /[\u0080-\u00ff]/;
/** Excel's escape of characters XML cannot hold ("_x000D_" for a carriage return). */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A value's bytes (as Latin-1 text) decoded from UTF-8, then its entities. */
export function decodeXml(raw: string): string {
  const s = HIGH.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Excel's own escapes decoded ("_x000D_" → carriage return). */
export function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(OOXML_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Text as Excel stores it in a string: entities and its own _xHHHH_ escapes decoded. */
export function decodeText(raw: string): string {
  return unescapeOoxml(decodeXml(raw));
}

/** Thrown for markup the scanner will not guess at; the caller falls back to the XML parser. */
class Unusual extends Error {}

interface Tag {
  /** Index of '<' and of the closing '>'. */
  at: number;
  end: number;
  /** Name as written (with its prefix) and without the prefix. */
  name: string;
  local: string;
  closing: boolean;
  selfClosing: boolean;
}

function isNameEnd(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

/** The next tag at or after `from` in `s[from, to)`, or null. */
function nextTag(s: string, from: number, to: number): Tag | null {
  const at = s.indexOf('<', from);
  if (at < 0 || at >= to) return null;
  const closing = s.charCodeAt(at + 1) === 47;
  let i = at + (closing ? 2 : 1);
  const start = i;
  while (i < to && !isNameEnd(s.charCodeAt(i))) i++;
  const end = s.indexOf('>', i);
  if (end < 0 || end >= to) throw new Unusual('tag left open');
  const name = s.slice(start, i);
  const colon = name.indexOf(':');
  return { at, end, name, local: colon < 0 ? name : name.slice(colon + 1), closing, selfClosing: s.charCodeAt(end - 1) === 47 };
}

/** Where the element opened by `tag` closes: the index of its "</name>" (never nested in what we read). */
function closeOf(s: string, tag: Tag, to: number): number {
  const close = s.indexOf(`</${tag.name}>`, tag.end + 1);
  if (close < 0 || close >= to) throw new Unusual(`<${tag.name}> left open`);
  return close;
}

/** The value of attribute `name` in a start tag `s[at, end)`, with either quote, or null. */
function attrOf(s: string, at: number, end: number, name: string): string | null {
  const needle = `${name}=`;
  for (let p = s.indexOf(needle, at); p >= 0 && p < end; p = s.indexOf(needle, p + 1)) {
    const before = s.charCodeAt(p - 1);
    if (!(before === 32 || before === 9 || before === 10 || before === 13)) continue;
    const q = s.charCodeAt(p + needle.length);
    if (q !== 34 && q !== 39) continue;
    const from = p + needle.length + 1;
    const close = s.indexOf(q === 34 ? '"' : "'", from);
    return close < 0 || close > end ? null : s.slice(from, close);
  }
  return null;
}

/** Text of the <t> elements of a string item in `s[from, to)`, phonetic runs (<rPh>) left out; the first legacy font of its runs. */
function itemText(s: string, from: number, to: number): { text: string; font: string | null } {
  let raw = '';
  let font: string | null = null;
  let pos = from;
  for (let tag = nextTag(s, pos, to); tag; tag = nextTag(s, pos, to)) {
    pos = tag.end + 1;
    if (tag.closing || tag.selfClosing) {
      if (tag.local === 'rFont' && !font) {
        const val = attrOf(s, tag.at, tag.end, 'val');
        if (val && legacyOfFont(val)) font = val;
      }
      continue;
    }
    if (tag.local === 'rPh') pos = closeOf(s, tag, to) + tag.name.length + 3;
    else if (tag.local === 't') {
      const close = closeOf(s, tag, to);
      raw += s.slice(tag.end + 1, close);
      pos = close + tag.name.length + 3;
    }
  }
  return { text: decodeText(raw), font };
}

export interface SharedItem {
  text: string;
  /** The first TCVN3/VNI font of its runs (rich text), if any. */
  font: string | null;
}

/** The shared strings, or null when the part is unusual (see above). */
export function scanSharedStrings(xml: string): SharedItem[] | null {
  if (UNUSUAL.test(xml)) return null;
  const out: SharedItem[] = [];
  try {
    let pos = 0;
    for (let tag = nextTag(xml, pos, xml.length); tag; tag = nextTag(xml, pos, xml.length)) {
      pos = tag.end + 1;
      if (tag.local !== 'si' || tag.closing) continue;
      if (tag.selfClosing) {
        out.push({ text: '', font: null });
        continue;
      }
      const close = closeOf(xml, tag, xml.length);
      out.push(itemText(xml, tag.end + 1, close));
      pos = close + tag.name.length + 3;
    }
  } catch (e) {
    if (e instanceof Unusual) return null;
    throw e;
  }
  return out;
}

export interface ScannedCell {
  r: number;
  c: number;
  type: string;
  style: number;
  /** The value as written: <v> text, or the inline string's text (decoded). */
  text: string;
}

export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function colOf(ref: string): { c: number; rest: number } {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i) & 0xdf;
    if (k < 65 || k > 90) break;
    c = c * 26 + k - 64;
  }
  return { c, rest: i };
}

/** The value of a cell whose content is `s[from, to)`. */
function cellValue(s: string, from: number, to: number, type: string): string | null {
  let pos = from;
  for (let tag = nextTag(s, pos, to); tag; tag = nextTag(s, pos, to)) {
    pos = tag.end + 1;
    if (tag.closing || tag.selfClosing) continue;
    const close = closeOf(s, tag, to);
    if (type === 'inlineStr' && tag.local === 'is') return itemText(s, tag.end + 1, close).text;
    if (type !== 'inlineStr' && tag.local === 'v') {
      const v = s.slice(tag.end + 1, close);
      return type === 'str' || type === 's' || type === 'e' ? (type === 'str' ? decodeText(v) : decodeXml(v)) : v;
    }
    pos = close + tag.name.length + 3; // a formula (<f>) or anything else: skipped whole
  }
  return null;
}

/**
 * Calls `onCell` for every cell with a value, in order; returns the merged ranges, or null when
 * the part is unusual (see above). `onRow` is told each row number met (for limits).
 */
export function scanWorksheet(xml: string, onRow: (r: number) => void, onCell: (cell: ScannedCell) => void): Merge[] | null {
  const open = /<(?:[\w.-]+:)?sheetData\b/.exec(xml);
  if (!open) return [];
  // Its end, looked for from the end of the part (merges and the page setup follow it), not through
  // the 28 MB of a 50,000-row list. Markup only: a value cannot hold '<'.
  const last = xml.lastIndexOf('<', xml.lastIndexOf('sheetData'));
  const closeMatch = last >= open.index ? /^(?:<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\s*\/>)/.exec(xml.slice(last)) : null;
  // A sheet cut short (damaged file) goes to the XML parser, which says where it breaks.
  if (!closeMatch) return null;
  const endData = last;
  if (UNUSUAL.test(xml.slice(open.index, endData))) return null;
  const cell: ScannedCell = { r: 0, c: 0, type: 'n', style: 0, text: '' };
  try {
    let r = 0;
    let c = 0;
    let pos = open.index + open[0].length;
    for (let tag = nextTag(xml, pos, endData); tag; tag = nextTag(xml, pos, endData)) {
      pos = tag.end + 1;
      if (tag.closing) continue;
      if (tag.local === 'row') {
        const rv = attrOf(xml, tag.at, tag.end, 'r');
        r = rv ? Number(rv) : r + 1;
        if (!Number.isInteger(r) || r < 1) throw new Error(`bad row number "${rv}"`);
        onRow(r);
        c = 0;
        continue;
      }
      if (tag.local !== 'c') continue;
      const ref = attrOf(xml, tag.at, tag.end, 'r');
      if (ref) {
        const p = colOf(ref);
        c = p.c || c + 1;
        if (p.rest < ref.length) {
          const rr = Number(ref.slice(p.rest));
          if (!Number.isInteger(rr) || rr < 1) throw new Error(`bad cell reference "${ref}"`);
          if (rr !== r) onRow(rr);
          r = rr;
        }
      } else c++;
      if (tag.selfClosing) continue;
      const close = closeOf(xml, tag, endData);
      pos = close + tag.name.length + 3;
      const type = attrOf(xml, tag.at, tag.end, 't') ?? 'n';
      const text = cellValue(xml, tag.end + 1, close, type);
      if (text === null || text === '') continue;
      const st = attrOf(xml, tag.at, tag.end, 's');
      cell.r = r;
      cell.c = c;
      cell.type = type;
      cell.style = st ? Number(st) : 0;
      cell.text = text;
      onCell(cell);
    }
  } catch (e) {
    if (e instanceof Unusual) return null;
    throw e;
  }
  const merges: Merge[] = [];
  const tail = xml.slice(endData);
  for (const m of tail.matchAll(/<(?:[\w.-]+:)?mergeCell\s+ref=["']\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?["']/g)) {
    merges.push({ c1: colOf(m[1]).c, r1: Number(m[2]), c2: colOf(m[3] ?? m[1]).c, r2: Number(m[4] ?? m[2]) });
  }
  return merges;
}
