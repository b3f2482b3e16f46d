import { z } from '../api/zod-vi';
import { typedPath } from '../api/fields';
import { folderSchema } from '../reports/schema';

// Backups: one file holding a consistent snapshot of the database, the archive of imported report
// files and a manifest; optionally encrypted with a password (AES-256-GCM, key from scrypt).

export const BACKUP_EXTENSION = '.cdbk';

export interface BackupCounts {
  units: number;
  members: number;
  documents: number;
  rounds: number;
}

export type BackupKind = 'manual' | 'daily' | 'close' | 'before-restore';

export interface BackupPart {
  name: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 'congdoan-backup';
  formatVersion: 1;
  appVersion: string;
  schemaVersion: number;
  /** The issuing body of the office (the name on its documents), null before it is set. */
  office: string | null;
  createdAt: string;
  kind: BackupKind;
  counts: BackupCounts;
  /** Every part of the file with its size and SHA-256 (the database and each archived report). */
  parts: BackupPart[];
}

export interface BackupCreateResult {
  /** The full path of the file written. */
  file: string;
  manifest: BackupManifest;
  /** The file was read back, its parts' hashes and the database's integrity checked, the counts compared. */
  verified: true;
  encrypted: boolean;
  size: number;
}

export interface BackupFileInfo {
  file: string;
  name: string;
  kind: BackupKind | 'external';
  createdAt: string;
  size: number;
}

export interface BackupListResult {
  automatic: BackupFileInfo[];
  /** Their total size in bytes. */
  automaticBytes: number;
  /** Backups written to a folder the clerk chose (a USB stick), newest first, as remembered. */
  external: BackupFileInfo[];
  /** What is in the app now, to compare with a backup before restoring. */
  current: BackupCounts;
  folder: string;
}

export interface BackupSettings {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
  /** The dashboard reminds the clerk when no backup to an outside drive was made for this many days. */
  remindAfterDays: number;
  lastExternalAt: string | null;
  lastExternalFile: string | null;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = {
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
  remindAfterDays: 7,
  lastExternalAt: null,
  lastExternalFile: null,
};

const password = z
  .string({ error: 'Mật khẩu phải là chữ.' })
  .max(200, { error: 'Mật khẩu dài quá 200 ký tự.' })
  .optional()
  .transform((s) => (s ? s : null));

export const backupFileSchema = typedPath('Hãy chọn tệp sao lưu.', 'Đường dẫn tệp quá dài.');

export const backupCreateSchema = z.strictObject({
  folder: folderSchema,
  password: password.refine((p) => p === null || p.length >= 6, { error: 'Mật khẩu cần ít nhất 6 ký tự.' }),
});

export const backupOpenSchema = z.strictObject({ file: backupFileSchema, password });

const keep = (label: string, max: number) =>
  z
    .number({ error: `Hãy nhập số ${label}.` })
    .int({ error: `Số ${label} phải là số nguyên.` })
    .min(0, { error: `Số ${label} không được âm.` })
    .max(max, { error: `Số ${label} tối đa là ${max}.` });

export const backupSettingsSchema = z.strictObject({
  keepDaily: keep('bản sao lưu hằng ngày', 60),
  keepWeekly: keep('bản sao lưu hằng tuần', 52),
  keepMonthly: keep('bản sao lưu hằng tháng', 120),
  remindAfterDays: keep('ngày nhắc sao lưu', 365).min(1, { error: 'Số ngày nhắc sao lưu ít nhất là 1.' }),
});
export type BackupSettingsInput = z.input<typeof backupSettingsSchema>;

export interface RecoveryCandidate {
  file: string;
  name: string;
  createdAt: string;
  counts: BackupCounts;
  office: string | null;
}

export interface RecoveryStatus {
  damaged: boolean;
  reason: string | null;
  /** The damaged database file (left untouched, kept aside after a recovery). */
  damagedFile: string | null;
  /** Good automatic backups, newest first (each opened and checked whole). */
  candidates: RecoveryCandidate[];
}
