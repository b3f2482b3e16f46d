import type { BackupCounts, BackupFileInfo } from '../../../../shared/backup/schema';

export const KIND_LABEL: Record<BackupFileInfo['kind'], string> = {
  daily: 'Tự động khi mở phần mềm',
  close: 'Tự động khi đóng phần mềm',
  'before-restore': 'Trước khi khôi phục',
  manual: 'Sao lưu bằng tay',
  external: 'Ra USB/thư mục khác',
};

export const sizeText = (bytes: number): string =>
  bytes === 0
    ? '0 KB'
    : bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
      : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;

export const countsText = (c: BackupCounts): string =>
  `${c.units.toLocaleString('vi-VN')} đơn vị, ${c.members.toLocaleString('vi-VN')} đoàn viên, ${c.documents.toLocaleString('vi-VN')} văn bản, ${c.rounds.toLocaleString('vi-VN')} đợt báo cáo`;

/** "02/12/2026 10:45" from an ISO time (UTC with Z) or a local 'YYYY-MM-DDTHH:mm'. */
export function timeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
