// The look of the .xlsx files the office prints and sends (lists, results, report templates): the
// font of official documents (Times New Roman) and thin borders, written once.
import type ExcelJS from 'exceljs';

export const SHEET_FONT_NAME = 'Times New Roman';
/** 12 pt, as on the printed forms. */
export const SHEET_FONT: Partial<ExcelJS.Font> = { name: SHEET_FONT_NAME, size: 12 };

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** A column heading of a plain list (units, units late with their report): bold, centred, wrapped, boxed. */
export function listHeading(c: ExcelJS.Cell, text: string): void {
  c.value = text;
  c.font = { bold: true, name: SHEET_FONT_NAME };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = THIN_BORDER;
}

/** A cell of a plain list's body: the sheet's font, boxed. */
export function listCell(c: ExcelJS.Cell): void {
  c.font = { name: SHEET_FONT_NAME };
  c.border = THIN_BORDER;
}
