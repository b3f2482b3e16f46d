// The sectors table (khối): the groups units belong to, in the clerk's order.
import { AppError } from '../../../shared/api/result';
import { foldVi } from '../../../shared/text/vi';
import type { MoveDirection, Sector } from '../../../shared/units/schema';
import type { ServiceContext } from '../context';

const SECTOR_NOT_FOUND = 'Không tìm thấy khối này; có thể nó vừa bị xóa. Hãy tải lại danh sách.';

export function listSectors(ctx: ServiceContext): Sector[] {
  return ctx.db
    .prepare(
      `SELECT s.id, s.name, s.sort_order AS sortOrder,
              (SELECT COUNT(*) FROM units u WHERE u.sector_id = s.id) AS unitCount
         FROM sectors s ORDER BY s.sort_order, s.id`,
    )
    .all() as Sector[];
}

/** Whether a sector with this id exists. */
export function sectorExists(ctx: ServiceContext, id: number): boolean {
  return ctx.db.prepare('SELECT 1 FROM sectors WHERE id = ?').get(id) !== undefined;
}

/** The name of a sector, or null when it no longer exists. */
export function sectorName(ctx: ServiceContext, id: number): string | null {
  return (ctx.db.prepare('SELECT name FROM sectors WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}

function getSector(ctx: ServiceContext, id: number): Sector {
  const s = listSectors(ctx).find((x) => x.id === id);
  if (!s) throw new AppError('NOT_FOUND', SECTOR_NOT_FOUND);
  return s;
}

function assertNameFree(ctx: ServiceContext, name: string, exceptId: number | null): void {
  const row = ctx.db.prepare('SELECT id FROM sectors WHERE name_key = ?').get(foldVi(name)) as { id: number } | undefined;
  if (row && row.id !== exceptId) {
    throw new AppError('CONFLICT', `Đã có khối "${name}".`, { name: 'Tên khối này đã có trong danh mục.' });
  }
}

/** A sector added by the clerk (one transaction), as listed. */
export function createSector(ctx: ServiceContext, name: string): Sector {
  return getSector(ctx, ctx.db.transaction(() => insertSector(ctx, name))());
}

/** Adds a sector at the end of the list; used by the form and by unit import. */
export function insertSector(ctx: ServiceContext, name: string): number {
  assertNameFree(ctx, name, null);
  const next = (ctx.db.prepare('SELECT COALESCE(MAX(sort_order), 0) + 1 AS n FROM sectors').get() as { n: number }).n;
  return Number(
    ctx.db.prepare('INSERT INTO sectors (name, name_key, sort_order) VALUES (?, ?, ?)').run(name, foldVi(name), next).lastInsertRowid,
  );
}

export function renameSector(ctx: ServiceContext, id: number, name: string): Sector {
  getSector(ctx, id);
  assertNameFree(ctx, name, id);
  ctx.db.prepare('UPDATE sectors SET name = ?, name_key = ? WHERE id = ?').run(name, foldVi(name), id);
  return getSector(ctx, id);
}

/** Swaps a sector with its neighbour (nothing at either end of the list). */
export function moveSector(ctx: ServiceContext, id: number, direction: MoveDirection): Sector[] {
  ctx.db.transaction(() => {
    const all = listSectors(ctx);
    const i = all.findIndex((s) => s.id === id);
    if (i < 0) throw new AppError('NOT_FOUND', SECTOR_NOT_FOUND);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= all.length) return;
    [all[i], all[j]] = [all[j], all[i]];
    const upd = ctx.db.prepare('UPDATE sectors SET sort_order = ? WHERE id = ?');
    all.forEach((s, k) => upd.run(k + 1, s.id));
  })();
  return listSectors(ctx);
}

/** Refused while units still belong to the sector. */
export function deleteSector(ctx: ServiceContext, id: number): { deleted: true } {
  const s = getSector(ctx, id);
  if (s.unitCount > 0) {
    throw new AppError(
      'CONFLICT',
      `Không xóa được khối "${s.name}" vì còn ${s.unitCount} công đoàn cơ sở thuộc khối này. Hãy chuyển các đơn vị đó sang khối khác trước.`,
    );
  }
  ctx.db.prepare('DELETE FROM sectors WHERE id = ?').run(id);
  return { deleted: true };
}
