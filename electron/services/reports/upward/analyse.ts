// What the superior's file asks for: which sheet, which rows, which cell of each row takes the
// number. A template made by this software says it in its hidden identity sheet (rows carry
// indicator codes); any other template is searched for its table (table.ts).
import { AppError } from '../../../../shared/api/result';
import { fromLegacy } from '../../../../shared/text/legacy-vn';
import { cleanText, foldVi } from '../../../../shared/text/vi';
import { readXlsxParts } from '../../files/sheets/read';
import { isLegacyText, type SheetData } from '../../files/sheets/types';
import { COL, MAX_SHEET_ROWS, META_SHEET, REPORT_SHEET, TEMPLATE_KIND } from '../template-layout';
import { isSubRow } from './match';
import type { XlsxPackage } from './parts';
import { colLetters, isCovered, scanSheet, UnusualSheet, type SheetScan } from './sheet-xml';
import { findTable, type Grid } from './table';

export interface AnalysedRow {
  row: number;
  /** The value cell, e.g. "E12". */
  key: string;
  col: number;
  label: string;
  unit: string | null;
  number: string | null;
  /** The indicator code written in the row (templates made by this software). */
  code: string | null;
  parentLabel: string | null;
  fillable: boolean;
  percentCell: boolean;
  divisor: number;
}

export interface Analysis {
  kind: 'app' | 'foreign';
  sheet: { name: string; path: string };
  headerRow: number;
  labelCol: number;
  valueCol: number;
  /** Identifies the template for remembered matches. */
  templateKey: string;
  superior: { roundUuid: string; roundName: string | null; unitName: string | null } | null;
  rows: AnalysedRow[];
}

const bad = (fileName: string, msg: string) => new AppError('BAD_FILE', `Tệp "${fileName}": ${msg}`);

/** Cell texts as read: legacy TCVN3/VNI text in Unicode, dates as dd/mm/yyyy. */
function gridOf(sheet: SheetData): Grid {
  let lastCol = 0;
  for (const row of sheet.rows) if (row && row.length - 1 > lastCol) lastCol = row.length - 1;
  const cache = new Map<number, string>();
  const text = (r: number, c: number): string => {
    const key = r * 1000 + c;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const v = sheet.rows[r]?.[c];
    let t = '';
    if (typeof v === 'string') t = fromLegacy(v).text;
    else if (isLegacyText(v)) t = fromLegacy(v.text, v.legacy).text;
    else if (typeof v === 'number') t = String(v);
    else if (v instanceof Date)
      t = `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
    t = cleanText(t);
    cache.set(key, t);
    return t;
  };
  return { lastRow: sheet.lastRow, lastCol: Math.min(lastCol, 200), text, isNumber: (r, c) => typeof sheet.rows[r]?.[c] === 'number' };
}

/** Money counted in thousands or millions of đồng, said in the unit, the label or the column's header. */
function divisorOf(...texts: (string | null)[]): number {
  for (const t of texts) {
    const f = foldVi(t ?? '');
    if (/\b(trieu dong|trieu d|tr\.? ?d|trieu)\b/.test(f)) return 1_000_000;
    if (/\b(nghin dong|ngan dong|nghin d|1\.?000 ?d)\b/.test(f)) return 1_000;
  }
  return 1;
}

function readMeta(sheet: SheetData | undefined): Record<string, string> | null {
  if (!sheet) return null;
  const grid = gridOf(sheet);
  const meta: Record<string, string> = {};
  for (let r = 1; r <= Math.min(grid.lastRow, 100); r++) {
    const k = grid.text(r, 1);
    if (k) meta[k] = grid.text(r, 2);
  }
  return meta.kind === TEMPLATE_KIND && meta.roundUuid ? meta : null;
}

interface Layout {
  kind: Analysis['kind'];
  sheet: SheetData;
  headerRow: number;
  labelCol: number;
  valueCol: number;
  headerKey: string;
  valueHeader: string;
  rows: { row: number; label: string; unit: string | null; number: string | null; code: string | null }[];
}

function appLayout(sheet: SheetData, meta: Record<string, string>): Layout {
  const grid = gridOf(sheet);
  const headerRow = Number(meta.headerRow) || 0;
  const rows: Layout['rows'] = [];
  for (let r = headerRow + 1; r <= grid.lastRow; r++) {
    const code = grid.text(r, COL.code);
    const label = grid.text(r, COL.label);
    if (!code || !label || code === label) continue;
    rows.push({ row: r, label, unit: grid.text(r, COL.unit) || null, number: code, code });
  }
  return { kind: 'app', sheet, headerRow, labelCol: COL.label, valueCol: COL.value, headerKey: '', valueHeader: '', rows };
}

function foreignLayout(sheets: SheetData[]): Layout | null {
  let best: Layout | null = null;
  for (const sheet of sheets) {
    if (sheet.hidden) continue;
    const grid = gridOf(sheet);
    const t = findTable(grid);
    if (!t || (best && best.rows.length >= t.rows.length)) continue;
    const valueHeader = [...Array(t.headerEnd - t.headerRow + 1).keys()].map((k) => grid.text(t.headerRow + k, t.valueCol)).join(' ');
    best = {
      kind: 'foreign',
      sheet,
      headerRow: t.headerRow,
      labelCol: t.labelCol,
      valueCol: t.valueCol,
      headerKey: `${foldVi(sheet.name)}|${t.headerKey}`,
      valueHeader,
      rows: t.rows.map((r) => ({ ...r, code: null })),
    };
  }
  return best;
}

/** Reads the file's layout. BAD_FILE when it holds no table that could take the round's figures. */
export function analyse(pkg: XlsxPackage, fileName: string): Analysis {
  const book = readXlsxParts(pkg.parts, fileName);
  const meta = readMeta(book.sheets.find((s) => s.name === META_SHEET));
  const appSheet = meta ? (book.sheets.find((s) => s.name === (meta.sheet || REPORT_SHEET)) ?? null) : null;
  const layout = meta && appSheet ? appLayout(appSheet, meta) : foreignLayout(book.sheets);
  if (!layout || !layout.rows.length) {
    throw bad(
      fileName,
      'không tìm thấy bảng số liệu trong tệp (cần một dòng tiêu đề có cột "Nội dung" hoặc "Chỉ tiêu" và cột "Số lượng", "Kết quả" hoặc "Số liệu"). ' +
        'Hãy kiểm tra đúng là mẫu báo cáo của cấp trên; nếu đúng, hãy điền tay vào tệp.',
    );
  }
  if (layout.sheet.lastRow > MAX_SHEET_ROWS) {
    throw bad(fileName, `trang "${layout.sheet.name}" có quá nhiều dòng, không giống một mẫu báo cáo. Hãy chọn đúng tệp mẫu của cấp trên.`);
  }
  const ref = pkg.sheets.find((s) => s.name === layout.sheet.name);
  if (!ref) throw bad(fileName, 'tệp đã bị hỏng, không đọc được nội dung. Hãy mở tệp bằng Excel, lưu lại rồi chọn lại.');
  let scan: SheetScan;
  try {
    scan = scanSheet(pkg.parts.get(ref.path)!.toString('utf8'));
  } catch (e) {
    if (e instanceof UnusualSheet)
      throw bad(fileName, 'trang tính được ghi theo cách phần mềm chưa đọc được. Hãy mở tệp bằng Excel, lưu lại rồi chọn lại.');
    throw e;
  }

  const rows: AnalysedRow[] = [];
  let parentLabel: string | null = null;
  for (const r of layout.rows) {
    if (!isSubRow(r.label)) parentLabel = r.label;
    // A section title merged across the row has no cell of its own to take a number.
    if (isCovered(scan, r.row, layout.valueCol)) continue;
    const key = `${colLetters(layout.valueCol)}${r.row}`;
    const cell = scan.cells.get(key);
    rows.push({
      row: r.row,
      key,
      col: layout.valueCol,
      label: r.label,
      unit: r.unit,
      number: r.number,
      code: r.code,
      parentLabel: isSubRow(r.label) ? parentLabel : null,
      fillable: !cell?.formula,
      percentCell: cell?.style != null && !!pkg.percentStyles[cell.style],
      divisor: divisorOf(r.unit, /\(([^)]*)\)\s*$/.exec(r.label)?.[1] ?? null, layout.valueHeader),
    });
  }
  return {
    kind: layout.kind,
    sheet: { name: layout.sheet.name, path: ref.path },
    headerRow: layout.headerRow,
    labelCol: layout.labelCol,
    valueCol: layout.valueCol,
    templateKey: layout.kind === 'app' ? `app|${meta!.roundUuid}` : layout.headerKey.slice(0, 500),
    superior: meta ? { roundUuid: meta.roundUuid, roundName: meta.roundName || null, unitName: meta.unitName || null } : null,
    rows,
  };
}
