// The hot path of reading a big .xlsx: the cells of a worksheet and the shared strings, scanned
// with indexOf and regular expressions over the part's bytes instead of a general XML parser
// (several times faster on a 50,000-row list). The part is taken as Latin-1 text, one character
// per byte (half the memory of decoding it, and no decoding of the markup); the text of a value is
// decoded from UTF-8 when it has bytes above 0x7F. Only the plain forms every writer produces are handled here: a
// part with comments, CDATA or processing instructions inside is left to the XML parser (the
// callers fall back to saxes when these functions return null).

const UNUSUAL = /<!--|<!\[CDATA\[|<\?(?!xml\s)/;

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const HIGH = /[\u0080-\u00ff]/;

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

/** Text of the <t> elements of a string item, phonetic runs (<rPh>) left out. */
function itemText(inner: string): string {
  if (inner.indexOf('<rPh') >= 0) inner = inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of inner.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return decodeXml(out);
}

export interface SharedItem {
  text: string;
  /** The font of its first run that names one (rich text), if any. */
  font: string | null;
}

/** The shared strings, or null when the part is unusual (see above). */
export function scanSharedStrings(xml: string): SharedItem[] | null {
  if (UNUSUAL.test(xml)) return null;
  const out: SharedItem[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)) {
    const inner = m[1] ?? '';
    const font = inner.indexOf('rFont') >= 0 ? (/<(?:\w+:)?rFont\s+val="([^"]*)"/.exec(inner)?.[1] ?? null) : null;
    out.push({ text: itemText(inner), font });
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

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW = /<(?:\w+:)?row\b([^>]*?)(\/?)>/g;
const ATTR_R = /\br="([A-Za-z]{0,3})(\d*)"/;
const ATTR_T = /\bt="([^"]*)"/;
const ATTR_S = /\bs="(\d+)"/;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;

function colOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) & 0xdf) - 64);
  return n;
}

/**
 * Calls `onCell` for every cell with a value, in order; returns the merged ranges, or null when
 * the part is unusual (see above). `onRow` is told each row number as it starts (for limits).
 */
function cellText(type: string, inner: string): string | null {
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return is ? itemText(is[1]) : null;
  }
  const v0 = inner.indexOf('<v');
  if (v0 < 0) return null;
  const open = inner.indexOf('>', v0);
  const close = inner.indexOf('</v>', open);
  if (open < 0 || close < 0) return null;
  const v = inner.slice(open + 1, close);
  return type === 'str' || type === 's' || type === 'e' ? decodeXml(v) : v;
}

/** The value of the attribute whose ` name="` is `needle` in a start tag's text, or null. */
function attrIn(tag: string, needle: string): string | null {
  let at = tag.indexOf(needle);
  if (at < 0) {
    // Attributes may also be separated by tabs or new lines.
    if (tag.indexOf('\n') < 0 && tag.indexOf('\t') < 0 && tag.indexOf('\r') < 0) return null;
    const m = new RegExp(`\\s${needle.slice(1)}`).exec(tag);
    if (!m) return null;
    at = m.index;
  }
  const start = at + needle.length;
  const end = tag.indexOf('"', start);
  return end < 0 ? null : tag.slice(start, end);
}

/** Unprefixed elements (what Excel, LibreOffice, WPS and most libraries write), with indexOf. */
function scanPlain(body: string, onRow: (r: number) => void, onCell: (cell: ScannedCell) => void, cell: ScannedCell): void {
  let r = 0;
  let c = 0;
  let pos = 0;
  for (;;) {
    const lt = body.indexOf('<', pos);
    if (lt < 0) return;
    const ch = body.charCodeAt(lt + 1);
    if (ch === 114 /* r */ && body.startsWith('row', lt + 1) && isTagEnd(body.charCodeAt(lt + 4))) {
      const gt = body.indexOf('>', lt);
      if (gt < 0) return;
      const rv = attrIn(body.slice(lt, gt), ' r="');
      r = rv ? Number(rv) : r + 1;
      if (!Number.isInteger(r) || r < 1) throw new Error(`bad row number "${rv}"`);
      onRow(r);
      c = 0;
      pos = gt + 1;
      continue;
    }
    if (ch === 99 /* c */ && isTagEnd(body.charCodeAt(lt + 2))) {
      const gt = body.indexOf('>', lt);
      if (gt < 0) return;
      const tag = body.slice(lt + 2, gt);
      const ref = attrIn(tag, ' r="');
      if (ref) {
        let i = 0;
        let col = 0;
        for (; i < ref.length; i++) {
          const k = ref.charCodeAt(i) & 0xdf;
          if (k < 65 || k > 90) break;
          col = col * 26 + k - 64;
        }
        c = col || c + 1;
        if (i < ref.length) r = Number(ref.slice(i));
      } else c++;
      if (body.charCodeAt(gt - 1) === 47 /* / */) {
        pos = gt + 1;
        continue;
      }
      const end = body.indexOf('</c>', gt);
      if (end < 0) return;
      pos = end + 4;
      const type = attrIn(tag, ' t="') ?? 'n';
      const text = cellText(type, body.slice(gt + 1, end));
      if (text === null || text === '') continue;
      const st = attrIn(tag, ' s="');
      cell.r = r;
      cell.c = c;
      cell.type = type;
      cell.style = st ? Number(st) : 0;
      cell.text = text;
      onCell(cell);
      continue;
    }
    pos = lt + 1;
  }
}

function isTagEnd(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

/** Elements with a namespace prefix (<x:row>, <x:c>, as the Open XML SDK may write): regular expressions. */
function scanPrefixed(body: string, onRow: (r: number) => void, onCell: (cell: ScannedCell) => void, cell: ScannedCell): void {
  let r = 0;
  ROW.lastIndex = 0;
  let rowMatch = ROW.exec(body);
  while (rowMatch) {
    const m = /\br="(\d+)"/.exec(rowMatch[1]);
    r = m ? Number(m[1]) : r + 1;
    onRow(r);
    const from = ROW.lastIndex;
    if (rowMatch[2] === '/') {
      rowMatch = ROW.exec(body);
      continue;
    }
    const next = ROW.exec(body);
    const to = next ? next.index : body.length;
    let c = 0;
    CELL.lastIndex = from;
    for (let cm = CELL.exec(body); cm && cm.index < to; cm = CELL.exec(body)) {
      const a = cm[1];
      const ref = ATTR_R.exec(a);
      if (ref && ref[1]) {
        c = colOf(ref[1]);
        if (ref[2]) r = Number(ref[2]);
      } else c++;
      const inner = cm[2];
      if (inner === undefined || inner === '') continue;
      const type = ATTR_T.exec(a)?.[1] ?? 'n';
      let text: string;
      if (type === 'inlineStr') {
        const is = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
        if (!is) continue;
        text = itemText(is[1]);
      } else {
        const v = VALUE.exec(inner);
        if (!v) continue;
        text = type === 'str' || type === 's' || type === 'e' ? decodeXml(v[1]) : v[1];
      }
      cell.r = r;
      cell.c = c;
      cell.type = type;
      cell.style = Number(ATTR_S.exec(a)?.[1] ?? 0);
      cell.text = text;
      onCell(cell);
    }
    rowMatch = next;
  }
}

export function scanWorksheet(
  xml: string,
  onRow: (r: number) => void,
  onCell: (cell: ScannedCell) => void,
): { r1: number; c1: number; r2: number; c2: number }[] | null {
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return [];
  const endData = xml.indexOf('sheetData>', start + 10);
  // A sheet cut short (damaged file) goes to the XML parser, which says where it breaks.
  if (endData < 0) return null;
  const body = xml.slice(start, endData);
  if (UNUSUAL.test(body)) return null;
  const cell: ScannedCell = { r: 0, c: 0, type: 'n', style: 0, text: '' };
  // Writers use a prefix for all elements or for none: the first rows tell.
  if (/<\w+:(c|row)[\s>]/.test(body.slice(0, 4096))) scanPrefixed(body, onRow, onCell, cell);
  else scanPlain(body, onRow, onCell, cell);
  const merges: { r1: number; c1: number; r2: number; c2: number }[] = [];
  const tail = xml.slice(endData);
  for (const m of tail.matchAll(/<(?:\w+:)?mergeCell\s+ref="\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?"/g)) {
    merges.push({ c1: colOf(m[1]), r1: Number(m[2]), c2: colOf(m[3] ?? m[1]), r2: Number(m[4] ?? m[2]) });
  }
  return merges;
}
