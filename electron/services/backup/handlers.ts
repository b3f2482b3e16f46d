// backup.* and recovery.*: method → function. The backup page's actions are in manual.ts.
import type { DomainHandlers } from '../handler-types';
import { changeBackupSettings, createManualBackup, inspectBackup, listBackups } from './manual';
import { readProgress } from './progress';
import { exportReadable, recoverFrom, recoveryStatus } from './recovery';
import { readBackupSettings } from './repo';
import { restoreBackup } from './restore';

export const backupHandlers: DomainHandlers<'backup'> = {
  'backup.create': (input, ctx, progress) => createManualBackup(ctx, input, progress),
  'backup.inspect': ({ file, password }, ctx) => inspectBackup(ctx, file, password),
  'backup.restore': ({ file, password }, ctx, progress) => restoreBackup(ctx, file, password, {}, progress),
  'backup.list': (_i, ctx) => listBackups(ctx),
  'backup.settings': (_i, ctx) => readBackupSettings(ctx),
  'backup.progress': (_i, ctx) => readProgress(ctx),
  'backup.updateSettings': (input, ctx) => changeBackupSettings(ctx, input),
};

export const recoveryHandlers: DomainHandlers<'recovery'> = {
  'recovery.status': (_i, ctx) => recoveryStatus(ctx),
  'recovery.exportReadable': ({ folder }, ctx) => exportReadable(ctx, folder),
  'recovery.restore': ({ file, password }, ctx, progress) => recoverFrom(ctx, file, password, progress),
};
