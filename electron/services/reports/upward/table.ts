// Finding the table in a template laid out by someone else: title rows on top (often merged), a
// header of one to three rows with a "Nội dung"/"Chỉ tiêu" column and a "Số lượng"/"Kết quả"/
// "Số liệu" column, sometimes a row of column numbers, then one row per indicator, and a signature
// block below. Pure: works on a grid of cell texts (merged cells carry their top-left text).
import { foldVi } from '../../../../shared/text/vi';

export interface Grid {
  lastRow: number;
  lastCol: number;
  /** The cell as a person reads it: Unicode, single spaces; '' when empty. */
  text(r: number, c: number): string;
  isNumber(r: number, c: number): boolean;
}

export interface TableRow {
  row: number;
  label: string;
  unit: string | null;
  number: string | null;
}

export interface FoundTable {
  headerRow: number;
  /** Last row of the header (two- and three-row headers). */
  headerEnd: number;
  labelCol: number;
  valueCol: number;
  unitCol: number | null;
  numberCol: number | null;
  /** The header's texts, folded: what identifies the template when its matches are remembered. */
  headerKey: string;
  rows: TableRow[];
}

const HEADER_SCAN_ROWS = 60;
const MAX_HEADER_ROWS = 3;

const LABEL_HEAD = /^(noi dung|chi tieu|cac chi tieu|ten chi tieu|danh muc|hang muc|noi dung chi tieu|noi dung hoat dong)\b|\bnoi dung\b/;
/** "Chỉ tiêu giao", "Chỉ tiêu kế hoạch": the target, not the label. */
const NOT_LABEL = /\b(giao|ke hoach|dang ky|so sanh|ghi chu)\b/;
const VALUE_HEAD = /\b(so luong|so lieu|ket qua|thuc hien)\b/;
const VALUE_HEAD_WEAK = /\b(tong so|gia tri|so tien|tong cong|ky nay)\b/;
const NOT_VALUE = /\b(ghi chu|ke hoach|chi tieu giao|giao|cung ky|nam truoc|ky truoc|so sanh|don vi tinh|dvt|ma so)\b/;
const UNIT_HEAD = /^(don vi tinh|dvt|d\.v\.t|don vi)$/;
const NUMBER_HEAD = /^(tt|stt|so tt|so thu tu|ma|ma so|ma chi tieu)$/;
/** The signature block and distribution list: the table has ended. */
const FOOTER = /^(noi nhan|nguoi lap|nguoi lap bieu|tm\.?|t\/m|thu truong|chu tich|ngay \d+ thang|xac nhan)\b/;
/** A row of column numbers under the header: "(1) (2) (3)", "A B 1 2". */
const COLUMN_NUMBER = /^\(?([0-9]{1,2}|[a-z])\)?$/;

function isLabelHead(folded: string): boolean {
  return folded.length > 0 && folded.length <= 60 && LABEL_HEAD.test(folded) && !NOT_LABEL.test(folded);
}

/** How much a column's header texts say "the result goes here". */
function valueScore(folded: string): number {
  let s = 0;
  if (VALUE_HEAD.test(folded)) s += 3;
  if (VALUE_HEAD_WEAK.test(folded)) s += 1;
  if (NOT_VALUE.test(folded)) s -= 5;
  return s;
}

function headerBand(grid: Grid, r: number, labelCol: number): number {
  const head = grid.text(r, labelCol);
  let end = r;
  for (let k = 1; k < MAX_HEADER_ROWS && r + k <= grid.lastRow; k++) {
    const rr = r + k;
    const label = grid.text(rr, labelCol);
    let numbers = false;
    let texts = 0;
    for (let c = 1; c <= grid.lastCol; c++) {
      if (grid.isNumber(rr, c)) numbers = true;
      else if (grid.text(rr, c)) texts += 1;
    }
    // A header row below the first: the label cell merged from above (same text) or empty, words only.
    if (numbers || texts === 0 || (label !== '' && label !== head)) break;
    const words = [...Array(grid.lastCol).keys()].map((i) => foldVi(grid.text(rr, i + 1))).filter(Boolean);
    if (words.every((w) => COLUMN_NUMBER.test(w))) break;
    end = rr;
  }
  return end;
}

function pickColumns(grid: Grid, r: number, end: number, labelCol: number) {
  const folded = (c: number) => {
    const parts: string[] = [];
    for (let rr = r; rr <= end; rr++) {
      const t = foldVi(grid.text(rr, c));
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    return parts.join(' ');
  };
  let valueCol = 0;
  let best = 0;
  let unitCol: number | null = null;
  let numberCol: number | null = null;
  for (let c = 1; c <= grid.lastCol; c++) {
    const f = folded(c);
    if (c < labelCol && NUMBER_HEAD.test(f)) numberCol = c;
    if (c > labelCol && UNIT_HEAD.test(f)) unitCol ??= c;
    if (c <= labelCol) continue;
    const s = valueScore(f);
    if (s > best) {
      best = s;
      valueCol = c;
    }
  }
  const headerKey = [...Array(grid.lastCol).keys()]
    .map((i) => folded(i + 1))
    .filter(Boolean)
    .join('|')
    .replace(/\d+/g, '#');
  return valueCol ? { valueCol, unitCol, numberCol, headerKey } : null;
}

/** The first data row: after the header, past a row of column numbers. */
function firstDataRow(grid: Grid, end: number): number {
  const next = end + 1;
  if (next > grid.lastRow) return next;
  const cells = [...Array(grid.lastCol).keys()].map((i) => foldVi(grid.text(next, i + 1))).filter(Boolean);
  return cells.length > 0 && cells.every((w) => COLUMN_NUMBER.test(w)) ? next + 1 : next;
}

function tableRows(grid: Grid, from: number, cols: { labelCol: number; unitCol: number | null; numberCol: number | null }): TableRow[] {
  const rows: TableRow[] = [];
  let empty = 0;
  for (let r = from; r <= grid.lastRow; r++) {
    const label = grid.text(r, cols.labelCol);
    if (!label) {
      // A few blank lines end the table (what follows is notes or signatures).
      if (++empty >= 3 && rows.length) break;
      continue;
    }
    empty = 0;
    if (FOOTER.test(foldVi(label))) break;
    const number = cols.numberCol ? grid.text(r, cols.numberCol) : '';
    // Merged across the number and label columns: a section title with nothing of its own to count.
    const unit = cols.unitCol ? grid.text(r, cols.unitCol) : '';
    rows.push({ row: r, label, unit: unit && unit !== label ? unit : null, number: number && number !== label ? number : null });
  }
  return rows;
}

/** The report table of a sheet, or null when none is recognisable. */
export function findTable(grid: Grid): FoundTable | null {
  const last = Math.min(grid.lastRow, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    for (let c = 1; c <= grid.lastCol; c++) {
      if (!isLabelHead(foldVi(grid.text(r, c)))) continue;
      // A merged title repeats one text across the row; a header names several columns.
      const distinct = new Set([...Array(grid.lastCol).keys()].map((i) => grid.text(r, i + 1)).filter(Boolean));
      if (distinct.size < 2) continue;
      const end = headerBand(grid, r, c);
      const cols = pickColumns(grid, r, end, c);
      if (!cols) continue;
      const rows = tableRows(grid, firstDataRow(grid, end), { labelCol: c, unitCol: cols.unitCol, numberCol: cols.numberCol });
      if (!rows.length) continue;
      return { headerRow: r, headerEnd: end, labelCol: c, ...cols, rows };
    }
  }
  return null;
}
