import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DownloadFile } from '../../../shared/api/fields';
import { AppError } from '../../../shared/api/result';
import type { ServiceContext } from '../context';
import { fileInUse, keptFileHashes } from './repo';

// The kept copies of incoming documents: <data>/archive/incoming/<sha256>.<ext>, one per content
// (the same file attached twice is kept once). The files come from outside (e-mail, USB), so only
// Word and PDF are taken, within a size limit, and their first bytes must match their type; they
// are never opened here, only kept and handed back.

/** Larger scans are rare for an office letter; a bigger file is likely the wrong one. */
export const MAX_INCOMING_FILE_BYTES = 20 * 1024 * 1024;

type Ext = 'pdf' | 'docx' | 'doc';

const MIME: Record<Ext, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
};

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Whether the bytes start like the type the name claims (a PDF's header may follow a little junk). */
function looksLike(ext: Ext, data: Buffer): boolean {
  if (ext === 'pdf') return data.subarray(0, 1024).includes('%PDF-');
  if (ext === 'docx') return data.subarray(0, 4).equals(ZIP);
  return data.subarray(0, 8).equals(OLE);
}

const TYPE_NAMES: Record<Ext, string> = { pdf: 'PDF', docx: 'Word (.docx)', doc: 'Word (.doc)' };

export interface CheckedFile {
  name: string;
  ext: Ext;
  data: Buffer;
  sha256: string;
}

/** Checks an uploaded file; a Vietnamese BAD_FILE error says what is wrong with it. */
export function checkIncomingFile(file: { fileName: string; dataBase64: string }): CheckedFile {
  // The name as the clerk knows it, without any folder part a browser or a script may send.
  const name = path.basename(file.fileName.replace(/\\/g, '/')).replace(/\p{Cc}/gu, '');
  const ext = path.extname(name).slice(1).toLowerCase();
  const fields = (msg: string) => ({ file: msg });
  if (ext !== 'pdf' && ext !== 'docx' && ext !== 'doc') {
    const msg = `Tệp "${name}" không phải Word hoặc PDF. Chỉ lưu được tệp .pdf, .docx hoặc .doc của văn bản đến.`;
    throw new AppError('BAD_FILE', msg, fields(msg));
  }
  const data = Buffer.from(file.dataBase64, 'base64');
  if (data.length === 0) {
    const msg = `Tệp "${name}" rỗng (0 byte). Hãy chọn lại đúng tệp văn bản.`;
    throw new AppError('BAD_FILE', msg, fields(msg));
  }
  if (data.length > MAX_INCOMING_FILE_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    const msg = `Tệp "${name}" quá lớn (${mb(data.length)} MB); chỉ lưu được tệp đến ${mb(MAX_INCOMING_FILE_BYTES)} MB. Hãy lưu bản PDF nhẹ hơn (quét ở độ phân giải thấp hơn).`;
    throw new AppError('BAD_FILE', msg, fields(msg));
  }
  if (!looksLike(ext, data)) {
    const msg = `Tệp "${name}" không phải tệp ${TYPE_NAMES[ext]} thật (tệp hỏng hoặc bị đổi đuôi). Hãy mở thử tệp trên máy rồi chọn lại.`;
    throw new AppError('BAD_FILE', msg, fields(msg));
  }
  return { name, ext, data, sha256: crypto.createHash('sha256').update(data).digest('hex') };
}

export function incomingArchiveDir(ctx: ServiceContext): string {
  return path.join(ctx.dataDir, 'archive', 'incoming');
}

const extOf = (fileName: string): Ext => path.extname(fileName).slice(1).toLowerCase() as Ext;

function keptPath(ctx: ServiceContext, sha256: string, ext: Ext): string {
  return path.join(incomingArchiveDir(ctx), `${sha256}.${ext}`);
}

/**
 * Writes the kept copy before the database row that points to it; returns a function that takes
 * it back (only when this call wrote it) for a transaction that fails.
 */
export function keepFile(ctx: ServiceContext, file: CheckedFile): () => void {
  const target = keptPath(ctx, file.sha256, file.ext);
  if (fs.existsSync(target)) return () => undefined;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, file.data);
  fs.renameSync(tmp, target);
  return () => fs.rmSync(target, { force: true });
}

/** Removes a kept copy no entry points to any more (after the change is committed). */
export function dropIfUnused(ctx: ServiceContext, sha256: string | null, fileName: string | null): void {
  if (!sha256 || !fileName) return;
  if (fileInUse(ctx, sha256)) return;
  try {
    fs.rmSync(keptPath(ctx, sha256, extOf(fileName)), { force: true });
  } catch {
    // In use or read-only: the start-up sweep takes it later.
  }
}

export function readKeptFile(ctx: ServiceContext, sha256: string, fileName: string): DownloadFile {
  const ext = extOf(fileName);
  const file = keptPath(ctx, sha256, ext);
  if (!fs.existsSync(file)) {
    throw new AppError('NOT_FOUND', 'Không tìm thấy bản lưu của tệp trong thư mục dữ liệu (có thể đã bị xóa). Hãy đính kèm lại tệp.');
  }
  return { fileName, mimeType: MIME[ext] ?? 'application/octet-stream', dataBase64: fs.readFileSync(file).toString('base64') };
}

const COPY = /^([0-9a-f]{64})\.(pdf|docx|doc)$/;

/** Removes copies nothing points to and temporary files an interrupted save left. Never throws. */
export function sweepIncomingArchive(ctx: ServiceContext): number {
  let names: string[];
  try {
    names = fs.readdirSync(incomingArchiveDir(ctx));
  } catch {
    return 0;
  }
  let removed = 0;
  try {
    const used = new Set(keptFileHashes(ctx));
    for (const name of names) {
      const m = COPY.exec(name);
      if (!(name.endsWith('.tmp') || (m && !used.has(m[1])))) continue;
      try {
        fs.rmSync(path.join(incomingArchiveDir(ctx), name), { force: true });
        removed++;
      } catch {
        // Tried again at the next start.
      }
    }
  } catch (e) {
    console.error('[incoming] archive sweep failed:', e);
  }
  return removed;
}
