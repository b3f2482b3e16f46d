import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { type BackupCreateResult, type BackupKind } from '../../../shared/backup/schema';
import { fileNamePart } from '../../../shared/reports/file-name';
import { todayIso } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';
import { readOfficeSettings } from '../settings/office';
import { fileFault } from '../faults';
import { endProgress, step } from './progress';
import { silentProgress, type Progress } from '../progress';
import { removeWorkDatabase, workFileIn } from './pack';
import { runPack } from './pack-host';

/** Where the data folder keeps its own backups (automatic ones, and the copy taken before a restore). */
export const backupsDir = (ctx: ServiceContext) => path.join(ctx.dataDir, 'backups');

/** A work file inside the data folder (never the system temp folder: it holds personal data). */
export const workFile = (ctx: ServiceContext, suffix: string): string => workFileIn(backupsDir(ctx), suffix);

/** "2026-12-02_1045", local time of the service clock. */
export function stampOf(d: Date): string {
  return `${todayIso(d)}_${String(d.getHours()).padStart(2, '0')}${String(d.getMinutes()).padStart(2, '0')}`;
}

function fileNameFor(ctx: ServiceContext, kind: BackupKind, now: Date): string {
  const office = fileNamePart(readOfficeSettings(ctx)?.issuingBody ?? '', 50) || 'Don_vi';
  const suffix = kind === 'manual' ? '' : `_${kind === 'daily' ? 'tu-dong' : kind === 'close' ? 'khi-dong' : 'truoc-khoi-phuc'}`;
  return `CongDoan_${office}_${stampOf(now)}${suffix}`;
}

/** Pages of the database copied per step of the snapshot: at most 1,000 (4 MB), at least 64. */
const STEP_PAGES = { max: 1000, min: 64 };
/** What one step of the snapshot (and the turn of the event loop around it) should take. */
const STEP_MS = 10;

/**
 * The number of pages for each next step of SQLite's online backup, which copies on the main
 * thread: 1,000 pages a step when a step is quick (the default of 100 is several times slower
 * overall), fewer when steps take longer than STEP_MS, as on a machine busy loading the first
 * screen at start, so that the app keeps answering meanwhile.
 */
export function snapshotPace(now: () => number = () => performance.now()): () => number {
  let pages = STEP_PAGES.max;
  let last = now();
  return () => {
    const t = now();
    const took = Math.max(t - last, 1);
    last = t;
    pages = Math.round(Math.min(STEP_PAGES.max, Math.max(STEP_PAGES.min, (pages * STEP_MS) / took)));
    return pages;
  };
}

/** The snapshot on the app's own connection (a small register, or no worker): in short steps, so that the app keeps answering. */
async function snapshotInSteps(ctx: ServiceContext, snapshot: string, call: Progress): Promise<void> {
  const pace = snapshotPace();
  await ctx.db.backup(snapshot, {
    progress: ({ totalPages, remainingPages }) => {
      void step(ctx, 'Đang chụp lại dữ liệu', totalPages ? (40 * (totalPages - remainingPages)) / totalPages : 40, call);
      return pace();
    },
  });
}

export interface CreateOptions {
  folder: string;
  password: string | null;
  kind: BackupKind;
}

/**
 * Writes one backup file into `folder`: a consistent snapshot of the database (SQLite's online
 * backup, never a copy of the file), the report archive and the manifest (pack.ts; for a big
 * register all of it in a worker thread, snapshot included: pack-host.ts). The file appears under its name only when complete,
 * then it is read back and checked: hashes, the database's integrity, the counts.
 */
export async function createBackup(ctx: ServiceContext, opts: CreateOptions, call: Progress = silentProgress): Promise<BackupCreateResult> {
  const folder = path.resolve(opts.folder);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new AppError('INVALID_INPUT', `Không tìm thấy thư mục "${opts.folder}". Hãy cắm USB hoặc chọn thư mục khác.`, {
      folder: 'Không tìm thấy thư mục này.',
    });
  }
  const now = ctx.now();
  const snapshot = workFile(ctx, '.sqlite');
  try {
    await step(ctx, 'Đang chụp lại dữ liệu', 0, call);
    const r = await runPack(
      {
        snapshot,
        archiveRoot: path.join(ctx.dataDir, 'archive'),
        workDir: backupsDir(ctx),
        folder,
        baseName: fileNameFor(ctx, opts.kind, now),
        password: opts.password,
        // The copy taken just before a restore is stored uncompressed: a restore should not wait for it.
        compress: opts.kind !== 'before-restore',
        appVersion: ctx.appVersion,
        office: readOfficeSettings(ctx)?.issuingBody ?? null,
        createdAt: now.toISOString(),
        kind: opts.kind,
      },
      ctx.db.memory ? null : ctx.db.name,
      () => snapshotInSteps(ctx, snapshot, call),
      (phase, percent) => step(ctx, phase, percent, call),
    );
    return { file: r.file, manifest: r.manifest, verified: true, encrypted: opts.password !== null, size: r.size };
  } catch (e) {
    throw fileFault(e, folder) ?? e;
  } finally {
    endProgress(ctx);
    removeWorkDatabase(snapshot);
  }
}
