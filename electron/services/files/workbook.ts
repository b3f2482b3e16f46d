import type ExcelJS from 'exceljs';
import { excelJs } from './lazy-libraries';
import { AppError } from '../../../shared/api/result';
import { assertSafeXlsx, DEFAULT_LIMITS, type ZipLimits } from './xlsx-guard';

export function decodeBase64(dataBase64: string): Buffer {
  return Buffer.from(dataBase64, 'base64');
}

/** Guards, then parses an untrusted .xlsx. Any parser failure becomes a Vietnamese BAD_FILE error. */
export async function loadUntrustedWorkbook(data: Buffer, fileName: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<ExcelJS.Workbook> {
  await assertSafeXlsx(data, fileName, limits);
  const wb = new (excelJs().Workbook)();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      'BAD_FILE',
      `Tệp "${fileName}": tệp đã bị hỏng, Excel không đọc được nội dung. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.`,
    );
  }
  return wb;
}

/** Writes a workbook to base64 for a download. */
export async function workbookToBase64(wb: ExcelJS.Workbook): Promise<string> {
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString('base64');
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Text that would be run as a formula when a spreadsheet opens it gets a leading apostrophe. */
export function safeCellText(value: string | null | undefined): string {
  if (!value) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
