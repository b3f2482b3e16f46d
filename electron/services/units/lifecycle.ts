// A unit's life: created, edited, dissolved, active again, deleted (only while nothing refers to
// it). Each change is one transaction with its change_log entry.
import { AppError } from '../../../shared/api/result';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import type { Unit } from '../../../shared/units/schema';
import type { ServiceContext } from '../context';
import { logChange } from '../history/change-log-repo';
import { deleteUnitRow, getUnit, insertUnit, setDissolvedOn, updateUnitRow, type UnitFields } from './repo';

export function createUnit(ctx: ServiceContext, fields: UnitFields): Unit {
  return ctx.db.transaction(() => {
    const id = insertUnit(ctx, fields);
    const unit = getUnit(ctx, id);
    logChange(ctx, 'unit', id, 'create', null, unit);
    return unit;
  })();
}

export function updateUnit(ctx: ServiceContext, id: number, fields: UnitFields): Unit {
  return ctx.db.transaction(() => {
    const before = getUnit(ctx, id);
    updateUnitRow(ctx, id, fields);
    const after = getUnit(ctx, id);
    logChange(ctx, 'unit', id, 'update', before, after);
    return after;
  })();
}

export function dissolveUnit(ctx: ServiceContext, id: number, dissolvedOn: string): Unit {
  return ctx.db.transaction(() => {
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
    setDissolvedOn(ctx, id, dissolvedOn);
    const after = getUnit(ctx, id);
    logChange(ctx, 'unit', id, 'dissolve', before, after);
    return after;
  })();
}

export function restoreUnit(ctx: ServiceContext, id: number): Unit {
  return ctx.db.transaction(() => {
    const before = getUnit(ctx, id);
    if (!before.dissolvedOn) throw new AppError('CONFLICT', 'Đơn vị này đang hoạt động, không cần khôi phục.');
    setDissolvedOn(ctx, id, null);
    const after = getUnit(ctx, id);
    logChange(ctx, 'unit', id, 'restore', before, after);
    return after;
  })();
}

export function deleteUnit(ctx: ServiceContext, id: number): { deleted: true } {
  return ctx.db.transaction(() => {
    const unit = getUnit(ctx, id);
    if (!deleteUnitRow(ctx, id)) {
      throw new AppError(
        'CONFLICT',
        `Không xóa được "${unit.name}" vì đơn vị đã có dữ liệu (đoàn viên, báo cáo…). Hãy dùng "Giải thể" để giữ lịch sử.`,
      );
    }
    logChange(ctx, 'unit', id, 'delete', unit, null);
    return { deleted: true as const };
  })();
}
