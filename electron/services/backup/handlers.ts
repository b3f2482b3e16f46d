import fs from 'node:fs';
import path from 'node:path';
import type { BackupFileInfo } from '../../../shared/backup/schema';
import type { DomainHandlers } from '../handler-types';
import { listAutomatic, rotate } from './automatic';
import { backupsDir, createBackup } from './create';
import { countsOf, readBackupSettings, writeBackupSettings } from './repo';
import { openBackup, restoreBackup } from './restore';
import { exportReadable, recoverFrom, recoveryStatus } from './recovery';
import { readProgress } from './progress';

import type { ServiceContext } from '../context';

const inside = (dir: string, file: string) => !path.relative(dir, file).startsWith('..') && !path.isAbsolute(path.relative(dir, file));

function lastExternal(ctx: ServiceContext): BackupFileInfo[] {
  const s = readBackupSettings(ctx);
  if (!s.lastExternalFile || !s.lastExternalAt || !fs.existsSync(s.lastExternalFile)) return [];
  const file = s.lastExternalFile;
  return [{ file, name: path.basename(file), kind: 'external', createdAt: s.lastExternalAt, size: fs.statSync(file).size }];
}

export const backupHandlers: DomainHandlers<'backup'> = {
  'backup.create': async ({ folder, password }, ctx, progress) => {
    const r = await createBackup(ctx, { folder, password, kind: 'manual' }, progress);
    if (!inside(ctx.dataDir, r.file)) writeBackupSettings(ctx, { lastExternalAt: r.manifest.createdAt, lastExternalFile: r.file });
    return r;
  },
  'backup.inspect': async ({ file, password }, ctx) => {
    const { manifest, encrypted } = await openBackup(ctx, file, password);
    return { manifest, encrypted, current: countsOf(ctx.db) };
  },
  'backup.restore': ({ file, password }, ctx, progress) => restoreBackup(ctx, file, password, {}, progress),
  'backup.list': (_i, ctx) => {
    const automatic = listAutomatic(ctx);
    return {
      automatic,
      automaticBytes: automatic.reduce((s, f) => s + f.size, 0),
      external: lastExternal(ctx),
      current: countsOf(ctx.db),
      folder: backupsDir(ctx),
    };
  },
  'backup.settings': (_i, ctx) => readBackupSettings(ctx),
  'backup.progress': (_i, ctx) => readProgress(ctx),
  'backup.updateSettings': (input, ctx) => {
    const s = writeBackupSettings(ctx, input);
    if (fs.existsSync(backupsDir(ctx))) rotate(ctx);
    return s;
  },
};

export const recoveryHandlers: DomainHandlers<'recovery'> = {
  'recovery.status': (_i, ctx) => recoveryStatus(ctx),
  'recovery.exportReadable': ({ folder }, ctx) => exportReadable(ctx, folder),
  'recovery.restore': ({ file, password }, ctx, progress) => recoverFrom(ctx, file, password, progress),
};
