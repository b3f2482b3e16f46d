// The list of communes/wards (areas) units sit in. A library: units, their import and the
// statistics use it too.
import { AppError } from '../../../shared/api/result';
import type { Area } from '../../../shared/areas/schema';
import { compareVi, foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';

/** How many units record the commune/ward, and how many of them are active. */
const COUNTS = `(SELECT COUNT(*) FROM units u WHERE u.area_id = a.id) AS unitCount,
  (SELECT COUNT(*) FROM units u WHERE u.area_id = a.id AND u.dissolved_on IS NULL) AS activeUnits`;

const NOT_FOUND = 'Không tìm thấy xã/phường này; có thể nó vừa bị xóa. Hãy tải lại danh sách.';

/** Every commune/ward in Vietnamese order, with how many units record it. */
export function listAreas(ctx: ServiceContext): Area[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.id, a.name, ${COUNTS}
         FROM areas a`,
    )
    .all() as Area[];
  return rows.sort((a, b) => compareVi(a.name, b.name) || a.id - b.id);
}

export function getArea(ctx: ServiceContext, id: number): Area {
  const row = ctx.db.prepare(`SELECT a.id, a.name, ${COUNTS} FROM areas a WHERE a.id = ?`).get(id) as Area | undefined;
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
  return row;
}

function assertNameFree(ctx: ServiceContext, name: string, exceptId: number | null): void {
  const row = ctx.db.prepare('SELECT id, name FROM areas WHERE name_key = ?').get(foldVi(name)) as { id: number; name: string } | undefined;
  if (row && row.id !== exceptId) {
    throw new AppError('CONFLICT', `Đã có "${row.name}" trong danh sách xã/phường.`, {
      name: `Đã có "${row.name}" trong danh sách; hãy chọn nó thay vì thêm lại.`,
    });
  }
}

/** Adds a commune/ward; used by the list, the unit form and unit import (inside their transaction). */
export function insertArea(ctx: ServiceContext, name: string): number {
  assertNameFree(ctx, name, null);
  return Number(ctx.db.prepare('INSERT INTO areas (name, name_key) VALUES (?, ?)').run(name, foldVi(name)).lastInsertRowid);
}

export function renameAreaRow(ctx: ServiceContext, id: number, name: string): void {
  getArea(ctx, id);
  assertNameFree(ctx, name, id);
  ctx.db.prepare('UPDATE areas SET name = ?, name_key = ? WHERE id = ?').run(name, foldVi(name), id);
}

/** Ids of the units recording this commune/ward. */
export function unitIdsInArea(ctx: ServiceContext, id: number): number[] {
  return (ctx.db.prepare('SELECT id FROM units WHERE area_id = ? ORDER BY id').pluck().all(id) as number[]).map(Number);
}

export function clearUnitArea(ctx: ServiceContext, unitId: number, at: string): void {
  ctx.db.prepare('UPDATE units SET area_id = NULL, updated_at = ? WHERE id = ?').run(at, unitId);
}

export function deleteAreaRow(ctx: ServiceContext, id: number): void {
  ctx.db.prepare('DELETE FROM areas WHERE id = ?').run(id);
}

/** Refuses an id that is not (or no longer) in the list: the form offers only listed ones. */
export function assertAreaExists(ctx: ServiceContext, id: number | null): void {
  if (id === null) return;
  if (!ctx.db.prepare('SELECT 1 FROM areas WHERE id = ?').get(id)) {
    throw new AppError('INVALID_INPUT', 'Xã/phường đã chọn không còn trong danh sách. Hãy chọn lại.', {
      areaId: 'Xã/phường này không còn trong danh sách; hãy chọn lại.',
    });
  }
}
