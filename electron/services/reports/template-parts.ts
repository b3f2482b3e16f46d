// Parts of a unit's report template (template-writer.ts): the styles, the table of indicators with
// its input cells and their validation, and the free-text section at the end.
import type ExcelJS from 'exceljs';
import type { Indicator } from '../../../shared/reports/schema';
import { formLabel, indicatorRows } from '../../../shared/reports/indicator-rows';
import { safeCellText } from '../files/workbook';
import { SHEET_FONT_NAME, THIN_BORDER } from '../files/sheet-style';
import { COL, LAST_COL, type TemplateMeta } from './template-layout';

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };

/** The report sheet's columns: Mã | Nội dung | Đơn vị tính | Chỉ tiêu giao | Kết quả | Ghi chú. */

/** A merged row across the sheet with one text. */
export function fullRow(
  ws: ExcelJS.Worksheet,
  row: number,
  text: string,
  font: Partial<ExcelJS.Font>,
  align: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true },
): ExcelJS.Cell {
  ws.mergeCells(row, 1, row, LAST_COL);
  const c = ws.getCell(row, 1);
  c.value = safeCellText(text);
  c.font = { name: SHEET_FONT_NAME, size: 12, ...font };
  c.alignment = align;
  return c;
}

function validationFor(ind: Indicator): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: true, errorStyle: 'stop' as const };
  switch (ind.kind) {
    case 'count':
      return {
        ...common,
        type: 'whole',
        operator: 'between',
        formulae: [0, 999999999],
        errorTitle: 'Chỉ nhập số',
        error: 'Ô này chỉ nhận số nguyên từ 0 trở lên, ví dụ 12. Không nhập chữ, không nhập số âm.',
        promptTitle: ind.unit ?? 'Số lượng',
        prompt: 'Nhập số nguyên, ví dụ 12.',
      };
    case 'money':
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [0, 999999999999999],
        errorTitle: 'Chỉ nhập số tiền',
        error: 'Ô này chỉ nhận số tiền bằng đồng, từ 0 trở lên, ví dụ 1500000. Không nhập chữ (như "1,5 triệu").',
        promptTitle: 'Số tiền (đồng)',
        prompt: 'Nhập số đồng, ví dụ 1500000.',
      };
    case 'percent':
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [0, 100],
        errorTitle: 'Chỉ nhập tỷ lệ %',
        error: 'Ô này chỉ nhận số phần trăm từ 0 đến 100, ví dụ 85 nghĩa là 85%.',
        promptTitle: 'Tỷ lệ (%)',
        prompt: 'Nhập số phần trăm, ví dụ 85.',
      };
    default:
      return {
        ...common,
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [2000],
        errorTitle: 'Nội dung quá dài',
        error: 'Hãy ghi ngắn gọn, tối đa 2000 ký tự.',
      };
  }
}

function numFmtFor(ind: Indicator): string | undefined {
  if (ind.kind === 'count') return '#,##0';
  if (ind.kind === 'money') return '#,##0';
  if (ind.kind === 'percent') return '0.##';
  return '@';
}

/** The table of indicators from two rows below `r`: heading, group rows, one input row per indicator. */
export function writeIndicatorTable(
  ws: ExcelJS.Worksheet,
  r: number,
  indicators: Indicator[],
): { r: number; headerRow: number; codeRows: { row: number; code: string }[] } {
  r += 2;
  const headerRow = r;
  const codeRows: { row: number; code: string }[] = [];
  const heads = ['Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu giao', 'Kết quả', 'Ghi chú'];
  heads.forEach((h, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = h;
    c.font = { name: SHEET_FONT_NAME, size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = THIN_BORDER;
    c.fill = HEAD_FILL;
  });
  ws.getRow(r).height = 32;

  for (const item of indicatorRows(indicators)) {
    if (item.type === 'group') {
      r += 1;
      ws.mergeCells(r, 1, r, LAST_COL);
      const g = ws.getCell(r, 1);
      g.value = safeCellText(item.group);
      g.font = { name: SHEET_FONT_NAME, size: 12, bold: true };
      g.fill = GROUP_FILL;
      g.border = THIN_BORDER;
      g.alignment = { vertical: 'middle', wrapText: true };
      continue;
    }
    const ind = item.indicator;
    r += 1;
    const row = ws.getRow(r);
    row.getCell(COL.code).value = safeCellText(ind.code);
    codeRows.push({ row: r, code: ind.code });
    row.getCell(COL.label).value = safeCellText(formLabel(ind));
    row.getCell(COL.unit).value = safeCellText(ind.unit);
    row.getCell(COL.target).value = ind.target;
    const value = row.getCell(COL.value);
    const note = row.getCell(COL.note);
    for (let col = 1; col <= LAST_COL; col++) {
      const c = row.getCell(col);
      c.font = { name: SHEET_FONT_NAME, size: 12 };
      c.border = THIN_BORDER;
      c.alignment = {
        vertical: 'middle',
        wrapText: col === COL.label || col === COL.note || ind.kind === 'text',
        horizontal: col === COL.code || col === COL.unit ? 'center' : undefined,
      };
    }
    row.getCell(COL.target).numFmt = ind.kind === 'percent' ? '0.##' : '#,##0';
    value.fill = INPUT_FILL;
    note.fill = INPUT_FILL;
    value.protection = { locked: false };
    note.protection = { locked: false };
    const fmt = numFmtFor(ind);
    if (fmt) value.numFmt = fmt;
    value.dataValidation = validationFor(ind);
    if (ind.kind === 'text' || ind.label.length > 60) row.height = ind.kind === 'text' ? 48 : 32;
  }
  return { r, headerRow, codeRows };
}

/** Highlights, difficulties and proposals, then who prepared the report; the addresses of their input cells. */
export function writeFreeText(ws: ExcelJS.Worksheet, r: number): { r: number; freeText: Partial<Record<keyof TemplateMeta, string>> } {
  const freeText: Partial<Record<keyof TemplateMeta, string>> = {};
  const section = (key: 'highlights' | 'difficulties' | 'proposals', title: string) => {
    r += 2;
    fullRow(ws, r, title, { bold: true }, { horizontal: 'left', vertical: 'middle' });
    r += 1;
    ws.mergeCells(r, 1, r, LAST_COL);
    const c = ws.getCell(r, 1);
    c.fill = INPUT_FILL;
    c.border = THIN_BORDER;
    c.font = { name: SHEET_FONT_NAME, size: 12 };
    c.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    c.protection = { locked: false };
    c.dataValidation = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [4000],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Nội dung quá dài',
      error: 'Hãy ghi ngắn gọn, tối đa 4000 ký tự.',
    };
    ws.getRow(r).height = 90;
    freeText[key] = c.address;
  };
  section('highlights', 'KẾT QUẢ NỔI BẬT (những việc làm được, cách làm hay)');
  section('difficulties', 'KHÓ KHĂN, VƯỚNG MẮC');
  section('proposals', 'ĐỀ XUẤT, KIẾN NGHỊ');

  const person = (key: 'reporterName' | 'reporterPhone', title: string) => {
    r += 1;
    ws.mergeCells(r, 1, r, 2);
    const a = ws.getCell(r, 1);
    a.value = title;
    a.font = { name: SHEET_FONT_NAME, size: 12 };
    a.alignment = { horizontal: 'right', vertical: 'middle' };
    ws.mergeCells(r, 3, r, LAST_COL);
    const c = ws.getCell(r, 3);
    c.fill = INPUT_FILL;
    c.border = THIN_BORDER;
    c.font = { name: SHEET_FONT_NAME, size: 12 };
    c.protection = { locked: false };
    c.numFmt = '@';
    freeText[key] = c.address;
  };
  r += 1;
  person('reporterName', 'Người lập báo cáo (họ tên, chức vụ):');
  person('reporterPhone', 'Số điện thoại liên hệ:');
  return { r, freeText };
}
