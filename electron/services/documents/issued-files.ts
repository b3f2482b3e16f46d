import fs from 'node:fs';
import path from 'node:path';
import type { DownloadFile } from '../../../shared/api/fields';
import { AppError } from '../../../shared/api/result';
import type { DocumentRecord } from '../../../shared/documents/api';
import type { ServiceContext } from '../context';
import { convertToPdf, findSoffice } from './libreoffice';
import { getDocument } from './repo';

// An issued document keeps the files that were sent: its .docx, written when it is issued, and its
// PDF beside it (archive/van-ban-di/van-ban-<id>.docx and .pdf; the backup takes the archive along).
// The PDF comes from one of three places, whichever the PC has: the desktop app's print view
// printed to PDF by Chromium ("Lưu PDF" keeps a copy here), LibreOffice converting the kept .docx,
// or a PDF the clerk saved from the browser's print dialog (or a signed scan) and attached.

/** A PDF of a few pages is well under 1 MB; a signed colour scan may be several. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

export const PDF_MIME = 'application/pdf';

export function issuedDir(ctx: ServiceContext): string {
  return path.join(ctx.dataDir, 'archive', 'van-ban-di');
}

const keptPath = (ctx: ServiceContext, id: number, ext: 'docx' | 'pdf') => path.join(issuedDir(ctx), `van-ban-${id}.${ext}`);

function writeAtomically(file: string, data: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * Keeps the .docx of a document just issued. The issue is already committed and its body frozen,
 * so a disk that refuses the copy costs nothing: the same file is written again from the body.
 */
export function keepIssuedDocx(ctx: ServiceContext, id: number, docx: Buffer): void {
  try {
    writeAtomically(keptPath(ctx, id, 'docx'), docx);
  } catch (e) {
    console.error('[documents] keeping the issued .docx failed:', e);
  }
}

/** The .docx kept when the document was issued, or null (issued before files were kept). */
export function keptDocx(ctx: ServiceContext, id: number): Buffer | null {
  try {
    return fs.readFileSync(keptPath(ctx, id, 'docx'));
  } catch {
    return null;
  }
}

function requireIssued(record: DocumentRecord): void {
  if (record.state !== 'issued') {
    throw new AppError(
      'CONFLICT',
      'Văn bản chưa ban hành nên chưa có bản PDF để gửi. Hãy bấm "Ban hành…" trước, hoặc dùng "Xem bản in" → "Lưu PDF" để có bản xem thử.',
    );
  }
}

function noPdfMessage(ctx: ServiceContext): string {
  return ctx.mode === 'desktop'
    ? 'Chưa có bản PDF của văn bản này. Bấm "Xem bản in" rồi "Lưu PDF": tệp PDF được lưu vào nơi bạn chọn và giữ kèm văn bản để gửi lần sau.'
    : 'Chưa có bản PDF của văn bản này, và máy chưa cài LibreOffice nên không tự tạo được. Bấm "Xem bản in" → "Lưu PDF" để lưu tệp PDF vào máy, rồi bấm "Đính kèm PDF đã lưu…" và chọn tệp đó để giữ kèm văn bản.';
}

/**
 * The PDF kept beside the issued .docx; made now with LibreOffice (and kept) when there is none
 * yet and LibreOffice is installed.
 */
export async function issuedPdf(
  ctx: ServiceContext,
  record: DocumentRecord,
  docx: () => Promise<Buffer>,
  fileName: string,
): Promise<DownloadFile> {
  requireIssued(record);
  const file = keptPath(ctx, record.id, 'pdf');
  if (!fs.existsSync(file)) {
    const soffice = await findSoffice();
    if (!soffice) throw new AppError('CONFLICT', noPdfMessage(ctx));
    let pdf: Buffer;
    try {
      pdf = await convertToPdf(soffice, await docx());
    } catch (e) {
      console.error('[documents] LibreOffice could not convert the issued .docx:', e);
      throw new AppError(
        'INTERNAL',
        'LibreOffice không chuyển được văn bản sang PDF (có thể nó đang bận hoặc bị lỗi). Hãy thử lại sau ít phút, hoặc bấm "Xem bản in" → "Lưu PDF".',
      );
    }
    try {
      writeAtomically(file, pdf);
    } catch {
      throw new AppError(
        'STORAGE',
        'Không lưu được bản PDF vào thư mục dữ liệu (ổ đĩa đầy hoặc không ghi được). Hãy giải phóng ổ đĩa rồi thử lại.',
      );
    }
  }
  return { fileName, mimeType: PDF_MIME, dataBase64: fs.readFileSync(file).toString('base64') };
}

/** Keeps a PDF of an issued document sent by the clerk (or printed by the desktop shell), replacing the one kept. */
export function attachPdf(ctx: ServiceContext, id: number, upload: { fileName: string; dataBase64: string }): { kept: true } {
  const record = getDocument(ctx, id);
  requireIssued(record);
  const name = path.basename(upload.fileName.replace(/\\/g, '/'));
  const data = Buffer.from(upload.dataBase64, 'base64');
  const bad = (msg: string) => new AppError('BAD_FILE', msg, { file: msg });
  if (!name.toLowerCase().endsWith('.pdf')) throw bad(`Tệp "${name}" không phải tệp PDF. Hãy chọn tệp .pdf đã lưu từ bản in.`);
  if (data.length === 0) throw bad(`Tệp "${name}" rỗng (0 byte). Hãy lưu lại bản PDF rồi chọn lại.`);
  if (data.length > MAX_PDF_BYTES) throw bad(`Tệp "${name}" quá lớn; chỉ giữ được tệp PDF đến 20 MB. Hãy lưu bản PDF nhẹ hơn.`);
  if (!data.subarray(0, 1024).includes('%PDF-')) {
    throw bad(`Tệp "${name}" không phải tệp PDF thật (tệp hỏng hoặc bị đổi đuôi). Hãy mở thử tệp trên máy rồi chọn lại.`);
  }
  try {
    writeAtomically(keptPath(ctx, record.id, 'pdf'), data);
  } catch {
    throw new AppError(
      'STORAGE',
      'Không lưu được bản PDF vào thư mục dữ liệu (ổ đĩa đầy hoặc không ghi được). Hãy giải phóng ổ đĩa rồi thử lại.',
    );
  }
  return { kept: true };
}
