// One entry for every spreadsheet a clerk may bring: tells the format from the bytes (not the
// name), runs the zip guard where the format is a zip, and reads every sheet.
import { AppError } from '../../../../shared/api/result';
import { DEFAULT_LIMITS, openSafeZip } from '../xlsx-guard';
import { decodeCsv, detectSeparator } from './csv';
import { markLegacyColumns } from './legacy-columns';
import { readCsvText, readWithSheetJs } from './sheetjs';
import type { SheetFormat, WorkbookData } from './types';
import { readXlsx } from './xlsx';

const bad = (fileName: string, msg: string) => new AppError('BAD_FILE', `Tệp "${fileName}": ${msg}`);

function isCfb(d: Buffer): boolean {
  return d.length > 8 && d[0] === 0xd0 && d[1] === 0xcf && d[2] === 0x11 && d[3] === 0xe0;
}

const ODS_MIME = Buffer.from('application/vnd.oasis.opendocument.spreadsheet');

/** The format from the content; the extension only breaks ties for plain text. */
export function sniffFormat(data: Buffer, fileName: string): SheetFormat | 'html' | null {
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b) {
    return data.subarray(0, 200).includes(ODS_MIME) ? 'ods' : 'xlsx';
  }
  if (isCfb(data)) return 'xls';
  const head = data
    .subarray(0, 2048)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<'))
    return head.includes('<table') || head.includes('urn:schemas-microsoft-com:office:spreadsheet') || head.includes('<html')
      ? 'html'
      : null;
  // Text: a .csv (or a tab-separated .txt / .xls that is really text, as some programs export).
  if (data.includes(0) && !(data[0] === 0xff || data[0] === 0xfe || /\.(csv|txt|tsv)$/i.test(fileName))) return null;
  return 'csv';
}

/** Reads every sheet of an untrusted spreadsheet, in-process. Throws AppError('BAD_FILE') naming the file. */
export async function readSpreadsheet(data: Buffer, fileName: string): Promise<WorkbookData> {
  try {
    return finish(await readFormat(data, fileName));
  } catch (e) {
    throw asBadFile(e, fileName);
  }
}

/** A file no reader could make sense of. */
export function damagedFile(fileName: string): AppError {
  return bad(fileName, 'tệp đã bị hỏng, không đọc được nội dung. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.');
}

/** What a parser throws on a broken file, said the way the clerk reads it. */
export function asBadFile(e: unknown, fileName: string): AppError {
  return e instanceof AppError ? e : damagedFile(fileName);
}

/** Columns typed in TCVN3/VNI marked, for every format. */
function finish(book: WorkbookData): WorkbookData {
  for (const sheet of book.sheets) markLegacyColumns(sheet);
  return book;
}

function checkSize(data: Buffer, fileName: string): void {
  if (data.length === 0) throw bad(fileName, 'tệp rỗng, không có nội dung.');
  const max = DEFAULT_LIMITS.maxFileBytes;
  if (data.length > max)
    throw bad(fileName, `tệp quá lớn (${Math.round(data.length / 1024 / 1024)} MB, tối đa ${Math.round(max / 1024 / 1024)} MB).`);
}

/** The parts of an .xlsx the reader needs, inflated once the zip guard has passed. */
export function openXlsxParts(data: Buffer, fileName: string): Promise<Map<string, Buffer>> {
  checkSize(data, fileName);
  return openSafeZip(data, fileName, {
    required: 'xl/workbook.xml',
    keep: (n) => n.startsWith('xl/') && (n.endsWith('.xml') || n.endsWith('.rels')),
  });
}

/** Every sheet of an .xlsx from its checked parts. */
export function readXlsxParts(parts: Map<string, Buffer>, fileName: string): WorkbookData {
  try {
    return finish(readXlsx(parts, fileName));
  } catch (e) {
    throw asBadFile(e, fileName);
  }
}

async function readFormat(data: Buffer, fileName: string): Promise<WorkbookData> {
  checkSize(data, fileName);
  const format = sniffFormat(data, fileName);
  switch (format) {
    case 'xlsx':
      return readXlsx(await openXlsxParts(data, fileName), fileName);
    case 'ods':
      await openSafeZip(data, fileName, { required: 'content.xml', keep: () => false });
      return readWithSheetJs(data, 'ods', fileName);
    case 'xls':
      if (data.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
        throw bad(
          fileName,
          'tệp đang đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc), lưu lại rồi nhập lại.',
        );
      }
      return readWithSheetJs(data, 'xls', fileName);
    case 'html':
      if (/<!(doctype\s+[^h]|entity)/i.test(data.subarray(0, 65536).toString('latin1'))) {
        throw bad(fileName, 'tệp chứa khai báo XML không được phép, có thể là tệp độc hại. Tệp không được nhập.');
      }
      return readWithSheetJs(data, 'xls', fileName);
    case 'csv': {
      const { text } = decodeCsv(data);
      return readCsvText(text, detectSeparator(text), fileName);
    }
    default:
      throw bad(
        fileName,
        'không phải tệp bảng tính (Excel .xlsx, .xls, LibreOffice .ods hoặc .csv), hoặc tệp đã bị hỏng. Hãy chọn đúng tệp danh sách.',
      );
  }
}
