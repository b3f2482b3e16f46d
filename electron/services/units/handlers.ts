import { AppError } from '../../../shared/api/result';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import { foldVi } from '../../../shared/text/vi';
import type { ChangeLogEntry, Unit } from '../../../shared/units/schema';
import type { DomainHandlers } from '../handler-types';
import { listChanges, logChange } from '../history/change-log';
import { insertSector, listSectors } from '../sectors/handlers';
import { getUnit, insertUnit, listUnits, unitCounts, updateUnitRow } from './repo';
import { exportUnits } from './xlsx-export';
import { dropUnitBatch, parseUnitBook, unitBatch } from './list-import';

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

export const unitsHandlers: DomainHandlers<'units'> = {
  'units.list': (input, ctx) => ({ items: listUnits(ctx, input), ...unitCounts(ctx) }),
  'units.get': ({ id }, ctx) => getUnit(ctx, id),
  'units.create': (input, ctx) =>
    ctx.db.transaction(() => {
      const id = insertUnit(ctx, input);
      const unit = getUnit(ctx, id);
      logChange(ctx, 'unit', id, 'create', null, unit);
      return unit;
    })(),
  'units.update': ({ id, ...fields }, ctx) =>
    ctx.db.transaction(() => {
      const before = getUnit(ctx, id);
      updateUnitRow(ctx, id, fields);
      const after = getUnit(ctx, id);
      logChange(ctx, 'unit', id, 'update', before, after);
      return after;
    })(),
  'units.dissolve': ({ id, dissolvedOn }, ctx) =>
    ctx.db.transaction(() => {
      const before = getUnit(ctx, id);
      if (before.dissolvedOn) throw new AppError('CONFLICT', `Đơn vị này đã giải thể từ ngày ${isoToVn(before.dissolvedOn)}.`);
      if (dissolvedOn > todayIso(ctx.now())) {
        throw new AppError('INVALID_INPUT', 'Ngày giải thể không được sau ngày hôm nay.', {
          dissolvedOn: 'Ngày giải thể không được sau ngày hôm nay.',
        });
      }
      if (before.foundedOn && dissolvedOn < before.foundedOn) {
        const msg = `Ngày giải thể phải sau ngày thành lập (${isoToVn(before.foundedOn)}).`;
        throw new AppError('INVALID_INPUT', msg, { dissolvedOn: msg });
      }
      ctx.db.prepare('UPDATE units SET dissolved_on = ?, updated_at = ? WHERE id = ?').run(dissolvedOn, ctx.now().toISOString(), id);
      const after = getUnit(ctx, id);
      logChange(ctx, 'unit', id, 'dissolve', before, after);
      return after;
    })(),
  'units.restore': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const before = getUnit(ctx, id);
      if (!before.dissolvedOn) throw new AppError('CONFLICT', 'Đơn vị này đang hoạt động, không cần khôi phục.');
      ctx.db.prepare('UPDATE units SET dissolved_on = NULL, updated_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
      const after = getUnit(ctx, id);
      logChange(ctx, 'unit', id, 'restore', before, after);
      return after;
    })(),
  'units.delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const unit = getUnit(ctx, id);
      try {
        ctx.db.prepare('DELETE FROM units WHERE id = ?').run(id);
      } catch (e) {
        if (String((e as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) {
          throw new AppError(
            'CONFLICT',
            `Không xóa được "${unit.name}" vì đơn vị đã có dữ liệu (đoàn viên, báo cáo…). Hãy dùng "Giải thể" để giữ lịch sử.`,
          );
        }
        throw e;
      }
      logChange(ctx, 'unit', id, 'delete', unit, null);
      return { deleted: true as const };
    })(),
  'units.history': ({ id }, ctx): ChangeLogEntry[] =>
    listChanges(ctx, 'unit', id).map((c) => ({
      id: c.id,
      at: c.at,
      action: ACTION_LABELS[c.action] ?? c.action,
      summary: describeChange(c.before ? JSON.parse(c.before) : null, c.after ? JSON.parse(c.after) : null),
    })),
  'units.importPreview': async (input, ctx) => parseUnitBook(ctx, await unitBatch(ctx, input)).preview,
  'units.importCommit': async ({ updateExisting, ...input }, ctx) => {
    const batch = await unitBatch(ctx, input);
    const parsed = parseUnitBook(ctx, batch);
    const result = ctx.db.transaction(() => {
      const sectorIds = new Map(listSectors(ctx).map((s) => [foldVi(s.name), s.id]));
      const sectorId = (name: string | null): number | null => {
        if (!name) return null;
        const key = foldVi(name);
        if (!sectorIds.has(key)) sectorIds.set(key, insertSector(ctx, name));
        return sectorIds.get(key)!;
      };
      let created = 0;
      let updated = 0;
      let skipped = 0;
      for (const row of parsed.rows) {
        const status = row.preview.status;
        if (!row.fields || status === 'error' || status === 'unchanged' || (status === 'update' && !updateExisting)) {
          skipped += 1;
          continue;
        }
        const { sectorName, ...rest } = row.fields;
        if (status === 'new') {
          const id = insertUnit(ctx, { ...rest, sectorId: sectorId(sectorName) });
          logChange(ctx, 'unit', id, 'import_create', null, getUnit(ctx, id));
          created += 1;
        } else {
          const before = getUnit(ctx, row.existingId!);
          updateUnitRow(ctx, row.existingId!, { ...rest, sectorId: sectorName ? sectorId(sectorName) : before.sectorId });
          logChange(ctx, 'unit', row.existingId!, 'import_update', before, getUnit(ctx, row.existingId!));
          updated += 1;
        }
      }
      return { created, updated, skipped };
    })();
    dropUnitBatch(ctx, batch.id);
    return result;
  },
  'units.exportXlsx': async (input, ctx) => exportUnits(ctx, listUnits(ctx, input)),
};
