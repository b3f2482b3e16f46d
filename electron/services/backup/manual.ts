// What the clerk does on the backup page: back up now (to the data folder or a USB stick), look
// inside a backup file, see the backups there are, change the settings.
import fs from 'node:fs';
import path from 'node:path';
import type { MethodResult, ParsedInput } from '../../../shared/api/contract';
import type { BackupCreateResult, BackupFileInfo, BackupListResult, BackupSettings } from '../../../shared/backup/schema';
import type { ServiceContext } from '../context';
import type { Progress } from '../progress';
import { listAutomatic, rotate } from './automatic';
import { backupsDir, createBackup } from './create';
import { countsOf, readBackupSettings, writeBackupSettings } from './repo';
import { openBackup } from './restore';

const inside = (dir: string, file: string) => !path.relative(dir, file).startsWith('..') && !path.isAbsolute(path.relative(dir, file));

/** A backup made now; one written outside the data folder is remembered as the last external one. */
export async function createManualBackup(
  ctx: ServiceContext,
  { folder, password }: ParsedInput<'backup.create'>,
  progress: Progress,
): Promise<BackupCreateResult> {
  const r = await createBackup(ctx, { folder, password, kind: 'manual' }, progress);
  if (!inside(ctx.dataDir, r.file)) writeBackupSettings(ctx, { lastExternalAt: r.manifest.createdAt, lastExternalFile: r.file });
  return r;
}

/** What a backup file holds, beside what the register holds now. */
export async function inspectBackup(ctx: ServiceContext, file: string, password: string | null): Promise<MethodResult<'backup.inspect'>> {
  const { manifest, encrypted } = await openBackup(ctx, file, password);
  return { manifest, encrypted, current: countsOf(ctx.db) };
}

function lastExternal(ctx: ServiceContext): BackupFileInfo[] {
  const s = readBackupSettings(ctx);
  if (!s.lastExternalFile || !s.lastExternalAt || !fs.existsSync(s.lastExternalFile)) return [];
  const file = s.lastExternalFile;
  return [{ file, name: path.basename(file), kind: 'external', createdAt: s.lastExternalAt, size: fs.statSync(file).size }];
}

export function listBackups(ctx: ServiceContext): BackupListResult {
  const automatic = listAutomatic(ctx);
  return {
    automatic,
    automaticBytes: automatic.reduce((s, f) => s + f.size, 0),
    external: lastExternal(ctx),
    current: countsOf(ctx.db),
    folder: backupsDir(ctx),
  };
}

/** Saves the settings; the automatic backups are thinned out at once to what the new settings keep. */
export function changeBackupSettings(ctx: ServiceContext, input: ParsedInput<'backup.updateSettings'>): BackupSettings {
  const s = writeBackupSettings(ctx, input);
  if (fs.existsSync(backupsDir(ctx))) rotate(ctx);
  return s;
}
