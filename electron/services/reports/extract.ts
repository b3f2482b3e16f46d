// Reads a returned report file: guard against hostile zips, refuse absurd sheets before the
// parser sees them, then pull the identity, the figures (by indicator code) and the free text —
// with the lean reader (fast-read.ts) or, for anything unusual, exceljs.
// Runs inside the parse worker (see parse-pool.ts); no database access here.
import type ExcelJS from 'exceljs';
import { Unzip, UnzipInflate } from 'fflate';
import { AppError } from '../../../shared/api/result';
import { cellText, columnLetter } from '../files/cells';
import { fromLegacy } from '../../../shared/text/legacy-vn';
import { assertSafeXlsx } from '../files/xlsx-guard';
import { readReportFast } from './fast-read';
import {
  COL,
  FREE_TEXT_KEYS,
  MAX_SHEET_CELLS,
  MAX_SHEET_ROWS,
  META_SHEET,
  REPORT_SHEET,
  TEMPLATE_KIND,
  parseKeywords,
  type FreeTextKey,
} from './template-layout';
import { reportIdentity, type ExtractedReport, type ExtractedRow, type RawCell } from './extracted-report';

const bad = (fileName: string, msg: string) => new AppError('BAD_FILE', `Tệp "${fileName}": ${msg}`);

/**
 * Counts rows and cells of every worksheet by streaming the XML (nothing is kept in memory) and
 * stops at the first sheet that is far larger than any template could be.
 */
export function assertSheetSizes(data: Uint8Array, fileName: string): void {
  let problem: AppError | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (problem || !/^xl\/worksheets\/[^/]+\.xml$/i.test(file.name)) return;
    let rows = 0;
    let cells = 0;
    let tail = '';
    file.ondata = (err, chunk) => {
      if (problem || err) return;
      const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      // Count only tags that start inside the new text, keep a short tail for tags split across chunks.
      const start = tail.length;
      for (const m of text.matchAll(/<(?:\w+:)?(row|c)[\s>/]/g)) {
        if (m.index! + m[0].length <= start) continue;
        if (m[1] === 'row') rows += 1;
        else cells += 1;
      }
      tail = text.slice(-12);
      if (rows > MAX_SHEET_ROWS || cells > MAX_SHEET_CELLS) {
        problem = bad(
          fileName,
          `trang tính có quá nhiều dòng hoặc ô (hơn ${MAX_SHEET_ROWS.toLocaleString('vi-VN')} dòng), trong khi mẫu báo cáo chỉ có vài chục dòng. ` +
            'Tệp này không phải mẫu đã gửi hoặc đã bị thêm dữ liệu lạ; hãy đề nghị đơn vị điền lại vào mẫu đã gửi.',
        );
        file.terminate();
      }
    };
    file.start();
  };
  try {
    unzip.push(data, true);
  } catch {
    // The guard already accepted the zip; any late error surfaces when the parser reads it.
  }
  if (problem) throw problem;
}

export async function extractReport(data: Uint8Array, fileName: string): Promise<ExtractedReport> {
  await assertSafeXlsx(data, fileName);
  assertSheetSizes(data, fileName);
  const fast = readReportFast(data);
  if (fast) return inUnicode(fast);
  // Anything the lean reader does not understand goes through exceljs (loaded only then).
  const { loadUntrustedWorkbook } = await import('../files/workbook');
  const wb = await loadUntrustedWorkbook(Buffer.from(data.buffer, data.byteOffset, data.byteLength), fileName);
  return inUnicode(readWorkbook(wb, fileName));
}

/** Text typed with a TCVN3 or VNI font (notes, free text, text figures) in Unicode, as member and unit lists are. */
function inUnicode(report: ExtractedReport): ExtractedReport {
  const u = (s: string) => fromLegacy(s).text;
  const un = (s: string | null) => (s === null ? null : u(s));
  return {
    ...report,
    identity: report.identity && { ...report.identity, unitName: un(report.identity.unitName) },
    rows: report.rows.map((r) => ({
      ...r,
      note: un(r.note),
      value: r.value.type === 'text' ? { type: 'text', value: u(r.value.value) } : r.value,
    })),
    free: Object.fromEntries(Object.entries(report.free).map(([k, v]) => [k, un(v)])) as ExtractedReport['free'],
  };
}

function readMeta(wb: ExcelJS.Workbook): Record<string, string> | null {
  const ms = wb.getWorksheet(META_SHEET);
  if (!ms) return null;
  const meta: Record<string, string> = {};
  const last = Math.min(ms.rowCount, 100);
  for (let r = 1; r <= last; r++) {
    const row = ms.getRow(r);
    const k = cellText(row.getCell(1).value);
    if (k) meta[k] = cellText(row.getCell(2).value);
  }
  return meta.kind === TEMPLATE_KIND && meta.roundUuid && meta.unitCode ? meta : null;
}

export function readWorkbook(wb: ExcelJS.Workbook, fileName: string): ExtractedReport {
  const meta = readMeta(wb);
  const fromProps = parseKeywords(wb.keywords);
  const identity = reportIdentity(meta, fromProps);

  const ws =
    (meta?.sheet ? wb.getWorksheet(meta.sheet) : undefined) ??
    wb.getWorksheet(REPORT_SHEET) ??
    wb.worksheets.find((w) => w.state === 'visible');
  const free = Object.fromEntries(FREE_TEXT_KEYS.map((k) => [k, null])) as Record<FreeTextKey, string | null>;
  const savedAt = wb.modified instanceof Date && !Number.isNaN(wb.modified.getTime()) ? wb.modified.toISOString() : null;
  if (!ws) return { identity, sheet: null, rows: [], free, savedAt };
  if (ws.rowCount > MAX_SHEET_ROWS) {
    throw bad(fileName, `trang tính "${ws.name}" có quá nhiều dòng (${ws.rowCount.toLocaleString('vi-VN')}).`);
  }

  const headerRow = Number(meta?.headerRow) || findHeaderRow(ws);
  const rows: ExtractedRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const code = cellText(row.getCell(COL.code).value);
    if (!code) continue;
    const cell = row.getCell(COL.value);
    const noteCell = row.getCell(COL.note);
    // Cells covered by a merge (group rows, section titles) hold nothing of their own.
    const noteText = isCovered(noteCell) ? '' : cellText(noteCell.value);
    rows.push({
      code,
      row: r,
      ref: `${columnLetter(COL.value)}${r}`,
      value: isCovered(cell) ? { type: 'empty' } : rawCell(cell),
      note: noteText || null,
    });
  }
  if (meta) {
    for (const k of FREE_TEXT_KEYS) {
      const ref = meta[k];
      if (!ref || !/^[A-Z]{1,3}\d{1,5}$/.test(ref)) continue;
      const text = cellText(ws.getCell(ref).value);
      free[k] = text || null;
    }
  }
  return { identity, sheet: ws.name, rows, free, savedAt };
}

/** Without the hidden sheet: the row whose first cell says "Mã" and fifth says "Kết quả". */
function findHeaderRow(ws: ExcelJS.Worksheet): number {
  const last = Math.min(ws.rowCount, 40);
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    if (cellText(row.getCell(COL.code).value) === 'Mã' && cellText(row.getCell(COL.value).value) === 'Kết quả') return r;
  }
  return 0;
}

function isCovered(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function rawCell(cell: ExcelJS.Cell): RawCell {
  const percent = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
  return rawValue(cell.value, percent);
}

function rawValue(v: ExcelJS.CellValue, percent: boolean): RawCell {
  if (v === null || v === undefined) return { type: 'empty' };
  if (typeof v === 'number') return { type: 'number', value: v, percent };
  if (typeof v === 'string') return v.trim() === '' ? { type: 'empty' } : { type: 'text', value: v };
  if (typeof v === 'boolean') return { type: 'text', value: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { type: 'error', display: '#VALUE!' } : { type: 'date', display: cellText(v) };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return { type: 'formula-no-result' };
      if (typeof result === 'object' && result !== null && 'error' in result)
        return { type: 'error', display: String((result as { error: string }).error) };
      return rawValue(result as ExcelJS.CellValue, percent);
    }
    if ('error' in v) return { type: 'error', display: String((v as { error: string }).error) };
    const text = cellText(v);
    return text === '' ? { type: 'empty' } : { type: 'text', value: text };
  }
  return { type: 'empty' };
}
