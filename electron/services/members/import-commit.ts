import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { todayIso } from '../../../shared/text/dates';
import type { ImportField, MemberImportResult } from '../../../shared/members/import-schema';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';
import { logChange } from '../history/change-log-repo';
import { fieldForHeader } from './import-columns';
import { dropMemberBatch, getMemberBatch, openMemberBatch, previewKey } from './import-batch';
import { parseMemberWorkbook, saveRememberedMapping, type ParseOptions, type ParsedWorkbook } from './import-parse';
import {
  beginImmediate,
  commit,
  finishImportRecord,
  insertImportRecord,
  markInsertedRange,
  rollbackQuietly,
  suspendInsertTrigger,
  widenPageCache,
} from './import-repo';
import { openImportStage } from './import-stage-repo';
import { pruneMemberChanges } from './repo';
import { silentProgress, type Progress } from '../progress';

export interface CommitOptions extends Omit<ParseOptions, 'onNewRow'> {
  file?: { fileName: string; dataBase64: string };
  batchId?: string;
  skipErrors?: boolean;
  rememberMapping?: boolean;
}

const POSITIONAL = new Set<ImportField>(['birthMale', 'birthFemale', 'female']);
/** Page cache while importing: 64 MiB (negative = KiB), used only as pages are touched. */
const IMPORT_CACHE_SIZE = -65536;

function rowList(labels: string[]): string {
  const shown = labels.slice(0, 10).join(', ');
  return labels.length > 10 ? `${shown}…` : shown;
}

/**
 * Imports the rows marked 'new' of the chosen sheets in one transaction: all of them or none. Each
 * imported member gets one `register` event (see events.ts for the date rule) and its membership
 * span. Rows that already exist are left alone; rows with errors stop the import unless
 * `skipErrors`. The rows come from the preview's batch (read once), or from the file given here.
 * A copy of the file is kept in <dataDir>/imports/members, with its SHA-256 in member_imports.
 */
export async function commitMemberImport(
  ctx: ServiceContext,
  opts: CommitOptions,
  progress: Progress = silentProgress,
): Promise<MemberImportResult> {
  if (opts.file) await progress.phase('Đang đọc tệp danh sách');
  const batch = opts.file ? await openMemberBatch(ctx, opts.file) : getMemberBatch(ctx, opts.batchId!);
  const today = todayIso(ctx.now());
  const at = nowIso(ctx);
  let copied: StoredCopy | null = null;
  // A big import dirties many index pages in one transaction: with SQLite's default 2 MB page
  // cache they spill to the WAL and are read back again and again.
  const restoreCache = widenPageCache(ctx, IMPORT_CACHE_SIZE);
  beginImmediate(ctx);
  try {
    const importId = insertImportRecord(ctx, at, batch.fileName, batch.sha256);
    // One change entry for the whole import instead of a trigger run per row (see search-index.ts);
    // dropped inside the transaction, so a rollback restores the trigger too.
    const restoreTrigger = suspendInsertTrigger(ctx);
    const stage = openImportStage(ctx, { importId, at, notePrefix: `Nhập từ tệp ${batch.fileName}, ` });
    // The rows of the preview the clerk saw, when nothing they depend on changed since; else read again.
    const cached = batch.last && batch.last.key === previewKey(ctx, opts) ? batch.last : null;
    let parsed: ParsedWorkbook;
    // Cancelling until the last check below rolls the transaction back: nothing is kept.
    if (cached) {
      parsed = { ...cached.parsed, counts: { ...cached.parsed.counts } };
      await progress.phase('Đang ghi các đoàn viên mới', cached.rows.length);
      for (let i = 0; i < cached.rows.length; i++) {
        stage.add(cached.rows[i]);
        if (i % 500 === 499) await progress.step(i + 1);
      }
    } else {
      await progress.phase('Đang đọc và ghi các dòng của tệp');
      parsed = parseMemberWorkbook(ctx, batch.book, { ...opts, onNewRow: (row) => stage.add(row) });
    }
    await progress.phase('Đang đối chiếu với sổ đoàn viên');
    const { existing, ids: newIds } = stage.finish();

    const chosen = parsed.sheets.filter((s) => s.take);
    const blocked =
      chosen.find((s) => s.problem) ?? (chosen.length === 0 ? parsed.sheets.find((s) => s.problem?.kind !== 'empty') : undefined);
    if (blocked?.problem) {
      const where = parsed.sheets.length > 1 ? `Tệp "${batch.fileName}", trang "${blocked.name}"` : `Tệp "${batch.fileName}"`;
      const msg = `${where}: ${blocked.problem.message} Chưa có gì được lưu.`;
      if (blocked.problem.kind === 'unit') throw new AppError('INVALID_INPUT', msg, { unitId: blocked.problem.message });
      throw new AppError('BAD_FILE', msg);
    }
    if (chosen.length === 0)
      throw new AppError('CONFLICT', 'Chưa chọn trang nào để nhập. Hãy đánh dấu các trang cần nhập. Chưa có gì được lưu.');
    const { counts } = parsed;
    counts.exists += existing;
    counts.new -= existing;
    if (counts.error > 0 && !opts.skipErrors) {
      throw new AppError(
        'CONFLICT',
        `Tệp có ${counts.error} dòng lỗi (${rowList(parsed.errorRows)}). Hãy sửa tệp rồi nhập lại, hoặc chọn "Bỏ qua các dòng lỗi" để chỉ nhập các dòng đúng. Chưa có gì được lưu.`,
      );
    }
    if (counts.new === 0) {
      throw new AppError(
        'CONFLICT',
        counts.exists > 0
          ? `Không có đoàn viên mới để nhập: cả ${counts.exists} người trong tệp đã có trong sổ. Chưa có gì được lưu.`
          : 'Không có dòng nào hợp lệ để nhập. Chưa có gì được lưu.',
      );
    }

    await progress.phase('Đang lưu vào sổ đoàn viên', 0, { commit: true });
    copied = keepCopy(ctx, batch.fileName, batch.sha256, batch.data, today);
    finishImportRecord(ctx, importId, copied ? path.relative(ctx.dataDir, copied.path) : null, counts.new);
    restoreTrigger();
    // Search indexes read just this range: the import adds members, it never changes others.
    if (newIds) markInsertedRange(ctx, newIds[0], newIds[1]);
    pruneMemberChanges(ctx);
    if (opts.rememberMapping !== false) {
      const headers: Partial<Record<ImportField, string>> = {};
      for (const sheet of chosen) {
        const explicit = opts.sheets?.find((c) => c.index === sheet.index)?.mapping ?? opts.mapping;
        if (!explicit) continue;
        for (const col of sheet.columns) {
          // Remember what auto-detection would not have found by itself; positional layouts (Nam | Nữ) are not headers.
          if (!col.field || !col.header || !explicit[col.field] || POSITIONAL.has(col.field)) continue;
          if (fieldForHeader(col.header, new Map()) !== col.field) headers[col.field] = col.header;
        }
      }
      if (Object.keys(headers).length) saveRememberedMapping(ctx, headers);
    }
    logChange(ctx, 'member_import', importId, 'import', null, {
      fileName: batch.fileName,
      sha256: batch.sha256,
      sheets: chosen.map((c) => c.name),
      created: counts.new,
      skippedExisting: counts.exists,
      skippedErrors: counts.error,
    });
    commit(ctx, counts.new);
    dropMemberBatch(ctx, batch.id);
    return { importId, created: counts.new, skippedExisting: counts.exists, skippedErrors: counts.error };
  } catch (e) {
    rollbackQuietly(ctx);
    if (copied?.writtenNow) fs.rmSync(copied.path, { force: true });
    if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new AppError(
        'CONFLICT',
        'Sổ đoàn viên vừa thay đổi trong lúc đọc tệp (trùng số CCCD hoặc mã số đoàn viên). Hãy xem trước và nhập lại. Chưa có gì được lưu.',
      );
    }
    throw e;
  } finally {
    restoreCache();
  }
}

interface StoredCopy {
  path: string;
  /** False when the same file was kept by an earlier import. */
  writtenNow: boolean;
}

/** A copy of the imported file in the data folder (a convenience: the import does not depend on it). */
function keepCopy(ctx: ServiceContext, fileName: string, sha256: string, data: Buffer, today: string): StoredCopy | null {
  const dir = path.join(ctx.dataDir, 'imports', 'members');
  const safeName = fileName.replace(/[^\p{L}\p{N}._\- ]/gu, '_').slice(-120);
  const stored = path.join(dir, `${today}_${sha256.slice(0, 12)}_${safeName}`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (fs.existsSync(stored)) return { path: stored, writtenNow: false };
    fs.writeFileSync(stored, data);
    return { path: stored, writtenNow: true };
  } catch {
    return null;
  }
}
