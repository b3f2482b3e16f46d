// The Word (.docx) and PDF files of a document: the file name, the writer, and what is sent out.
import type { DownloadFile } from '../../../shared/api/fields';
import type { DocumentRecord } from '../../../shared/documents/api';
import { documentCode } from '../../../shared/documents/dates';
import type { OfficialDocument } from '../../../shared/documents/model';
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { issuedPdf, keptDocx } from './issued-files';
import { loadDocument } from './report-form';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function asciiSlug(s: string, max: number): string {
  return foldVi(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

function docxFileName(record: Pick<DocumentRecord, 'kind' | 'number' | 'doc' | 'title'>): string {
  const code = record.number === null ? 'du-thao' : asciiSlug(documentCode(record.number, record.kind, record.doc.header.codeSuffix), 30);
  return `${record.kind}_${code}_${asciiSlug(record.title, 70) || 'van-ban'}.docx`;
}

/** The Word writer (and the docx package) is loaded on the first export, not at start. */
export async function writeDocx(doc: OfficialDocument): Promise<Buffer> {
  const { renderDocx } = await import('./docx/index');
  return renderDocx(doc);
}

/** The .docx of a document: for an issued one the file kept on the day of issue, if there is one. */
export async function exportDocx(ctx: ServiceContext, id: number): Promise<DownloadFile> {
  const record = loadDocument(ctx, id);
  const buf = (record.state === 'issued' ? keptDocx(ctx, id) : null) ?? (await writeDocx(record.doc));
  return { fileName: docxFileName(record), mimeType: DOCX_MIME, dataBase64: buf.toString('base64') };
}

/** The PDF to send of an issued document (see issued-files.ts for where it comes from). */
export function documentPdf(ctx: ServiceContext, id: number): Promise<DownloadFile> {
  const record = loadDocument(ctx, id);
  const docx = async () => keptDocx(ctx, id) ?? (await writeDocx(record.doc));
  return issuedPdf(ctx, record, docx, docxFileName(record).replace(/\.docx$/, '.pdf'));
}
