// A member list is read once: the first preview reads the file (in a worker for big files) and
// keeps every sheet on the server under a batch id; changing sheets, units, columns or the join
// date re-maps the kept rows, and the import uses them too. Batches expire.
import crypto from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import type { MemberImportPreview } from '../../../shared/members/import-schema';
import type { ServiceContext } from '../context';
import { createBatchStore } from '../files/batches';
import { readSpreadsheetFile } from '../files/sheets/worker-host';
import type { WorkbookData } from '../files/sheets/types';
import { decodeBase64 } from '../files/workbook';
import { parseMemberWorkbook, readRememberedMapping, type ParseOptions, type ParsedWorkbook, type StagedRow } from './import-parse';
import { silentProgress, type Progress } from '../progress';
import { previousImport, registerVersion, unitsVersion } from './import-repo';

export interface MemberBatch {
  id: string;
  fileName: string;
  data: Buffer;
  sha256: string;
  book: WorkbookData;
  /** The last preview's result and the rows it would save, kept for an import with the same choices. */
  last: { key: string; parsed: ParsedWorkbook; rows: StagedRow[] } | null;
}

/**
 * What a preview's result depends on besides the file: the clerk's choices, the units (a unit
 * added, renamed or dissolved since), the register, the remembered columns and the day.
 */
export function previewKey(ctx: ServiceContext, opts: ParseOptions): string {
  const units = unitsVersion(ctx);
  const remembered = JSON.stringify(readRememberedMapping(ctx));
  // Any change to the register (a member added, edited or deleted) since the preview: the rows are read again.
  const register = registerVersion(ctx);
  const { unitId, mapping, missingJoinDate, sheets } = opts;
  return JSON.stringify([
    unitId ?? null,
    mapping ?? null,
    missingJoinDate ?? null,
    sheets ?? null,
    units,
    remembered,
    register,
    ctx.now().toDateString(),
  ]);
}

// A 50,000-row list takes some 100 MB once read: few are kept, not for long.
const batches = createBatchStore<MemberBatch>({ ttlMs: 30 * 60 * 1000, max: 2 });

export const EXPIRED =
  'Bản xem trước này đã hết hạn hoặc đã được nhập (quá 30 phút không dùng). Hãy chọn lại tệp danh sách để xem trước lần nữa.';

/** Reads a file into a new batch. */
export async function openMemberBatch(ctx: ServiceContext, file: { fileName: string; dataBase64: string }): Promise<MemberBatch> {
  const data = decodeBase64(file.dataBase64);
  const book = await readSpreadsheetFile(data, file.fileName);
  const batch: MemberBatch = {
    id: crypto.randomUUID(),
    fileName: file.fileName,
    data,
    sha256: crypto.createHash('sha256').update(data).digest('hex'),
    book,
    last: null,
  };
  batches.put(ctx, batch.id, batch);
  return batch;
}

export function getMemberBatch(ctx: ServiceContext, id: string): MemberBatch {
  const b = batches.get(ctx, id);
  if (!b) throw new AppError('NOT_FOUND', EXPIRED);
  return b;
}

export function dropMemberBatch(ctx: ServiceContext, id: string): { discarded: boolean } {
  return { discarded: batches.delete(ctx, id) };
}

export async function previewMemberImport(
  ctx: ServiceContext,
  input: ParseOptions & { file?: { fileName: string; dataBase64: string }; batchId?: string },
  progress: Progress = silentProgress,
): Promise<MemberImportPreview> {
  if (input.file) await progress.phase('Đang đọc tệp danh sách');
  const batch = input.file ? await openMemberBatch(ctx, input.file) : getMemberBatch(ctx, input.batchId!);
  await progress.phase('Đang kiểm tra từng dòng');
  const keepNew: StagedRow[] = [];
  const parsed = parseMemberWorkbook(ctx, batch.book, { ...input, keepNew });
  batch.last = { key: previewKey(ctx, input), parsed: { ...parsed, rows: [] }, rows: keepNew };
  const prev = previousImport(ctx, batch.sha256);
  return {
    batchId: batch.id,
    fileName: batch.fileName,
    format: batch.book.format,
    sheets: parsed.sheets,
    rows: parsed.rows,
    counts: parsed.counts,
    missingJoin: parsed.missingJoin,
    legacyText: parsed.legacyText,
    previousImport: prev,
  };
}
