import fs from 'node:fs';
import { excelJs } from '../files/lazy-libraries';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { RecoveryCandidate, RecoveryStatus } from '../../../shared/backup/schema';
import { DB_FILE_NAME } from '../../db/connection';
import type { ServiceContext } from '../context';
import { listAutomatic } from './automatic';
import { openBackup, restoreBackup, type RestoreResult } from './restore';
import { stampOf } from './create';
import type { Progress } from '../progress';
import { openForSalvage, salvageTable } from './salvage-repo';

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
export async function recoverFrom(ctx: ServiceContext, file: string, password: string | null, progress?: Progress): Promise<RestoreResult> {
  if (!ctx.recovery) {
    throw new AppError('CONFLICT', 'Dữ liệu không bị hỏng. Muốn lấy lại dữ liệu cũ, hãy dùng Cài đặt → Sao lưu & khôi phục.');
  }
  if (!fs.existsSync(file)) throw new AppError('INVALID_INPUT', `Không tìm thấy tệp "${file}".`, { file: 'Không tìm thấy tệp này.' });
  return restoreBackup(ctx, file, password, { damaged: true }, progress);
}

/** The tables worth saving from a damaged register, and their sheet names. */
const SALVAGE: [table: string, sheet: string][] = [
  ['units', 'Cong doan co so'],
  ['members', 'Doan vien'],
  ['member_events', 'Qua trinh sinh hoat'],
  ['documents', 'Van ban'],
];

export interface SalvageResult {
  file: string;
  rows: Record<string, number>;
  /** Rows that could not be read (in damaged parts of the file). */
  unreadable: number;
}

/** Opens the damaged database read-only and saves what can still be read into an Excel file in `folder`. */
export async function exportReadable(ctx: ServiceContext, folder: string): Promise<SalvageResult> {
  if (!ctx.recovery) throw new AppError('CONFLICT', 'Dữ liệu không bị hỏng; hãy dùng các chức năng xuất Excel trong từng trang.');
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new AppError('INVALID_INPUT', `Không tìm thấy thư mục "${folder}".`, { folder: 'Không tìm thấy thư mục này.' });
  }
  const NOTHING = 'Không đọc được gì từ tệp dữ liệu hỏng (tệp hỏng ngay từ phần đầu). Hãy khôi phục từ bản sao lưu.';
  const db = openForSalvage(path.join(ctx.dataDir, DB_FILE_NAME));
  if (!db) throw new AppError('BAD_FILE', NOTHING);
  const wb = new (excelJs().Workbook)();
  const result: SalvageResult = { file: '', rows: {}, unreadable: 0 };
  try {
    for (const [table, sheet] of SALVAGE) {
      let got: ReturnType<typeof salvageTable>;
      try {
        got = salvageTable(db, table);
      } catch {
        continue; // the table itself cannot be found
      }
      const ws = wb.addWorksheet(sheet);
      ws.addRow(got.columns);
      for (const r of got.rows) ws.addRow(r.map((v) => (Buffer.isBuffer(v) ? null : v)));
      result.rows[table] = got.rows.length;
      result.unreadable += got.unreadable;
    }
  } finally {
    db.close();
  }
  if (!Object.values(result.rows).some((n) => n > 0)) throw new AppError('BAD_FILE', NOTHING);
  result.file = path.join(folder, `Du_lieu_doc_duoc_tu_tep_hong_${stampOf(ctx.now())}.xlsx`);
  await wb.xlsx.writeFile(result.file);
  return result;
}
