import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { RecoveryCandidate, RecoveryStatus } from '../../../shared/backup/schema';
import { DB_FILE_NAME } from '../../db/connection';
import type { ServiceContext } from '../context';
import { listAutomatic } from './automatic';
import { openBackup, restoreBackup, type RestoreResult } from './restore';

/** How many automatic backups are opened and checked to find good ones (newest first). */
const CHECK_AT_MOST = 6;

/** Why the app is in recovery mode and the newest automatic backups that open and check whole. */
export async function recoveryStatus(ctx: ServiceContext): Promise<RecoveryStatus> {
  if (!ctx.recovery) return { damaged: false, reason: null, damagedFile: null, candidates: [] };
  const candidates: RecoveryCandidate[] = [];
  for (const f of listAutomatic(ctx).slice(0, CHECK_AT_MOST)) {
    try {
      const { manifest } = await openBackup(ctx, f.file, null);
      candidates.push({ file: f.file, name: f.name, createdAt: manifest.createdAt, counts: manifest.counts, office: manifest.office });
      if (candidates.length === 3) break;
    } catch {
      // A damaged or unreadable backup is not offered.
    }
  }
  return { damaged: true, reason: ctx.recovery.reason, damagedFile: path.join(ctx.dataDir, DB_FILE_NAME), candidates };
}

/** Restores a backup over the damaged database, which is kept aside untouched. */
export async function recoverFrom(ctx: ServiceContext, file: string, password: string | null): Promise<RestoreResult> {
  if (!ctx.recovery) {
    throw new AppError('CONFLICT', 'Dữ liệu không bị hỏng. Muốn lấy lại dữ liệu cũ, hãy dùng Cài đặt → Sao lưu & khôi phục.');
  }
  if (!fs.existsSync(file)) throw new AppError('INVALID_INPUT', `Không tìm thấy tệp "${file}".`, { file: 'Không tìm thấy tệp này.' });
  return restoreBackup(ctx, file, password, { damaged: true });
}
