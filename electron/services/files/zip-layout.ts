// The layout of a zip held in memory, for the common case only: what Excel, LibreOffice, WPS and
// exceljs write. Anything unusual (zip64, encryption, bytes before the first entry, gaps, local
// headers that disagree with the central directory) gives null, and callers fall back to a
// streaming reader that walks the local headers the way the xlsx parsers do.
//
// Why both directions are checked: parsers that stream (exceljs through unzipper) read local
// headers one after the other and never look at the central directory, so a layout taken from the
// central directory alone could miss an entry that a parser would still see. Here every byte from
// offset 0 to the central directory must belong to an entry listed there, in order.
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is left to the caller to refuse. */
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
  /** The local record (header, data, data descriptor) and the central directory record. */
  localOffset: number;
  localEnd: number;
  centralOffset: number;
  centralEnd: number;
}

export interface ZipLayout {
  /** In file order. */
  entries: ZipEntry[];
  centralOffset: number;
  /** Offset of the end-of-central-directory record. */
  end: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_DESCRIPTOR = 0x08074b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

function findEnd(data: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const from = Math.max(0, data.length - 22 - U16_MAX);
  for (let p = data.length - 22; p >= from; p--) {
    if (data.readUInt32LE(p) === SIG_END && p + 22 + data.readUInt16LE(p + 20) === data.length) return p;
  }
  return -1;
}

/** The entries in file order, or null when the zip is not laid out in the plain way described above. */
export function plainZipEntries(data: Buffer): ZipEntry[] | null {
  return plainZipLayout(data)?.entries ?? null;
}

export function plainZipLayout(data: Buffer): ZipLayout | null {
  if (data.length < 22) return null;
  const end = findEnd(data);
  if (end < 0) return null;
  const disk = data.readUInt16LE(end + 4);
  const cdDisk = data.readUInt16LE(end + 6);
  const countHere = data.readUInt16LE(end + 8);
  const count = data.readUInt16LE(end + 10);
  const cdSize = data.readUInt32LE(end + 12);
  const cdOffset = data.readUInt32LE(end + 16);
  if (disk !== 0 || cdDisk !== 0 || countHere !== count || count === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) return null;
  if (cdOffset + cdSize !== end) return null;

  type Central = ZipEntry & { flags: number; nameBytes: Buffer };
  const central: Central[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || data.readUInt32LE(p) !== SIG_CENTRAL) return null;
    const flags = data.readUInt16LE(p + 8);
    const method = data.readUInt16LE(p + 10);
    const compressedSize = data.readUInt32LE(p + 20);
    const size = data.readUInt32LE(p + 24);
    const nameLen = data.readUInt16LE(p + 28);
    const extraLen = data.readUInt16LE(p + 30);
    const commentLen = data.readUInt16LE(p + 32);
    const localOffset = data.readUInt32LE(p + 42);
    if (flags & FLAG_ENCRYPTED) return null;
    if (compressedSize === U32_MAX || size === U32_MAX || localOffset === U32_MAX) return null;
    const nameBytes = data.subarray(p + 46, p + 46 + nameLen);
    // Names are UTF-8 in practice (flag bit 11, or plain ASCII as in every xlsx part name).
    const centralEnd = p + 46 + nameLen + extraLen + commentLen;
    central.push({
      name: nameBytes.toString('utf8'),
      method,
      compressedSize,
      size,
      dataStart: 0,
      localOffset,
      localEnd: 0,
      centralOffset: p,
      centralEnd,
      flags,
      nameBytes,
    });
    p = centralEnd;
  }
  if (p !== end) return null;

  central.sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  for (const e of central) {
    if (e.localOffset !== expected || expected + 30 > cdOffset || data.readUInt32LE(expected) !== SIG_LOCAL) return null;
    const flags = data.readUInt16LE(expected + 6);
    const method = data.readUInt16LE(expected + 8);
    const nameLen = data.readUInt16LE(expected + 26);
    const extraLen = data.readUInt16LE(expected + 28);
    if (method !== e.method || (flags & FLAG_DESCRIPTOR) !== (e.flags & FLAG_DESCRIPTOR) || flags & FLAG_ENCRYPTED) return null;
    if (!data.subarray(expected + 30, expected + 30 + nameLen).equals(e.nameBytes)) return null;
    e.dataStart = expected + 30 + nameLen + extraLen;
    let next = e.dataStart + e.compressedSize;
    if (next > cdOffset) return null;
    if (flags & FLAG_DESCRIPTOR) {
      // Data descriptor after the data, with or without its optional signature.
      const at = next + 16 <= cdOffset && data.readUInt32LE(next) === SIG_DESCRIPTOR ? next + 4 : next;
      if (at + 12 > cdOffset || data.readUInt32LE(at + 4) !== e.compressedSize || data.readUInt32LE(at + 8) !== e.size) return null;
      next = at + 12;
    } else if (data.readUInt32LE(expected + 18) !== e.compressedSize || data.readUInt32LE(expected + 22) !== e.size) {
      return null;
    }
    e.localEnd = next;
    expected = next;
  }
  if (expected !== cdOffset) return null;
  return { entries: central.map(({ flags: _f, nameBytes: _n, ...e }) => e), centralOffset: cdOffset, end };
}

/**
 * The content of one entry, inflated with Node's zlib, when it is exactly what the headers say:
 * the deflate stream uses all of the entry's bytes and gives exactly `size` bytes. Otherwise null
 * (damaged or crafted; the caller decides what to do). Memory used is bounded by `size`.
 */
export function inflatePlainEntry(data: Buffer, e: ZipEntry): Buffer | null {
  const raw = data.subarray(e.dataStart, e.dataStart + e.compressedSize);
  if (e.method === 0) return e.compressedSize === e.size ? raw : null;
  if (e.method !== 8) return null;
  try {
    // One output buffer of the declared size: with zlib's default 16 KiB chunks, a 28 MB sheet is
    // inflated into 1,700 pieces and copied together again, several times slower.
    const size = Math.max(1, e.size);
    const { buffer, engine } = zlib.inflateRawSync(raw, {
      maxOutputLength: size,
      chunkSize: Math.max(64, size),
      info: true,
    }) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    return buffer.length === e.size && engine.bytesWritten === raw.length ? buffer : null;
  } catch {
    return null;
  }
}
