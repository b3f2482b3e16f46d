import type ExcelJS from 'exceljs';
import { cleanText, foldVi } from '../../../shared/text/vi';

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

/**
 * Finds the header row in the first rows of a sheet (offices put title rows above it): the row
 * matching the most known column headers, which must include every required key.
 */
export function findHeaderRow<K extends string>(
  sheet: ExcelJS.Worksheet,
  specs: ColumnSpec<K>[],
  required: K[],
  scanRows = 30,
): HeaderMatch<K> | null {
  let best: HeaderMatch<K> | null = null;
  let bestCount = 0;
  const last = Math.min(sheet.rowCount, scanRows);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const columns: Partial<Record<K, number>> = {};
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const text = foldVi(cellText(cell.value)).replace(/[.:*]/g, '').trim();
      if (!text) return;
      for (const spec of specs) {
        if (columns[spec.key] !== undefined) continue;
        if (spec.aliases.includes(text)) {
          columns[spec.key] = col;
          break;
        }
      }
    });
    const count = Object.keys(columns).length;
    if (required.every((k) => columns[k] !== undefined) && count > bestCount) {
      best = { row: r, columns };
      bestCount = count;
    }
  }
  return best;
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
