// Reports in: a folder (USB stick) or uploaded files → a preview, one row per file → on the
// clerk's confirmation, one transaction for the whole batch. Each saved file is archived under
// <data>/archive/reports/<sha256>.xlsx; the same file imported again changes nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { FileChoice, ImportFileStatus, ImportPreview, ImportPreviewFile, ImportResult } from '../../../shared/reports/schema';
import { todayIso } from '../../../shared/text/dates';
import { silentProgress, type Progress } from '../progress';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';
import { DEFAULT_LIMITS } from '../files/xlsx-guard';
import { checkFolder, findSpreadsheets } from './folders';
import { assertReceivedBy } from './received-date';
import { parsePool } from './parse-pool';
import { evaluate } from './import-evaluate';
import { applyChoices, resolveStatuses } from './import-status';
import { getRoundRow, listIndicators } from './repo';
import { FREE_TEXT_KEYS, type FreeTextKey } from './template-layout';
import type { Batch, BatchFile, IncomingFile } from './import-types';
import { insertSubmission } from './submissions-repo';

const BATCH_TTL_MS = 2 * 60 * 60 * 1000;
const MAX_BATCHES = 8;
// Per connection: a restored database starts with no open previews.
const batchesByCtx = new WeakMap<object, Map<string, Batch>>();

function batches(ctx: ServiceContext): Map<string, Batch> {
  let m = batchesByCtx.get(ctx.db);
  if (!m) batchesByCtx.set(ctx.db, (m = new Map()));
  const now = ctx.now().getTime();
  for (const [id, b] of m) if (now - b.createdAt > BATCH_TTL_MS) m.delete(id);
  while (m.size > MAX_BATCHES) m.delete(m.keys().next().value!);
  return m;
}

const EXPIRED = 'Bản xem trước này đã hết hạn hoặc đã được nhập. Hãy chọn lại thư mục hoặc tệp để xem trước lần nữa.';

export function archiveDir(ctx: ServiceContext): string {
  return path.join(ctx.dataDir, 'archive', 'reports');
}

export function archivePath(ctx: ServiceContext, sha256: string): string {
  return path.join(archiveDir(ctx), `${sha256}.xlsx`);
}

/** Reads every spreadsheet under a folder for a preview. */
export async function scanFolder(
  ctx: ServiceContext,
  roundId: number,
  folderInput: string,
  progress: Progress = silentProgress,
): Promise<ImportPreview> {
  getRoundRow(ctx, roundId);
  const folder = checkFolder(folderInput);
  const found = findSpreadsheets(folder);
  if (!found.length) {
    const msg = `Không tìm thấy tệp Excel (.xlsx) nào trong "${folder}" (kể cả thư mục con). Hãy kiểm tra lại USB hoặc thư mục.`;
    throw new AppError('INVALID_INPUT', msg, { folder: msg });
  }
  const incoming: IncomingFile[] = [];
  await progress.phase('Đang chép các tệp từ thư mục', found.length);
  for (const f of found) {
    await progress.step(incoming.length);
    if (f.size > DEFAULT_LIMITS.maxFileBytes) {
      incoming.push({
        fileName: f.relPath,
        data: null,
        readError: `tệp quá lớn (${Math.round(f.size / 1024 / 1024)} MB), không phải mẫu báo cáo.`,
      });
      continue;
    }
    try {
      incoming.push({ fileName: f.relPath, data: await fs.promises.readFile(f.absPath), mtime: f.mtime });
    } catch {
      incoming.push({
        fileName: f.relPath,
        data: null,
        readError: 'không đọc được tệp (tệp đang mở ở chương trình khác hoặc USB bị lỗi).',
      });
    }
  }
  return buildPreview(ctx, roundId, folder, incoming, null, progress);
}

/** Uploaded files (browser mode, or files picked one by one); may add to an open preview. */
export async function previewUpload(
  ctx: ServiceContext,
  roundId: number,
  files: { fileName: string; dataBase64: string; size?: number }[],
  batchId: string | undefined,
): Promise<ImportPreview> {
  getRoundRow(ctx, roundId);
  let existing: Batch | null = null;
  if (batchId) {
    existing = batches(ctx).get(batchId) ?? null;
    if (!existing || existing.roundId !== roundId) throw new AppError('NOT_FOUND', EXPIRED);
  }
  const incoming: IncomingFile[] = files.map((f) => {
    if (f.size !== undefined && f.size > DEFAULT_LIMITS.maxFileBytes) {
      return {
        fileName: f.fileName,
        data: null,
        readError: `tệp quá lớn (${Math.round(f.size / 1024 / 1024)} MB), không phải mẫu báo cáo.`,
      };
    }
    if (!f.dataBase64) return { fileName: f.fileName, data: null, readError: 'tệp rỗng, không có nội dung (có thể chép từ USB bị lỗi).' };
    return { fileName: f.fileName, data: Buffer.from(f.dataBase64, 'base64') };
  });
  return buildPreview(ctx, roundId, null, incoming, existing);
}

async function buildPreview(
  ctx: ServiceContext,
  roundId: number,
  folder: string | null,
  incoming: IncomingFile[],
  existing: Batch | null,
  progress: Progress = silentProgress,
): Promise<ImportPreview> {
  const pool = parsePool();
  const firstKey = existing ? existing.files.length + 1 : 1;
  await progress.phase('Đang đọc các tệp báo cáo', incoming.length);
  let read = 0;
  // Files are read side by side; each one read moves the bar (a cancel is seen once all are read).
  const counted = <T>(r: T): T => {
    progress.step(++read).catch(() => undefined);
    return r;
  };
  const parsed = await Promise.all(
    incoming.map(async (f, i) => {
      const key = firstKey + i;
      if (!f.data)
        return {
          key,
          f,
          sha256: null,
          result: { ok: false as const, message: `Tệp "${f.fileName}": ${f.readError ?? 'không đọc được tệp.'}` },
        };
      const sha256 = crypto.createHash('sha256').update(f.data).digest('hex');
      if (/\.ods$/i.test(f.fileName)) {
        const message = `Tệp "${f.fileName}": đây là tệp OpenDocument (.ods). Hãy mở bằng LibreOffice, chọn Tệp > Lưu thành > kiểu "Excel 2007-365 (.xlsx)" rồi nhập tệp .xlsx.`;
        return { key, f, sha256, result: { ok: false as const, message } };
      }
      return counted({ key, f, sha256, result: await pool.parse(f.fileName, f.data) });
    }),
  );
  progress.check();
  // Round and indicators are read after parsing (which takes a while), so they are current.
  const round = getRoundRow(ctx, roundId);
  const indicators = listIndicators(ctx, roundId);
  const files = parsed.map(({ key, f, sha256, result }) => {
    const base = emptyFile(key, f.fileName, sha256);
    if (!result.ok) {
      base.errors.push(result.message);
      return base;
    }
    evaluate(ctx, round, indicators, base, result.report, f.data!);
    if (!base.savedAt && f.mtime) base.savedAt = f.mtime.toISOString();
    return base;
  });
  const batch: Batch = existing ?? { id: crypto.randomUUID(), roundId, folder, createdAt: ctx.now().getTime(), files: [] };
  batch.files.push(...files);
  resolveStatuses(ctx, round, batch);
  batches(ctx).set(batch.id, batch);
  return toPreview(batch);
}

function emptyFile(key: number, fileName: string, sha256: string | null): BatchFile {
  return {
    key,
    fileName,
    data: null,
    sha256,
    savedAt: null,
    unitId: null,
    unitCode: null,
    unitName: null,
    roundCode: null,
    roundName: null,
    errors: [],
    warnings: [],
    problems: [],
    values: [],
    free: Object.fromEntries(FREE_TEXT_KEYS.map((k) => [k, null])) as Record<FreeTextKey, string | null>,
    status: 'error',
    statusNote: null,
    choice: null,
    reusable: false,
    templateUnit: null,
    namedUnit: null,
    forNamed: false,
    tampered: false,
  };
}

/** Applies the clerk's ticks to a preview and resolves it again. */
export function choosePreviewFiles(ctx: ServiceContext, batchId: string, choices: FileChoice[]): ImportPreview {
  const batch = batches(ctx).get(batchId);
  if (!batch) throw new AppError('NOT_FOUND', EXPIRED);
  applyChoices(batch, choices);
  resolveStatuses(ctx, getRoundRow(ctx, batch.roundId), batch);
  return toPreview(batch);
}

function toPreview(batch: Batch): ImportPreview {
  const counts: Record<ImportFileStatus, number> = { new: 0, duplicate: 0, replace: 0, blank: 0, skip: 0, error: 0 };
  const files: ImportPreviewFile[] = batch.files.map((f) => {
    counts[f.status] += 1;
    return {
      key: f.key,
      fileName: f.fileName,
      status: f.status,
      unitId: f.unitId,
      unitCode: f.unitCode,
      unitName: f.unitName,
      roundCode: f.roundCode,
      roundName: f.roundName,
      savedAt: f.savedAt,
      sha256: f.sha256,
      filled: f.values.length,
      included: f.status === 'new' || f.status === 'replace',
      choosable: f.status !== 'error' && (f.status !== 'duplicate' || f.reusable),
      unitChoice:
        f.templateUnit && f.namedUnit
          ? {
              template: { code: f.templateUnit.code, name: f.templateUnit.name },
              named: { code: f.namedUnit.code, name: f.namedUnit.name },
              forNamed: f.forNamed,
            }
          : null,
      messages: [...f.errors, ...(f.statusNote ? [f.statusNote] : []), ...f.warnings],
      problems: f.problems,
    };
  });
  return { batchId: batch.id, roundId: batch.roundId, folder: batch.folder, files, counts };
}

export function discardBatch(ctx: ServiceContext, batchId: string): { discarded: boolean } {
  return { discarded: batches(ctx).delete(batchId) };
}

/** Saves the accepted files of a preview: archive copies first, then one transaction. */
export async function commitBatch(
  ctx: ServiceContext,
  batchId: string,
  receivedOnInput: string | null,
  choices?: FileChoice[],
  fileDates?: { key: number; receivedOn: string }[],
  progress: Progress = silentProgress,
): Promise<ImportResult> {
  const batch = batches(ctx).get(batchId);
  if (!batch) throw new AppError('NOT_FOUND', EXPIRED);
  if (choices) applyChoices(batch, choices);
  const round = getRoundRow(ctx, batch.roundId);
  const today = todayIso(ctx.now());
  const receivedOn = receivedOnInput ?? today;
  assertReceivedBy(receivedOn, today);
  const dateOf = new Map((fileDates ?? []).map((d) => [d.key, d.receivedOn]));
  for (const [key, d] of dateOf) {
    if (d > today) {
      const name = batch.files.find((f) => f.key === key)?.fileName ?? '';
      const msg = `Ngày nhận tệp "${name}" không được sau ngày hôm nay.`;
      throw new AppError('INVALID_INPUT', msg, { [`fileDates.${key}`]: msg });
    }
  }
  // The database may have changed since the preview (another import, a manual entry).
  resolveStatuses(ctx, round, batch);
  const toSave = batch.files.filter((f) => f.status === 'new' || f.status === 'replace');
  const result: ImportResult = { created: 0, replaced: 0, duplicates: 0, skipped: 0, errors: 0 };
  for (const f of batch.files) {
    if (f.status === 'duplicate') result.duplicates += 1;
    else if (f.status === 'skip' || f.status === 'blank') result.skipped += 1;
    else if (f.status === 'error') result.errors += 1;
  }
  if (toSave.length) {
    const dir = archiveDir(ctx);
    await fs.promises.mkdir(dir, { recursive: true });
    const writtenNow: string[] = [];
    await progress.phase('Đang lưu bản sao các tệp', toSave.length);
    try {
      for (const f of toSave) {
        // A cancel here removes the copies made so far (below): nothing is kept.
        await progress.step(writtenNow.length);
        const target = archivePath(ctx, f.sha256!);
        if (fs.existsSync(target)) continue;
        const tmp = `${target}.${process.pid}.tmp`;
        await fs.promises.writeFile(tmp, f.data!);
        await fs.promises.rename(tmp, target);
        writtenNow.push(target);
      }
    } catch (e) {
      for (const p of writtenNow) fs.rmSync(p, { force: true });
      throw e;
    }
    const at = nowIso(ctx);
    try {
      await progress.phase('Đang ghi số liệu báo cáo', 0, { commit: true });
      ctx.db.transaction(() => {
        for (const f of toSave) {
          const replaced = insertSubmission(ctx, {
            roundId: round.id,
            unitId: f.unitId!,
            source: 'file',
            fileName: f.fileName,
            sha256: f.sha256,
            savedAt: f.savedAt,
            receivedOn: dateOf.get(f.key) ?? receivedOn,
            createdAt: at,
            batchId: batch.id,
            free: f.free,
            note: null,
            values: f.values,
          });
          if (replaced) result.replaced += 1;
          else result.created += 1;
        }
      })();
    } catch (e) {
      // Nothing saved: the copies made for it go too (a crash here is swept at the next start).
      for (const p of writtenNow) fs.rmSync(p, { force: true });
      throw e;
    }
  }
  batches(ctx).delete(batchId);
  return result;
}
