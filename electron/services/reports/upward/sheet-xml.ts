// Reading and editing one worksheet's XML in place. The superior's file is changed only where a
// number goes: that cell's value (its style kept, a text type dropped), nothing else, so the
// layout, merges, formulas, protection, validations and every other part stay as their author
// made them — which a load-and-save through a spreadsheet library does not promise.
import { anyPrefix, attrsOf } from './parts';

export interface CellInfo {
  style: number | null;
  formula: boolean;
}

export interface SheetScan {
  cells: Map<string, CellInfo>;
  merges: { r1: number; c1: number; r2: number; c2: number }[];
}

/** Thrown for markup this editor will not guess at (rows or cells without a reference). */
export class UnusualSheet extends Error {}

export function colLetters(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function parseCellRef(ref: string): { r: number; c: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]), c };
}

const CELL = new RegExp(`<(${anyPrefix('c')})\\b([^>]*?)(/>|>([\\s\\S]*?)</${anyPrefix('c')}>)`, 'g');
const ROW = new RegExp(`<(${anyPrefix('row')})\\b([^>]*?)(/>|>([\\s\\S]*?)</${anyPrefix('row')}>)`, 'g');
const FORMULA = new RegExp(`<${anyPrefix('f')}\\b`);

function sheetDataSpan(xml: string): { open: RegExpExecArray; bodyStart: number; bodyEnd: number; prefix: string } {
  const open = new RegExp(`<(${anyPrefix('sheetData')})\\b[^>]*?(/?)>`).exec(xml);
  if (!open) throw new UnusualSheet('no sheetData');
  const prefix = open[1].includes(':') ? open[1].slice(0, open[1].indexOf(':') + 1) : '';
  const bodyStart = open.index + open[0].length;
  if (open[2] === '/') return { open, bodyStart, bodyEnd: bodyStart, prefix };
  const bodyEnd = xml.indexOf(`</${open[1]}>`, bodyStart);
  if (bodyEnd < 0) throw new UnusualSheet('sheetData not closed');
  return { open, bodyStart, bodyEnd, prefix };
}

/** The cells (style, formula or not) and merged ranges of a worksheet. */
export function scanSheet(xml: string): SheetScan {
  const { bodyStart, bodyEnd } = sheetDataSpan(xml);
  const cells = new Map<string, CellInfo>();
  for (const m of xml.slice(bodyStart, bodyEnd).matchAll(CELL)) {
    const a = attrsOf(m[2]);
    if (!a.r) continue;
    cells.set(a.r.toUpperCase(), { style: a.s ? Number(a.s) : null, formula: FORMULA.test(m[4] ?? '') });
  }
  const merges: SheetScan['merges'] = [];
  for (const m of xml.matchAll(new RegExp(`<${anyPrefix('mergeCell')}\\b([^>]*)>`, 'g'))) {
    const [from, to] = (attrsOf(m[1]).ref ?? '').split(':');
    const p1 = parseCellRef(from ?? '');
    const p2 = parseCellRef(to ?? from ?? '');
    if (p1 && p2) merges.push({ r1: Math.min(p1.r, p2.r), c1: Math.min(p1.c, p2.c), r2: Math.max(p1.r, p2.r), c2: Math.max(p1.c, p2.c) });
  }
  return { cells, merges };
}

/** Inside a merged range but not its top-left cell: whatever is written there is never shown. */
export function isCovered(scan: SheetScan, r: number, c: number): boolean {
  return scan.merges.some((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2 && !(r === m.r1 && c === m.c1));
}

/** Shortest decimal form, never an exponent (some readers take "1e-7" as text). */
function numberText(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(10).replace(/\.?0+$/, '') : s;
}

/** A cell's attributes without its type (the new value is a number) and, when asked, without `spans`. */
function keepAttrs(attrText: string, drop: RegExp): string {
  return attrText.replace(drop, '').replace(/\s+$/, '');
}

const DROP_TYPE = /\s+(?:[\w.-]+:)?t\s*=\s*("[^"]*"|'[^']*')/g;
const DROP_SPANS = /\s+spans\s*=\s*("[^"]*"|'[^']*')/g;

function numericCell(prefix: string, ref: string, attrText: string | null, value: number): string {
  const attrs = attrText === null ? ` r="${ref}"` : keepAttrs(attrText, DROP_TYPE);
  return `<${prefix}c${attrs}><${prefix}v>${numberText(value)}</${prefix}v></${prefix}c>`;
}

/**
 * The worksheet with `values` written as numeric cells. An existing cell keeps its attributes
 * (style included) and loses its old content; a missing cell or row is inserted in order. Cells
 * holding a formula are never passed here (the caller leaves them alone).
 */
export function writeNumbers(xml: string, values: { r: number; c: number; value: number }[]): string {
  if (!values.length) return xml;
  const { open, bodyStart, bodyEnd, prefix } = sheetDataSpan(xml);
  const byRow = new Map<number, Map<number, number>>();
  for (const v of [...values].sort((x, y) => x.r - y.r)) {
    if (!byRow.has(v.r)) byRow.set(v.r, new Map());
    byRow.get(v.r)!.set(v.c, v.value);
  }
  const body = xml.slice(bodyStart, bodyEnd);
  const edits: { at: number; end: number; text: string }[] = [];
  const seenRows = new Set<number>();
  let lastEnd = 0;
  for (const m of body.matchAll(ROW)) {
    const a = attrsOf(m[2]);
    const r = Number(a.r);
    if (!a.r || !Number.isInteger(r)) throw new UnusualSheet('row without reference');
    // New rows go before the first row below them.
    for (const [nr, cols] of byRow) {
      if (nr < r && !seenRows.has(nr)) {
        edits.push({ at: m.index!, end: m.index!, text: newRow(prefix, nr, cols) });
        seenRows.add(nr);
      }
    }
    lastEnd = m.index! + m[0].length;
    const want = byRow.get(r);
    seenRows.add(r);
    if (!want) continue;
    edits.push({ at: m.index!, end: lastEnd, text: editRow(prefix, m, r, want) });
  }
  const rest = [...byRow].filter(([r]) => !seenRows.has(r)).sort((x, y) => x[0] - y[0]);
  if (rest.length) edits.push({ at: lastEnd, end: lastEnd, text: rest.map(([r, cols]) => newRow(prefix, r, cols)).join('') });
  edits.sort((x, y) => x.at - y.at);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += body.slice(pos, e.at) + e.text;
    pos = e.end;
  }
  out += body.slice(pos);
  if (open[2] === '/') {
    const tagName = open[1];
    const head = xml.slice(0, open.index) + open[0].replace(/\s*\/>$/, '>');
    return `${head}${out}</${tagName}>${xml.slice(bodyEnd)}`;
  }
  return xml.slice(0, bodyStart) + out + xml.slice(bodyEnd);
}

function newRow(prefix: string, r: number, cols: Map<number, number>): string {
  const cells = [...cols]
    .sort((x, y) => x[0] - y[0])
    .map(([c, v]) => numericCell(prefix, `${colLetters(c)}${r}`, null, v))
    .join('');
  return `<${prefix}row r="${r}">${cells}</${prefix}row>`;
}

function editRow(prefix: string, m: RegExpExecArray | RegExpMatchArray, r: number, want: Map<number, number>): string {
  const [, tagName, rowAttrs, , inner = ''] = m;
  const left = new Map(want);
  let out = '';
  let pos = 0;
  let inserted = false;
  for (const cm of inner.matchAll(CELL)) {
    const a = attrsOf(cm[2]);
    const p = a.r ? parseCellRef(a.r) : null;
    if (!p) throw new UnusualSheet('cell without reference');
    const before = [...left].filter(([c]) => c < p.c).sort((x, y) => x[0] - y[0]);
    if (before.length) inserted = true;
    out += inner.slice(pos, cm.index!) + before.map(([c, v]) => numericCell(prefix, `${colLetters(c)}${r}`, null, v)).join('');
    for (const [c] of before) left.delete(c);
    const value = left.get(p.c);
    out += value === undefined ? cm[0] : numericCell(prefix, a.r!, cm[2], value);
    left.delete(p.c);
    pos = cm.index! + cm[0].length;
  }
  const after = [...left].sort((x, y) => x[0] - y[0]);
  if (after.length) inserted = true;
  out += inner.slice(pos) + after.map(([c, v]) => numericCell(prefix, `${colLetters(c)}${r}`, null, v)).join('');
  // `spans` is only a hint for readers; a stale one after an insertion is dropped rather than guessed.
  const attrs = inserted ? keepAttrs(rowAttrs, DROP_SPANS) : rowAttrs.replace(/\s+$/, '');
  return `<${tagName}${attrs}>${out}</${tagName}>`;
}

/** Asks Excel and LibreOffice to recompute every formula on opening, so the file's totals include the new numbers. */
export function recalcOnLoad(workbookXml: string): string {
  const calc = new RegExp(`<${anyPrefix('calcPr')}\\b([^>]*?)(/?)>`).exec(workbookXml);
  if (calc) {
    if (/fullCalcOnLoad\s*=\s*["'](1|true)["']/.test(calc[1])) return workbookXml;
    const attrs = calc[1].replace(/\s+fullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, '');
    const tagName = calc[0].slice(1, calc[0].search(/[\s/>]/));
    const replaced = `<${tagName}${attrs} fullCalcOnLoad="1"${calc[2]}>`;
    return workbookXml.slice(0, calc.index) + replaced + workbookXml.slice(calc.index + calc[0].length);
  }
  const root = new RegExp(`<(${anyPrefix('workbook')})\\b`).exec(workbookXml);
  const prefix = root && root[1].includes(':') ? root[1].slice(0, root[1].indexOf(':') + 1) : '';
  // calcPr comes after definedNames and before these, in the schema's order.
  const next = new RegExp(
    `<${anyPrefix('(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)')}\\b|</${anyPrefix('workbook')}>`,
  ).exec(workbookXml);
  if (!next) return workbookXml;
  return `${workbookXml.slice(0, next.index)}<${prefix}calcPr fullCalcOnLoad="1"/>${workbookXml.slice(next.index)}`;
}
