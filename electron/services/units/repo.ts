import { AppError } from '../../../shared/api/result';
import { compareVi, foldVi } from '../../../shared/text/vi';
import type { Unit } from '../../../shared/units/schema';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';
import { assertAreaExists } from '../areas/repo';
import { sectorExists } from '../sectors/repo';
import { NO_AREA, type AreaFilter } from '../../../shared/areas/schema';

/** Unit fields as stored (after schema parsing). */
export interface UnitFields {
  code: string;
  name: string;
  shortName: string | null;
  sectorId: number | null;
  areaId: number | null;
  address: string | null;
  chairName: string | null;
  phone: string | null;
  email: string | null;
  foundedOn: string | null;
}

const SELECT = `SELECT u.id, u.code, u.name, u.short_name AS shortName, u.sector_id AS sectorId, s.name AS sectorName,
       u.area_id AS areaId, a.name AS areaName, u.address, u.chair_name AS chairName, u.phone, u.email, u.founded_on AS foundedOn,
       u.dissolved_on AS dissolvedOn, u.created_at AS createdAt, u.updated_at AS updatedAt
  FROM units u LEFT JOIN sectors s ON s.id = u.sector_id LEFT JOIN areas a ON a.id = u.area_id`;

export const codeKey = (code: string) => foldVi(code).replace(/\s+/g, '');

export const UNIT_NOT_FOUND = 'Không tìm thấy công đoàn cơ sở này; có thể nó vừa bị xóa. Hãy tải lại trang.';

export function getUnit(ctx: ServiceContext, id: number): Unit {
  const unit = ctx.db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as Unit | undefined;
  if (!unit) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return unit;
}

/** Code and name of a unit, or null when it no longer exists. */
export function unitRef(ctx: ServiceContext, id: number): { id: number; code: string; name: string } | null {
  return (
    (ctx.db.prepare('SELECT id, code, name FROM units WHERE id = ?').get(id) as { id: number; code: string; name: string } | undefined) ??
    null
  );
}

export function findUnitIdByCode(ctx: ServiceContext, code: string): number | null {
  const row = ctx.db.prepare('SELECT id FROM units WHERE code_key = ?').get(codeKey(code)) as { id: number } | undefined;
  return row?.id ?? null;
}

export interface UnitFilter {
  query?: string;
  sectorId?: number | null;
  areaId?: AreaFilter;
  includeDissolved?: boolean;
}

/** Filtered list in Vietnamese order. Search ignores diacritics and case, every word must match. */
export function listUnits(ctx: ServiceContext, filter: UnitFilter): Unit[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!filter.includeDissolved) where.push('u.dissolved_on IS NULL');
  if (filter.sectorId) {
    where.push('u.sector_id = ?');
    params.push(filter.sectorId);
  }
  if (filter.areaId === NO_AREA) where.push('u.area_id IS NULL');
  else if (filter.areaId) {
    where.push('u.area_id = ?');
    params.push(filter.areaId);
  }
  for (const word of foldVi(filter.query ?? '')
    .split(' ')
    .filter(Boolean)) {
    where.push("(u.name_key LIKE ? ESCAPE '\\' OR u.code_key LIKE ? ESCAPE '\\' OR lower(COALESCE(u.short_name, '')) LIKE ? ESCAPE '\\')");
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like, like);
  }
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  const items = ctx.db.prepare(sql).all(...params) as Unit[];
  return items.sort((a, b) => compareVi(a.name, b.name) || compareVi(a.code, b.code));
}

function assertCodeFree(ctx: ServiceContext, code: string, exceptId: number | null): void {
  const existing = findUnitIdByCode(ctx, code);
  if (existing !== null && existing !== exceptId) {
    const other = getUnit(ctx, existing);
    throw new AppError('CONFLICT', `Mã "${code}" đã được dùng cho "${other.name}".`, {
      code: `Mã này đã được dùng cho "${other.name}". Hãy chọn mã khác.`,
    });
  }
}

function assertSectorExists(ctx: ServiceContext, sectorId: number | null): void {
  if (sectorId === null) return;
  if (!sectorExists(ctx, sectorId)) {
    throw new AppError('INVALID_INPUT', 'Khối đã chọn không còn trong danh mục. Hãy chọn lại.', {
      sectorId: 'Khối này không còn trong danh mục.',
    });
  }
}

export function insertUnit(ctx: ServiceContext, f: UnitFields): number {
  assertCodeFree(ctx, f.code, null);
  assertSectorExists(ctx, f.sectorId);
  assertAreaExists(ctx, f.areaId);
  const at = nowIso(ctx);
  const info = ctx.db
    .prepare(
      `INSERT INTO units (code, code_key, name, name_key, short_name, sector_id, area_id, address, chair_name, phone, email, founded_on,
                          created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      f.code,
      codeKey(f.code),
      f.name,
      foldVi(f.name),
      f.shortName,
      f.sectorId,
      f.areaId,
      f.address,
      f.chairName,
      f.phone,
      f.email,
      f.foundedOn,
      at,
      at,
    );
  return Number(info.lastInsertRowid);
}

export function updateUnitRow(ctx: ServiceContext, id: number, f: UnitFields): void {
  assertCodeFree(ctx, f.code, id);
  assertSectorExists(ctx, f.sectorId);
  assertAreaExists(ctx, f.areaId);
  ctx.db
    .prepare(
      `UPDATE units SET code = ?, code_key = ?, name = ?, name_key = ?, short_name = ?, sector_id = ?, area_id = ?, address = ?,
              chair_name = ?, phone = ?, email = ?, founded_on = ?, updated_at = ? WHERE id = ?`,
    )
    .run(
      f.code,
      codeKey(f.code),
      f.name,
      foldVi(f.name),
      f.shortName,
      f.sectorId,
      f.areaId,
      f.address,
      f.chairName,
      f.phone,
      f.email,
      f.foundedOn,
      nowIso(ctx),
      id,
    );
}

/** Marks the unit dissolved on that day, or active again (null). */
export function setDissolvedOn(ctx: ServiceContext, id: number, dissolvedOn: string | null): void {
  ctx.db.prepare('UPDATE units SET dissolved_on = ?, updated_at = ? WHERE id = ?').run(dissolvedOn, nowIso(ctx), id);
}

/** Deletes the row; false when other data still refers to the unit (members, reports…). */
export function deleteUnitRow(ctx: ServiceContext, id: number): boolean {
  try {
    ctx.db.prepare('DELETE FROM units WHERE id = ?').run(id);
    return true;
  } catch (e) {
    if (String((e as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) return false;
    throw e;
  }
}

/** The units the list page shows, with how many are active and dissolved in all. */
export function listUnitsWithCounts(ctx: ServiceContext, filter: UnitFilter) {
  return { items: listUnits(ctx, filter), ...unitCounts(ctx) };
}

export function unitCounts(ctx: ServiceContext): { totalActive: number; totalDissolved: number } {
  const r = ctx.db
    .prepare('SELECT COALESCE(SUM(dissolved_on IS NULL), 0) AS a, COALESCE(SUM(dissolved_on IS NOT NULL), 0) AS d FROM units')
    .get() as { a: number; d: number };
  return { totalActive: r.a, totalDissolved: r.d };
}

/** Ids of the units of a sector. */
export function unitIdsInSector(ctx: ServiceContext, sectorId: number): number[] {
  return ctx.db.prepare('SELECT id FROM units WHERE sector_id = ?').pluck().all(sectorId) as number[];
}
