// The heavy part of a backup: SQLite's snapshot of the database when asked (job.source: in the
// worker thread, through a connection of its own), then the snapshot and the report archive packed
// into one file (compressed, encrypted when a password is given), written durably, read back as a
// restore would and checked (hashes, SQLite's integrity check, the counts). It knows nothing of the
// service context, so that it runs as well in a worker thread (pack-host.ts) as in-process.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { BACKUP_EXTENSION, type BackupKind, type BackupManifest } from '../../../shared/backup/schema';
import { ARCHIVE_PREFIX, DATABASE_PART, packBackup, sha256, unpackBackup } from './container';
import { checkDatabaseFile, readCounts, snapshotDatabaseFile } from './repo';

export interface PackJob {
  /** The database snapshot (a work file; the caller removes it). */
  snapshot: string;
  /** The live database file, copied to `snapshot` first; null when the caller took the snapshot. */
  source: string | null;
  /** <data>/archive: the report files stored beside the database. */
  archiveRoot: string;
  /** Where work files go (inside the data folder: they hold personal data). */
  workDir: string;
  /** Folder of the backup file, and its name without extension (a number is added when taken). */
  folder: string;
  baseName: string;
  password: string | null;
  compress: boolean;
  appVersion: string;
  office: string | null;
  createdAt: string;
  kind: BackupKind;
}

export interface PackResult {
  file: string;
  manifest: BackupManifest;
  size: number;
}

/** A step of the work: phase label and overall percentage (the snapshot took 0–40). */
export type PackStep = (phase: string, percent: number) => Promise<void> | void;

/** A work file in `dir`, removed by whoever asked for it. */
export function workFileIn(dir: string, suffix: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `.dang-xu-ly-${crypto.randomUUID()}${suffix}`);
}

/** Removes a work database with the -wal and -shm files SQLite may leave beside it. */
export function removeWorkDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Files of the report archive, as parts named archive/<sub-folder>/<file>. */
function archiveParts(root: string): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  if (!fs.existsSync(root)) return parts;
  for (const sub of fs.readdirSync(root, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(root, sub.name), { withFileTypes: true })) {
      if (f.isFile() && /^[\w.-]+$/.test(f.name) && /^[\w.-]+$/.test(sub.name)) {
        parts.set(`${ARCHIVE_PREFIX}${sub.name}/${f.name}`, fs.readFileSync(path.join(root, sub.name, f.name)));
      }
    }
  }
  return parts;
}

/**
 * Packs, writes and checks one backup file. The file appears under its name only when complete
 * (written as .partial, flushed, renamed); a file that reads back wrong is removed.
 */
export async function packAndVerify(job: PackJob, step: PackStep): Promise<PackResult> {
  let partial: string | null = null;
  try {
    if (job.source) {
      await step('Đang chụp lại dữ liệu', 5);
      await snapshotDatabaseFile(job.source, job.snapshot);
    }
    await step('Đang nén và mã hóa', 45);
    // The file's integrity is checked once, on the copy read back from the backup file.
    const checked = readCounts(job.snapshot);
    const parts = new Map<string, Uint8Array>([[DATABASE_PART, fs.readFileSync(job.snapshot)]]);
    for (const [name, data] of archiveParts(job.archiveRoot)) parts.set(name, data);
    const manifest: BackupManifest = {
      format: 'congdoan-backup',
      formatVersion: 1,
      appVersion: job.appVersion,
      schemaVersion: checked.schemaVersion,
      office: job.office,
      createdAt: job.createdAt,
      kind: job.kind,
      counts: checked.counts,
      parts: [...parts].map(([name, data]) => ({ name, size: data.length, sha256: sha256(data) })),
    };
    const packed = await packBackup(manifest, parts, job.password, { compress: job.compress });
    parts.clear();

    let file = path.join(job.folder, `${job.baseName}${BACKUP_EXTENSION}`);
    for (let i = 2; fs.existsSync(file); i++) file = path.join(job.folder, `${job.baseName}_${i}${BACKUP_EXTENSION}`);
    partial = `${file}.partial`;
    await step('Đang ghi tệp sao lưu', 65);
    writeDurably(partial, packed);
    fs.renameSync(partial, file);
    partial = null;

    await step('Đang đọc lại tệp để kiểm tra', 75);
    await verifyWritten(job.workDir, file, job.password, manifest);
    return { file, manifest, size: packed.length };
  } finally {
    if (partial) fs.rmSync(partial, { force: true });
  }
}

function writeDurably(file: string, data: Buffer): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the written file back as a restore would, and compares what it holds with what was meant. */
async function verifyWritten(workDir: string, file: string, password: string | null, meant: BackupManifest): Promise<void> {
  const { manifest, parts } = await unpackBackup(fs.readFileSync(file), password);
  const db = workFileIn(workDir, '.sqlite');
  try {
    fs.writeFileSync(db, parts.get(DATABASE_PART)!);
    const checked = checkDatabaseFile(db);
    if (JSON.stringify(checked.counts) !== JSON.stringify(meant.counts) || manifest.parts.length !== meant.parts.length) {
      throw new Error('backup read back differs');
    }
  } catch (e) {
    fs.rmSync(file, { force: true });
    throw e instanceof AppError
      ? e
      : new AppError('INTERNAL', 'Đã ghi tệp sao lưu nhưng đọc lại thấy không khớp, nên đã xóa tệp đó. Hãy thử lại hoặc chọn USB khác.');
  } finally {
    removeWorkDatabase(db);
  }
}
