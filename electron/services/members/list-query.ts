// The member list straight from SQLite, for the moments the in-memory search index is not there
// yet (search-index.ts builds it in the background right after start). Only the simple filters a
// list opens with are answered here (status, unit, sector; no words, no other conditions): they
// walk an index in Vietnamese order (members_status_sort, members_unit_sort, migration 0012) and
// stop after one page, so the first page after start does not wait for the whole register to be
// read. The order is the index's own (sort_key, then id), so both ways give the same pages.
import type { MemberFilter } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';

/** Whether this filter is one the SQL path answers (no words, no conditions beyond status/unit/sector). */
export function isSimpleFilter(filter: Partial<MemberFilter>): boolean {
  return (
    !(filter.query ?? '').trim() &&
    !filter.gender &&
    (filter.partyMember === undefined || filter.partyMember === null) &&
    filter.ageMin === undefined &&
    filter.ageMax === undefined &&
    !filter.joinedFrom &&
    !filter.joinedTo
  );
}

/** One page of ids and the total, in Vietnamese order, for a simple filter (see isSimpleFilter). */
export function simpleMemberIds(
  ctx: ServiceContext,
  filter: Partial<MemberFilter>,
  offset: number,
  limit: number,
): { ids: number[]; total: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const status = filter.status ?? 'active';
  if (status !== 'all') {
    where.push('status = ?');
    params.push(status);
  }
  if (filter.unitId) {
    where.push('unit_id = ?');
    params.push(filter.unitId);
  }
  if (filter.sectorId) {
    where.push('unit_id IN (SELECT id FROM units WHERE sector_id = ?)');
    params.push(filter.sectorId);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const ids = ctx.db
    .prepare(`SELECT id FROM members ${clause} ORDER BY sort_key, id LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, limit, offset) as number[];
  const total = ctx.db
    .prepare(`SELECT COUNT(*) FROM members ${clause}`)
    .pluck()
    .get(...params) as number;
  return { ids, total };
}
