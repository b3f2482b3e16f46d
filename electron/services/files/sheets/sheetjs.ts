// .xls (Excel 97–2003) and .ods (LibreOffice) through SheetJS (the maintained @e965/xlsx build),
// and .csv once decoded. Runs in the sheet worker for big files, under its memory and time caps.
import type * as XLSX from '@e965/xlsx';
import { sheetJs } from '../lazy-libraries';
import {
  dateFormatInfo,
  fillMerges,
  MAX_COLS,
  MAX_ROWS,
  serialToDate,
  type RawRow,
  type RawValue,
  type SheetData,
  type SheetFormat,
  type WorkbookData,
} from './types';
import { AppError } from '../../../../shared/api/result';

function cellValue(cell: XLSX.CellObject, date1904: boolean): RawValue {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : null;
    case 'b':
      return !!cell.v;
    case 'n': {
      const v = cell.v as number;
      if (cell.z && sheetJs().SSF.is_date(cell.z)) return serialToDate(v, date1904) ?? v;
      return v;
    }
    case 'd':
      return cell.v instanceof Date ? new Date(Date.UTC(cell.v.getFullYear(), cell.v.getMonth(), cell.v.getDate())) : null;
    default:
      return null;
  }
}

function monthFirst(z: string | number | undefined): boolean {
  return typeof z === 'string' && dateFormatInfo(z).monthFirst;
}

/** Reads a workbook already in SheetJS's hands into our rows. */
function fromSheetJs(wb: XLSX.WorkBook, format: SheetFormat, fileName: string): WorkbookData {
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const sheets: SheetData[] = [];
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    if (!ws) return;
    const sheet: SheetData = { name, hidden: !!wb.Workbook?.Sheets?.[i]?.Hidden, rows: [], lastRow: 0, monthFirstCols: [] };
    const mf = new Set<number>();
    const dense = (ws as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
    if (dense.length > MAX_ROWS) {
      throw new AppError(
        'BAD_FILE',
        `Tệp "${fileName}": trang "${name}" có quá nhiều dòng (hơn ${MAX_ROWS.toLocaleString('vi-VN')}). Hãy chia nhỏ danh sách.`,
      );
    }
    dense.forEach((cells, r0) => {
      if (!cells) return;
      const row: RawRow = [];
      let any = false;
      const n = Math.min(cells.length, MAX_COLS);
      for (let c0 = 0; c0 < n; c0++) {
        const cell = cells[c0];
        if (!cell) continue;
        const v = cellValue(cell, date1904);
        if (v === null || v === '') continue;
        if (cell.t === 'n' && v instanceof Date && monthFirst(cell.z)) mf.add(c0 + 1);
        row[c0 + 1] = v;
        any = true;
      }
      if (any) {
        sheet.rows[r0 + 1] = row;
        sheet.lastRow = r0 + 1;
      }
    });
    const merges = (ws['!merges'] ?? []).map((m) => ({ r1: m.s.r + 1, c1: m.s.c + 1, r2: m.e.r + 1, c2: m.e.c + 1 }));
    fillMerges(sheet, merges);
    sheet.monthFirstCols = [...mf].sort((a, b) => a - b);
    sheets.push(sheet);
  });
  return { format, sheets };
}

export function readWithSheetJs(data: Buffer, format: 'xls' | 'ods', fileName: string): WorkbookData {
  const wb = sheetJs().read(data, {
    type: 'buffer',
    dense: true,
    cellDates: false,
    cellNF: true,
    cellHTML: false,
    cellFormula: false,
    WTF: false,
  });
  return fromSheetJs(wb, format, fileName);
}

/** CSV text (already decoded) with its separator: every value stays text, as typed. */
export function readCsvText(text: string, separator: string, fileName: string): WorkbookData {
  const wb = sheetJs().read(text, { type: 'string', dense: true, raw: true, FS: separator, cellHTML: false });
  const book = fromSheetJs(wb, 'csv', fileName);
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  for (const s of book.sheets) s.name = base || s.name;
  return book;
}
