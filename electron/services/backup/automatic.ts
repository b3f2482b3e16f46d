import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_EXTENSION, type BackupFileInfo, type BackupKind, type BackupSettings } from '../../../shared/backup/schema';
import { todayIso } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';
import { backupsDir, createBackup } from './create';
import { countsOf, readBackupSettings } from './repo';

// Automatic backups in <data>/backups: at the first start of each day and when the app closes,
// kept by a grandfather-father-son rule (the newest of each of the last N days, weeks and months).

const AUTO_NAME = /_(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})_(tu-dong|khi-dong|truoc-khoi-phuc)(?:_\d+)?\.cdbk$/;
const KIND_OF: Record<string, BackupKind> = { 'tu-dong': 'daily', 'khi-dong': 'close', 'truoc-khoi-phuc': 'before-restore' };
/** Copies taken before a restore are kept apart from the rotation: the last few, whatever their age. */
const KEEP_BEFORE_RESTORE = 5;

/** The automatic backups in the data folder, newest first (their date is in their name). */
export function listAutomatic(ctx: ServiceContext): BackupFileInfo[] {
  const dir = backupsDir(ctx);
  if (!fs.existsSync(dir)) return [];
  const out: BackupFileInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = AUTO_NAME.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    out.push({ file, name, kind: KIND_OF[m[4]], createdAt: `${m[1]}T${m[2]}:${m[3]}`, size: fs.statSync(file).size });
  }
  return out.sort((a, b) => (a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : a.createdAt < b.createdAt ? 1 : -1));
}

/** Monday of the ISO week of a YYYY-MM-DD date, as the week's key. */
function weekKey(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Which automatic backups the rotation keeps (the rest are removed). Pure: tested on its own. */
export function backupsToKeep(files: BackupFileInfo[], s: Pick<BackupSettings, 'keepDaily' | 'keepWeekly' | 'keepMonthly'>): Set<string> {
  const keep = new Set<string>();
  const rotated = files.filter((f) => f.kind !== 'before-restore');
  for (const [limit, key] of [
    [s.keepDaily, (d: string) => d],
    [s.keepWeekly, weekKey],
    [s.keepMonthly, (d: string) => d.slice(0, 7)],
  ] as const) {
    const seen = new Set<string>();
    for (const f of rotated) {
      const k = key(f.createdAt.slice(0, 10));
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      keep.add(f.file); // the newest of its day / week / month (the list is newest first)
    }
  }
  for (const f of files.filter((x) => x.kind === 'before-restore').slice(0, KEEP_BEFORE_RESTORE)) keep.add(f.file);
  return keep;
}

export function rotate(ctx: ServiceContext): void {
  const files = listAutomatic(ctx);
  const keep = backupsToKeep(files, readBackupSettings(ctx));
  for (const f of files) if (!keep.has(f.file)) fs.rmSync(f.file, { force: true });
  // Work files of a backup that was cut short (the app killed while writing).
  for (const name of fs.readdirSync(backupsDir(ctx))) {
    if (name.startsWith('.dang-xu-ly-') || name.endsWith(`${BACKUP_EXTENSION}.partial`))
      fs.rmSync(path.join(backupsDir(ctx), name), { force: true });
  }
}

const isEmpty = (ctx: ServiceContext) => {
  const c = countsOf(ctx.db);
  return c.units + c.members + c.documents + c.rounds === 0;
};

/** At start: one backup a day (the first start of the day), then the rotation. Nothing to back up in an empty register. */
export async function backupAtStart(ctx: ServiceContext): Promise<string | null> {
  if (isEmpty(ctx)) return null;
  const today = todayIso(ctx.now());
  if (listAutomatic(ctx).some((f) => f.kind === 'daily' && f.createdAt.startsWith(today))) return null;
  const r = await createBackup(ctx, { folder: ensureDir(ctx), password: null, kind: 'daily' });
  rotate(ctx);
  return r.file;
}

/** When the app closes. */
export async function backupAtClose(ctx: ServiceContext): Promise<string | null> {
  if (isEmpty(ctx)) return null;
  const r = await createBackup(ctx, { folder: ensureDir(ctx), password: null, kind: 'close' });
  rotate(ctx);
  return r.file;
}

function ensureDir(ctx: ServiceContext): string {
  fs.mkdirSync(backupsDir(ctx), { recursive: true });
  return backupsDir(ctx);
}
