// Adding, renaming and removing communes/wards. Each change is one transaction.
import { AppError } from '../../../shared/api/result';
import type { Area } from '../../../shared/areas/schema';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';
import { logChange } from '../history/change-log-repo';
import { getUnit } from '../units/repo';
import { clearUnitArea, deleteAreaRow, getArea, insertArea, renameAreaRow, unitIdsInArea } from './repo';

export function createArea(ctx: ServiceContext, name: string): Area {
  return ctx.db.transaction(() => getArea(ctx, insertArea(ctx, name)))();
}

export function renameArea(ctx: ServiceContext, id: number, name: string): Area {
  return ctx.db.transaction(() => {
    renameAreaRow(ctx, id, name);
    return getArea(ctx, id);
  })();
}

/**
 * Removes a commune/ward. While units still record it, this is refused with a message saying
 * how many, unless the clerk confirmed clearing it on them (unlinkUnits): then each unit's
 * history shows the change.
 */
export function removeArea(ctx: ServiceContext, id: number, unlinkUnits: boolean): { deleted: true; unlinked: number } {
  return ctx.db.transaction(() => {
    const area = getArea(ctx, id);
    const unitIds = unitIdsInArea(ctx, id);
    if (unitIds.length > 0 && !unlinkUnits) {
      throw new AppError(
        'CONFLICT',
        `Không xóa được "${area.name}" vì còn ${unitIds.length} công đoàn cơ sở ghi địa bàn này. ` +
          'Hãy chuyển các đơn vị đó sang xã/phường khác, hoặc chọn "Bỏ địa bàn và xóa".',
      );
    }
    const at = nowIso(ctx);
    for (const unitId of unitIds) {
      const before = getUnit(ctx, unitId);
      clearUnitArea(ctx, unitId, at);
      logChange(ctx, 'unit', unitId, 'update', before, getUnit(ctx, unitId));
    }
    deleteAreaRow(ctx, id);
    return { deleted: true as const, unlinked: unitIds.length };
  })();
}
