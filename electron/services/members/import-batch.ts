// A member list is read once: the first preview reads the file (in a worker for big files) and
// keeps every sheet on the server under a batch id; changing sheets, units, columns or the join
// date re-maps the kept rows, and the import uses them too. Batches expire.
import crypto from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import {
  IMPORT_ROWS_PAGE,
  type ImportRowStatus,
  type MemberImportPreview,
  type MemberImportRowsPage,
} from '../../../shared/members/import-schema';
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
  /**
   * The last preview's result (with every row read, shown a page at a time) and the rows it would
   * save, kept for an import with the same choices; `revision` counts the batch's previews.
   */
  last: { key: string; revision: number; parsed: ParsedWorkbook; rows: StagedRow[] } | null;
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
  const revision = (batch.last?.revision ?? 0) + 1;
  batch.last = { key: previewKey(ctx, input), revision, parsed, rows: keepNew };
  const prev = previousImport(ctx, batch.sha256);
  return {
    batchId: batch.id,
    fileName: batch.fileName,
    format: batch.book.format,
    sheets: parsed.sheets,
    revision,
    // A list of 50,000 rows would make an answer of some 15 MB for the window to take in at once.
    rows: parsed.rows.slice(0, IMPORT_ROWS_PAGE),
    counts: parsed.counts,
    missingJoin: parsed.missingJoin,
    legacyText: parsed.legacyText,
    previousImport: prev,
  };
}

/** A page of the rows of the batch's last preview (all of them, or those of one status). */
export function importRowsPage(
  ctx: ServiceContext,
  input: { batchId: string; revision: number; status: ImportRowStatus | null; offset: number; limit: number },
): MemberImportRowsPage {
  const last = getMemberBatch(ctx, input.batchId).last;
  if (!last || last.revision !== input.revision) {
    throw new AppError('CONFLICT', 'Bản xem trước vừa được đọc lại. Hãy xem lại danh sách các dòng.');
  }
  const { status, offset, limit } = input;
  const rows = status ? last.parsed.rows.filter((r) => r.status === status) : last.parsed.rows;
  return { rows: rows.slice(offset, offset + limit), total: rows.length };
}
