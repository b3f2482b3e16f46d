import { Unzip, UnzipInflate } from 'fflate';
import { AppError } from '../../../shared/api/result';

export interface ZipLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxInflatedBytes: number;
  /** Inflated/compressed ratio above which (with a large output) the file is treated as a zip bomb. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 5_000,
  maxInflatedBytes: 400 * 1024 * 1024,
  maxRatio: 250,
};

const RATIO_FLOOR_BYTES = 20 * 1024 * 1024;

/**
 * Checks an untrusted .xlsx before any parser sees it: right container, bounded entry count,
 * real inflated size and ratio (by actually inflating, not trusting headers), no DTDs in XML.
 * Throws AppError('BAD_FILE') with a message naming the file.
 */
export function assertSafeXlsx(data: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_LIMITS): void {
  const bad = (msg: string) => new AppError('BAD_FILE', `Tệp "${fileName}": ${msg}`);
  if (data.length === 0) throw bad('tệp rỗng, không có nội dung.');
  if (data.length > limits.maxFileBytes) {
    throw bad(`tệp quá lớn (${Math.round(data.length / 1024 / 1024)} MB, tối đa ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB).`);
  }
  if (isCfb(data)) {
    if (containsUtf16(data, 'EncryptionInfo')) {
      throw bad('tệp đang đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc), lưu lại rồi nhập lại.');
    }
    throw bad('đây là tệp Excel đời cũ (.xls). Hãy mở tệp trong Excel, chọn Tệp > Lưu thành > "Sổ làm việc Excel (*.xlsx)", rồi nhập tệp .xlsx mới.');
  }
  if (!(data[0] === 0x50 && data[1] === 0x4b)) {
    throw bad('không phải tệp Excel .xlsx (hoặc tệp đã bị hỏng). Hãy chọn đúng tệp .xlsx.');
  }

  let entries = 0;
  let inflated = 0;
  let hasWorkbook = false;
  let problem: AppError | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (problem) return;
    entries += 1;
    if (entries > limits.maxEntries) {
      problem = bad('tệp chứa quá nhiều thành phần, có thể là tệp độc hại. Tệp không được nhập.');
      return;
    }
    if (file.name === 'xl/workbook.xml') hasWorkbook = true;
    if (file.compression !== 0 && file.compression !== 8) {
      problem = bad('tệp dùng kiểu nén không được hỗ trợ. Hãy mở và lưu lại bằng Excel.');
      return;
    }
    const scanXml = /\.(xml|rels|vml)$/i.test(file.name);
    let tail = '';
    file.ondata = (err, chunk, _final) => {
      if (problem) return;
      if (err) {
        problem = bad('tệp đã bị hỏng, không giải nén được. Hãy xin đơn vị gửi lại tệp.');
        return;
      }
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes || (inflated > RATIO_FLOOR_BYTES && inflated / data.length > limits.maxRatio)) {
        problem = bad('tệp giải nén ra quá lớn so với kích thước (nghi là "bom nén"). Tệp không được nhập.');
        file.terminate();
        return;
      }
      if (scanXml) {
        const text = tail + latin1(chunk);
        if (/<!(DOCTYPE|ENTITY)/i.test(text)) {
          problem = bad('tệp chứa khai báo XML không được phép (DOCTYPE), có thể là tệp độc hại. Tệp không được nhập.');
          file.terminate();
          return;
        }
        tail = text.slice(-16);
      }
    };
    file.start();
  };
  try {
    unzip.push(data, true);
  } catch {
    if (!problem) problem = bad('tệp đã bị hỏng hoặc không phải tệp .xlsx. Hãy mở lại bằng Excel và lưu lại.');
  }
  if (problem) throw problem;
  if (!hasWorkbook || entries === 0) {
    throw bad('không phải tệp Excel .xlsx hợp lệ (không có sổ làm việc bên trong). Hãy chọn đúng tệp .xlsx.');
  }
}

function isCfb(d: Uint8Array): boolean {
  return d.length > 8 && d[0] === 0xd0 && d[1] === 0xcf && d[2] === 0x11 && d[3] === 0xe0;
}

function containsUtf16(d: Uint8Array, s: string): boolean {
  const needle = Buffer.from(s, 'utf16le');
  return Buffer.from(d.buffer, d.byteOffset, d.byteLength).includes(needle);
}

function latin1(chunk: Uint8Array): string {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
}
