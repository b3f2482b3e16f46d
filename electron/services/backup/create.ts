import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { BACKUP_EXTENSION, type BackupCreateResult, type BackupKind, type BackupManifest } from '../../../shared/backup/schema';
import { fileNamePart } from '../../../shared/reports/file-name';
import { todayIso } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';
import { readOfficeSettings } from '../settings/office';
import { ARCHIVE_PREFIX, DATABASE_PART, packBackup, sha256, unpackBackup } from './container';
import { fileFault } from '../faults';
import { checkDatabaseFile, readCounts } from './repo';
import { endProgress, step } from './progress';
import { silentProgress, type Progress } from '../progress';

/** Where the data folder keeps its own backups (automatic ones, and the copy taken before a restore). */
export const backupsDir = (ctx: ServiceContext) => path.join(ctx.dataDir, 'backups');

/** A work file inside the data folder (never the system temp folder: it holds personal data). */
export function workFile(ctx: ServiceContext, suffix: string): string {
  fs.mkdirSync(backupsDir(ctx), { recursive: true });
  return path.join(backupsDir(ctx), `.dang-xu-ly-${crypto.randomUUID()}${suffix}`);
}

/** "2026-12-02_1045", local time of the service clock. */
export function stampOf(d: Date): string {
  return `${todayIso(d)}_${String(d.getHours()).padStart(2, '0')}${String(d.getMinutes()).padStart(2, '0')}`;
}

function fileNameFor(ctx: ServiceContext, kind: BackupKind, now: Date): string {
  const office = fileNamePart(readOfficeSettings(ctx)?.issuingBody ?? '', 50) || 'Don_vi';
  const suffix = kind === 'manual' ? '' : `_${kind === 'daily' ? 'tu-dong' : kind === 'close' ? 'khi-dong' : 'truoc-khoi-phuc'}`;
  return `CongDoan_${office}_${stampOf(now)}${suffix}`;
}

/** Files of the report archive, as parts named archive/<sub-folder>/<file>. */
function archiveParts(ctx: ServiceContext): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const root = path.join(ctx.dataDir, 'archive');
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

export interface CreateOptions {
  folder: string;
  password: string | null;
  kind: BackupKind;
}

/**
 * Writes one backup file into `folder`: a consistent snapshot of the database (SQLite's online
 * backup, never a copy of the file), the report archive and the manifest. The file appears under
 * its name only when complete (written as .partial, flushed, renamed), then it is read back and
 * checked: hashes, the database's integrity, the counts.
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
  let partial: string | null = null;
  try {
    await step(ctx, 'Đang chụp lại dữ liệu', 0, call);
    // 4,000 pages (16 MB) a step: the default of 100 pages a step is several times slower.
    await ctx.db.backup(snapshot, {
      progress: ({ totalPages, remainingPages }) => {
        void step(ctx, 'Đang chụp lại dữ liệu', totalPages ? (40 * (totalPages - remainingPages)) / totalPages : 40, call);
        return 4000;
      },
    });
    await step(ctx, 'Đang nén và mã hóa', 45, call);
    // The file's integrity is checked once, on the copy read back from the backup file.
    const checked = readCounts(snapshot);
    const parts = new Map<string, Uint8Array>([[DATABASE_PART, fs.readFileSync(snapshot)]]);
    for (const [name, data] of archiveParts(ctx)) parts.set(name, data);
    const manifest: BackupManifest = {
      format: 'congdoan-backup',
      formatVersion: 1,
      appVersion: ctx.appVersion,
      schemaVersion: checked.schemaVersion,
      office: readOfficeSettings(ctx)?.issuingBody ?? null,
      createdAt: now.toISOString(),
      kind: opts.kind,
      counts: checked.counts,
      parts: [...parts].map(([name, data]) => ({ name, size: data.length, sha256: sha256(data) })),
    };
    // The copy taken just before a restore is stored uncompressed: a restore should not wait for it.
    const packed = await packBackup(manifest, parts, opts.password, { compress: opts.kind !== 'before-restore' });

    const base = fileNameFor(ctx, opts.kind, now);
    let file = path.join(folder, `${base}${BACKUP_EXTENSION}`);
    for (let i = 2; fs.existsSync(file); i++) file = path.join(folder, `${base}_${i}${BACKUP_EXTENSION}`);
    partial = `${file}.partial`;
    await step(ctx, 'Đang ghi tệp sao lưu', 65, call);
    writeDurably(partial, packed);
    fs.renameSync(partial, file);
    partial = null;

    await step(ctx, 'Đang đọc lại tệp để kiểm tra', 75, call);
    await verifyWritten(ctx, file, opts.password, manifest);
    return { file, manifest, verified: true, encrypted: opts.password !== null, size: packed.length };
  } catch (e) {
    throw fileFault(e, folder) ?? e;
  } finally {
    endProgress(ctx);
    fs.rmSync(snapshot, { force: true });
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
async function verifyWritten(ctx: ServiceContext, file: string, password: string | null, meant: BackupManifest): Promise<void> {
  const { manifest, parts } = await unpackBackup(fs.readFileSync(file), password);
  const db = workFile(ctx, '.sqlite');
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
    fs.rmSync(db, { force: true });
  }
}
