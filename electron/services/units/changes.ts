// A unit's change history in words: what changed, field by field, in the clerk's terms.
import { isoToVn } from '../../../shared/text/dates';
import type { ChangeLogEntry, Unit } from '../../../shared/units/schema';
import type { ServiceContext } from '../context';
import { listChanges } from '../history/change-log-repo';

const ACTION_LABELS: Record<string, string> = {
  create: 'Tạo mới',
  update: 'Sửa thông tin',
  dissolve: 'Giải thể',
  restore: 'Khôi phục hoạt động',
  import_create: 'Tạo mới khi nhập từ Excel',
  import_update: 'Cập nhật khi nhập từ Excel',
};

const FIELD_LABELS: Partial<Record<keyof Unit, string>> = {
  code: 'Mã',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  sectorName: 'Khối',
  areaName: 'Xã/phường',
  address: 'Địa chỉ',
  chairName: 'Chủ tịch',
  phone: 'Điện thoại',
  email: 'Email',
  foundedOn: 'Ngày thành lập',
  dissolvedOn: 'Ngày giải thể',
};

function describeChange(before: Unit | null, after: Unit | null): string {
  if (!before || !after) return '';
  const diffs: string[] = [];
  for (const [k, label] of Object.entries(FIELD_LABELS) as [keyof Unit, string][]) {
    if (before[k] !== after[k]) {
      const show = (v: unknown) => (v === null || v === '' ? '(trống)' : /On$/.test(k) ? isoToVn(String(v)) : String(v));
      diffs.push(`${label}: ${show(before[k])} → ${show(after[k])}`);
    }
  }
  return diffs.join('; ');
}

export function unitHistory(ctx: ServiceContext, id: number): ChangeLogEntry[] {
  return listChanges(ctx, 'unit', id).map((c) => ({
    id: c.id,
    at: c.at,
    action: ACTION_LABELS[c.action] ?? c.action,
    summary: describeChange(c.before ? JSON.parse(c.before) : null, c.after ? JSON.parse(c.after) : null),
  }));
}
