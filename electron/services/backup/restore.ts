import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { BackupManifest } from '../../../shared/backup/schema';
import { DB_FILE_NAME, openDatabase } from '../../db/connection';
import { latestVersion, loadMigrations } from '../../db/migrate';
import type { ServiceContext } from '../context';
import { fileFault } from '../faults';
import { checkpointsSettled } from '../checkpoint/checkpoint-host';
import { ARCHIVE_PREFIX, DATABASE_PART, unpackBackup, type UnpackedBackup } from './container';
import { backupsDir, createBackup, stampOf, workFile } from './create';
import { checkDatabaseFile } from './repo';
import { removeWorkDatabase } from './pack';
import { silentProgress, type Progress } from '../progress';

/** Reads a backup file and checks it whole (hashes, the database's integrity, its version) without changing anything. */
export async function openBackup(
  ctx: ServiceContext,
  file: string,
  password: string | null,
  unlocked?: () => void,
): Promise<UnpackedBackup> {
  let data: Buffer;
  try {
    if (!fs.statSync(file).isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
    data = fs.readFileSync(file);
  } catch (e) {
    throw fileFault(e, file) ?? new AppError('INVALID_INPUT', `Không đọc được tệp "${file}".`, { file: 'Không đọc được tệp này.' });
  }
  const unpacked = await unpackBackup(data, password, unlocked);
  const latest = latestVersion(loadMigrations(ctx.migrationsDir));
  if (unpacked.manifest.schemaVersion > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `Bản sao lưu này do phiên bản phần mềm mới hơn tạo (${unpacked.manifest.appVersion}). Hãy cài phiên bản mới nhất rồi khôi phục; dữ liệu hiện tại chưa bị thay đổi.`,
    );
  }
  return unpacked;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** The copy of the data as it was just before the restore. */
  safetyBackup: string;
  schemaVersion: number;
}

/**
 * Replaces the data with a backup's: checks the backup whole, saves the current data as a backup
 * first, swaps the database file and the report archive, reopens (migrating an older backup).
 * Any failure puts the current data back as it was.
 */
export async function restoreBackup(
  ctx: ServiceContext,
  file: string,
  password: string | null,
  opts: { damaged?: boolean } = {},
  progress: Progress = silentProgress,
): Promise<RestoreResult> {
  // Cancellable until the current data is saved: nothing has changed before that.
  await progress.phase('Đang đọc và kiểm tra bản sao lưu', RESTORE_STEPS);
  const incoming = workFile(ctx, '.sqlite');
  const started: { copy: SafetyCopy | null } = { copy: null };
  try {
    let manifest: BackupManifest;
    let parts: UnpackedBackup['parts'];
    try {
      // The copy starts as soon as the password is known right (a wrong one is told at once). A
      // damaged database cannot be backed up; it is kept aside as it is instead (for a technician).
      ({ manifest, parts } = await openBackup(ctx, file, password, () => {
        if (!opts.damaged) started.copy = startSafetyCopy(ctx, progress);
      }));
      await progress.step(1);
      fs.writeFileSync(incoming, parts.get(DATABASE_PART)!);
      try {
        checkDatabaseFile(incoming);
      } catch {
        throw new AppError(
          'INVALID_INPUT',
          'Cơ sở dữ liệu trong bản sao lưu bị hỏng nên không khôi phục được. Hãy chọn một bản sao lưu khác.',
        );
      }
      await progress.step(2);
      progress.check();
    } catch (e) {
      await started.copy?.discard();
      throw e;
    }
    const safety = started.copy ? await started.copy.finish() : null;
    await progress.phase('Đang thay dữ liệu bằng bản sao lưu', 0, { commit: true });
    // The file is renamed below: no checkpoint may hold it open then (Windows refuses).
    await checkpointsSettled(path.join(ctx.dataDir, DB_FILE_NAME));
    const keptAside = swapIn(ctx, incoming, parts, !!opts.damaged);
    ctx.recovery = null;
    return { manifest, safetyBackup: safety?.file ?? keptAside, schemaVersion: ctx.schemaVersion };
  } finally {
    removeWorkDatabase(incoming); // with the -wal and -shm files the check may leave
  }
}

/** Steps of the checking phase: the backup read and unpacked, its database checked. */
const RESTORE_STEPS = 2;

/**
 * The copy of the current data taken before a restore, started while the backup's own database is
 * still being checked: the copy is made in the backup worker for a big register, and both take a
 * second or more. Its progress is shown once the check has passed (`finish`); a check that fails,
 * or a cancel, removes it again (`discard`), so that nothing is left of a restore that did not run.
 */
type SafetyCopy = ReturnType<typeof startSafetyCopy>;

function startSafetyCopy(ctx: ServiceContext, progress: Progress) {
  const named = beforeRestore(progress);
  let shown = false;
  let last: Parameters<Progress['phase']> | null = null;
  const held: Progress = {
    phase: async (...a) => {
      last = a;
      if (shown) await named.phase(...a);
    },
    step: async (done) => {
      if (shown) await named.step(done);
    },
    // Never cancelled half-way: it is kept or removed as a whole.
    check: () => undefined,
  };
  const made = createBackup(ctx, { folder: backupsDir(ctx), password: null, kind: 'before-restore' }, held);
  // Awaited by finish() or discard(); until then a failure must not count as unhandled.
  made.catch(() => undefined);
  return {
    async finish() {
      shown = true;
      if (last) await named.phase(...last);
      return made;
    },
    async discard() {
      const r = await made.catch(() => null);
      if (r) fs.rmSync(r.file, { force: true });
    },
  };
}

/** The safety copy's phases, named as part of the restore; from its first phase on the restore goes through. */
function beforeRestore(progress: Progress): Progress {
  return {
    phase: (label, total, opts) =>
      progress.phase(`Lưu dữ liệu hiện tại trước khi khôi phục: ${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`, total, {
        ...opts,
        commit: true,
      }),
    step: (done) => progress.step(done),
    check: () => progress.check(),
  };
}

/** Swaps the restored database and archive in; returns where the old database was kept (damaged ones are kept). */
function swapIn(ctx: ServiceContext, incoming: string, parts: Map<string, Uint8Array>, keepOld: boolean): string {
  const dbFile = path.join(ctx.dataDir, DB_FILE_NAME);
  const archive = path.join(ctx.dataDir, 'archive');
  const tag = crypto.randomUUID();
  const oldDb = keepOld ? `${dbFile}.hong-${stampOf(ctx.now())}` : `${dbFile}.truoc-khoi-phuc-${tag}`;
  const oldArchive = `${archive}.truoc-khoi-phuc-${tag}`;
  const newArchive = `${archive}.moi-${tag}`;

  // The new archive is written beside the old one before anything is swapped.
  for (const [name, data] of parts) {
    if (!name.startsWith(ARCHIVE_PREFIX)) continue;
    const target = path.join(newArchive, ...name.slice(ARCHIVE_PREFIX.length).split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
  }
  ctx.db.close(); // checkpoints the WAL into the database file and removes it
  try {
    if (fs.existsSync(dbFile)) fs.renameSync(dbFile, oldDb);
    for (const side of ['-wal', '-shm']) {
      if (keepOld && fs.existsSync(`${dbFile}${side}`)) fs.renameSync(`${dbFile}${side}`, `${oldDb}${side}`);
      fs.rmSync(`${dbFile}${side}`, { force: true });
    }
    fs.copyFileSync(incoming, dbFile);
    if (fs.existsSync(archive)) fs.renameSync(archive, oldArchive);
    if (fs.existsSync(newArchive)) fs.renameSync(newArchive, archive);
    reopen(ctx);
  } catch (e) {
    // Put the current data back as it was.
    if (fs.existsSync(oldDb)) {
      for (const side of ['', '-wal', '-shm']) fs.rmSync(`${dbFile}${side}`, { force: true });
      fs.renameSync(oldDb, dbFile);
    }
    if (fs.existsSync(oldArchive)) {
      fs.rmSync(archive, { recursive: true, force: true });
      fs.renameSync(oldArchive, archive);
    }
    fs.rmSync(newArchive, { recursive: true, force: true });
    if (!keepOld) reopen(ctx);
    throw fileFault(e, ctx.dataDir) ?? e;
  }
  if (!keepOld) fs.rmSync(oldDb, { force: true });
  fs.rmSync(oldArchive, { recursive: true, force: true });
  return oldDb;
}

function reopen(ctx: ServiceContext): void {
  const opened = openDatabase({ dataDir: ctx.dataDir, migrationsDir: ctx.migrationsDir });
  ctx.db = opened.db;
  ctx.schemaVersion = opened.schemaVersion;
}
