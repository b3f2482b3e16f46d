import type ExcelJS from 'exceljs';
import { cleanText } from '../../../shared/text/vi';

/** Any exceljs cell value as plain text: rich text joined, formulas by cached result, dates as dd/mm/yyyy. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return cleanText(value.replace(/^'(?=[=+\-@])/, ''));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return cleanText(value.richText.map((r) => r.text).join(''));
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return cleanText(value.text);
    if ('error' in value) return '';
  }
  return '';
}

/** The raw value behind a cell, unwrapping formula results (cached values) and rich text. */
export function cellRaw(value: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object' && 'result' in value) return cellRaw((value.result ?? null) as ExcelJS.CellValue);
  const t = cellText(value);
  return t === '' ? null : t;
}

export interface ColumnSpec<K extends string> {
  key: K;
  /** Folded header texts that mean this column ("ma don vi", "ten cdcs", …). */
  aliases: string[];
}

export interface HeaderMatch<K extends string> {
  row: number;
  columns: Partial<Record<K, number>>;
}

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
