// What the spreadsheet readers give: every sheet of a workbook as rows of plain cell values,
// whatever wrote the file (.xlsx from Excel, LibreOffice, WPS or a script; .xls; .ods; .csv).
import type { SheetFormat } from '../../../../shared/api/sheet-format';
import type { LegacyEncoding } from '../../../../shared/text/legacy-vn';

/** Text typed in a TCVN3 (.VnTime…) or VNI (VNI-Times…) font, as stored in the file: not yet converted. */
export interface LegacyText {
  legacy: LegacyEncoding;
  text: string;
}

export type RawValue = string | number | boolean | Date | null | LegacyText;
/** Cell values of one row; index = column number (1-based, as in Excel). */
export type RawRow = RawValue[];

export interface SheetData {
  /** The sheet's name as the clerk sees it on its tab. */
  name: string;
  hidden: boolean;
  /** rows[r] = row r (1-based); merged cells are filled with their top-left value. */
  rows: (RawRow | undefined)[];
  lastRow: number;
  /** Columns holding real dates shown month first (m/d/yyyy): text dates there are read the same way. */
  monthFirstCols: number[];
}

export type { SheetFormat };

export interface WorkbookData {
  format: SheetFormat;
  sheets: SheetData[];
}

export const MAX_ROWS = 200_000;
export const MAX_COLS = 200;

export function isLegacyText(v: unknown): v is LegacyText {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'legacy' in v;
}

/** Excel's serial day number (1900 or 1904 system) as a Date at UTC midnight (time of day kept). */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  // 1900 system: serial 60 is the 29/02/1900 that never was; serials below it are one day early.
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  return new Date(Math.round((days - 25569) * 86400) * 1000);
}

/** Fills merged ranges with their top-left value (bounded: a hostile file may declare huge or reversed merges). */
export function fillMerges(sheet: SheetData, merges: { r1: number; c1: number; r2: number; c2: number }[]): void {
  let budget = 2_000_000;
  for (const raw of merges) {
    if (budget <= 0) return;
    const r1 = Math.min(raw.r1, raw.r2);
    const c1 = Math.min(raw.c1, raw.c2);
    const master = sheet.rows[r1]?.[c1];
    if (master === undefined || master === null) continue;
    const r2 = Math.min(Math.max(raw.r1, raw.r2), sheet.lastRow, MAX_ROWS);
    const c2 = Math.min(Math.max(raw.c1, raw.c2), MAX_COLS);
    for (let r = r1; r <= r2 && budget > 0; r++, budget--) {
      const row = (sheet.rows[r] ??= []);
      for (let c = c1; c <= c2 && budget > 0; c++, budget--) {
        if (r === r1 && c === c1) continue;
        if (row[c] === undefined || row[c] === null) row[c] = master;
      }
    }
  }
}

/** "AB12" → { c: 28, r: 12 }; null when it is not a cell reference. */
export function parseRef(ref: string): { c: number; r: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return { c, r: Number(m[2]) };
}

/** Whether a number format shows a date, and whether it is the month/day/year order. */
export function dateFormatInfo(code: string): { isDate: boolean; monthFirst: boolean } {
  // Quoted text, escapes, colours/conditions/locales in brackets are not date tokens.
  const s = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0]
    .toLowerCase();
  if (!/[dmy]/.test(s)) return { isDate: false, monthFirst: false };
  if (/[0#?]/.test(s) && !/[dy]/.test(s)) return { isDate: false, monthFirst: false };
  // Minutes are "m" next to hours or seconds: not the month.
  const date = s.replace(/h+\s*:\s*m+/g, 'h').replace(/m+\s*:\s*s+/g, 's');
  const d = date.search(/d/);
  const m = date.search(/m/);
  const y = date.search(/y/);
  // Month first means m/d/y; an ISO yyyy-mm-dd is not.
  return { isDate: true, monthFirst: m >= 0 && d > m && (y < 0 || y > d) };
}

/** Excel's built-in date formats (shown in the reader's locale, so never assumed month first). */
export const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** The legacy encoding a font name stands for: .VnTime and its family are TCVN3, VNI-Times and its family VNI. */
export function legacyOfFont(name: string | undefined): LegacyEncoding | null {
  if (!name) return null;
  const n = name.trim().toLowerCase();
  if (n.startsWith('.vn')) return 'TCVN3';
  if (n.startsWith('vni-') || n.startsWith('vni ')) return 'VNI';
  return null;
}
