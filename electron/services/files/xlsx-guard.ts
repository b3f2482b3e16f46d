import zlib from 'node:zlib';
import { AppError } from '../../../shared/api/result';
import { inflatePlainEntry, plainZipEntries } from './zip-layout';

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

type Bad = (msg: string) => AppError;

const MSG = {
  tooManyEntries: 'tệp chứa quá nhiều thành phần, có thể là tệp độc hại. Tệp không được nhập.',
  compression: 'tệp dùng kiểu nén không được hỗ trợ. Hãy mở và lưu lại bằng Excel.',
  bomb: 'tệp giải nén ra quá lớn so với kích thước (nghi là "bom nén"). Tệp không được nhập.',
  doctype: 'tệp chứa khai báo XML không được phép (DOCTYPE), có thể là tệp độc hại. Tệp không được nhập.',
  noWorkbook: 'không phải tệp Excel .xlsx hợp lệ (không có sổ làm việc bên trong). Hãy chọn đúng tệp .xlsx.',
};

const SCANNED_XML = /\.(xml|rels|vml)$/i;

/**
 * Checks an untrusted .xlsx before any parser sees it: right container, bounded entry count,
 * real inflated size and ratio (by actually inflating, not trusting headers), no DTDs in XML.
 * Throws AppError('BAD_FILE') with a message naming the file.
 *
 * A plainly laid-out zip (zip-layout.ts) is inflated entry by entry with Node's zlib, which is
 * several times faster than inflating in JavaScript; any doubt about the layout or an entry
 * sends the file through the streaming check, which walks local headers as the parsers do.
 */
export async function assertSafeXlsx(data: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<void> {
  const bad: Bad = (msg: string) => new AppError('BAD_FILE', `Tệp "${fileName}": ${msg}`);
  if (data.length === 0) throw bad('tệp rỗng, không có nội dung.');
  if (data.length > limits.maxFileBytes) {
    throw bad(`tệp quá lớn (${Math.round(data.length / 1024 / 1024)} MB, tối đa ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB).`);
  }
  if (isCfb(data)) {
    if (containsUtf16(data, 'EncryptionInfo')) {
      throw bad('tệp đang đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc), lưu lại rồi nhập lại.');
    }
    throw bad(
      'đây là tệp Excel đời cũ (.xls). Hãy mở tệp trong Excel, chọn Tệp > Lưu thành > "Sổ làm việc Excel (*.xlsx)", rồi nhập tệp .xlsx mới.',
    );
  }
  if (!(data[0] === 0x50 && data[1] === 0x4b)) {
    throw bad('không phải tệp Excel .xlsx (hoặc tệp đã bị hỏng). Hãy chọn đúng tệp .xlsx.');
  }
  if (!checkPlainZip(Buffer.from(data.buffer, data.byteOffset, data.byteLength), limits, bad)) await streamingCheck(data, limits, bad);
}

/**
 * The same checks for any zip-based spreadsheet (.xlsx, .ods), returning the inflated parts that
 * `keep` wants, so that a reader does not inflate them a second time. `required` is the part the
 * format cannot do without.
 */
export async function openSafeZip(
  data: Buffer,
  fileName: string,
  opts: { required: string; keep: (name: string) => boolean; limits?: ZipLimits },
): Promise<Map<string, Buffer>> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const bad: Bad = (msg: string) => new AppError('BAD_FILE', `Tệp "${fileName}": ${msg}`);
  if (data.length === 0) throw bad('tệp rỗng, không có nội dung.');
  if (data.length > limits.maxFileBytes) {
    throw bad(`tệp quá lớn (${Math.round(data.length / 1024 / 1024)} MB, tối đa ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB).`);
  }
  const kept = new Map<string, Buffer>();
  const noPart = () =>
    bad('tệp đã bị hỏng hoặc không đúng định dạng (thiếu phần nội dung chính). Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.');
  if (checkPlainZip(data, limits, bad, { required: opts.required, keep: opts.keep, into: kept, noPart })) return kept;
  // The parts come from the same walk that measured them: a reader never sees a byte the budget did not count.
  kept.clear();
  await streamingCheck(data, limits, bad, opts.required, noPart, { keep: opts.keep, into: kept });
  return kept;
}

interface KeepParts {
  required: string;
  keep: (name: string) => boolean;
  into: Map<string, Buffer>;
  noPart: () => AppError;
}

/** Most the inflated total may reach: the size cap, and the ratio cap once past the floor. */
function inflatedBudget(compressedBytes: number, limits: ZipLimits): number {
  return Math.min(limits.maxInflatedBytes, Math.max(RATIO_FLOOR_BYTES, compressedBytes * limits.maxRatio));
}

/**
 * The fast path. Returns true when the file was checked in full and is safe, false when the
 * streaming check must decide (unusual layout, sizes that do not match, declared sizes over the
 * budget); throws for what is certain from the layout alone.
 */
function checkPlainZip(data: Buffer, limits: ZipLimits, bad: Bad, parts?: KeepParts): boolean {
  const entries = plainZipEntries(data);
  if (!entries) return false;
  if (entries.length > limits.maxEntries) throw bad(MSG.tooManyEntries);
  const budget = inflatedBudget(data.length, limits);
  let declared = 0;
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) throw bad(MSG.compression);
    declared += e.size;
  }
  // Declared sizes are not trusted to accept a file, only to bound the memory spent here.
  if (declared > budget) return false;
  for (const e of entries) {
    const content = inflatePlainEntry(data, e);
    if (!content) return false;
    if (SCANNED_XML.test(e.name) && hasDeclaration(content)) throw bad(MSG.doctype);
    if (parts?.keep(e.name)) parts.into.set(e.name, content);
  }
  const required = parts?.required ?? 'xl/workbook.xml';
  if (entries.length === 0 || !entries.some((e) => e.name === required)) throw parts ? parts.noPart() : bad(MSG.noWorkbook);
  return true;
}

const BANG = 0x21;
const LT = 0x3c;

/**
 * `<!DOCTYPE` or `<!ENTITY`, in any case, anywhere in the bytes. Searched by its rare '!' byte
 * (memchr), not by the two-byte '<!': some 1 ms against 20–70 ms for a 28 MB worksheet.
 */
function hasDeclaration(xml: Buffer): boolean {
  for (let at = xml.indexOf(BANG); at >= 0; at = xml.indexOf(BANG, at + 1)) {
    if (at === 0 || xml[at - 1] !== LT) continue;
    const word = xml.toString('latin1', at + 1, at + 8).toUpperCase();
    if (word === 'DOCTYPE' || word.startsWith('ENTITY')) return true;
  }
  return false;
}

const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;

interface Counted {
  /** Bytes of output, input bytes the deflate stream used. */
  out: number;
  consumed: number;
  problem: 'bomb' | 'doctype' | 'damaged' | null;
}

/**
 * Inflates one entry with Node's zlib, counting the output and keeping none of it (a bomb costs
 * time in proportion to what it claims to hold, never memory); stops as soon as `limit` is passed
 * or a DOCTYPE shows up.
 */
function inflateCounting(input: Buffer, limit: number, scanXml: boolean, keep: Buffer[] | null): Promise<Counted> {
  return new Promise((resolve) => {
    const z = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let out = 0;
    let tail = '';
    let settled = false;
    const finish = (problem: Counted['problem']) => {
      if (settled) return;
      settled = true;
      if (problem) z.destroy();
      resolve({ out, consumed: z.bytesWritten, problem });
    };
    z.on('data', (chunk: Buffer) => {
      out += chunk.length;
      if (out > limit) return finish('bomb');
      keep?.push(chunk);
      if (scanXml) {
        const text = tail + chunk.toString('latin1');
        if (/<!(DOCTYPE|ENTITY)/i.test(text)) return finish('doctype');
        tail = text.slice(-16);
      }
    });
    z.on('error', () => finish('damaged'));
    z.on('end', () => finish(null));
    z.end(input);
  });
}

/**
 * The thorough path: walks the local headers one after the other, as streaming parsers do, and
 * inflates every entry for real (sizes in headers are not trusted), counting without keeping.
 */
async function streamingCheck(
  data: Uint8Array,
  limits: ZipLimits,
  bad: Bad,
  required = 'xl/workbook.xml',
  noPart?: () => AppError,
  parts?: { keep: (name: string) => boolean; into: Map<string, Buffer> },
): Promise<void> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const damaged = () => bad('tệp đã bị hỏng hoặc không phải tệp .xlsx. Hãy mở lại bằng Excel và lưu lại.');
  const budget = inflatedBudget(buf.length, limits);
  let pos = 0;
  let entries = 0;
  let inflated = 0;
  let hasRequired = false;
  while (pos + 30 <= buf.length && buf.readUInt32LE(pos) === SIG_LOCAL) {
    entries += 1;
    if (entries > limits.maxEntries) throw bad(MSG.tooManyEntries);
    const flags = buf.readUInt16LE(pos + 6);
    const method = buf.readUInt16LE(pos + 8);
    const compressed = buf.readUInt32LE(pos + 18);
    const nameLen = buf.readUInt16LE(pos + 26);
    const start = pos + 30 + nameLen + buf.readUInt16LE(pos + 28);
    if (start > buf.length) throw damaged();
    const name = buf.toString('utf8', pos + 30, pos + 30 + nameLen);
    if (name === required) hasRequired = true;
    if (flags & 0x1 || (method !== 0 && method !== 8)) throw bad(MSG.compression);
    const scanXml = SCANNED_XML.test(name);
    const sizeUnknown = (flags & 0x8) !== 0 && compressed === 0;
    let consumed: number;
    if (method === 0) {
      if (sizeUnknown || start + compressed > buf.length) throw damaged();
      const content = buf.subarray(start, start + compressed);
      inflated += compressed;
      if (inflated > budget) throw bad(MSG.bomb);
      if (scanXml && hasDeclaration(content)) throw bad(MSG.doctype);
      if (parts?.keep(name)) parts.into.set(name, Buffer.from(content));
      consumed = compressed;
    } else {
      const input = buf.subarray(start, sizeUnknown ? buf.length : Math.min(buf.length, start + compressed));
      const chunks = parts?.keep(name) ? [] : null;
      const r = await inflateCounting(input, budget - inflated, scanXml, chunks);
      if (r.problem === 'bomb') throw bad(MSG.bomb);
      if (r.problem === 'doctype') throw bad(MSG.doctype);
      if (r.problem === 'damaged') throw damaged();
      inflated += r.out;
      if (chunks) parts!.into.set(name, Buffer.concat(chunks));
      consumed = sizeUnknown ? r.consumed : compressed;
    }
    pos = start + consumed;
    if (flags & 0x8) pos += pos + 4 <= buf.length && buf.readUInt32LE(pos) === SIG_DESCRIPTOR ? 16 : 12;
  }
  if (!hasRequired || entries === 0) throw noPart ? noPart() : bad(MSG.noWorkbook);
}

function isCfb(d: Uint8Array): boolean {
  return d.length > 8 && d[0] === 0xd0 && d[1] === 0xcf && d[2] === 0x11 && d[3] === 0xe0;
}

function containsUtf16(d: Uint8Array, s: string): boolean {
  const needle = Buffer.from(s, 'utf16le');
  return Buffer.from(d.buffer, d.byteOffset, d.byteLength).includes(needle);
}
