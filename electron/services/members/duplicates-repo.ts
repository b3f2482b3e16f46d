// SQL behind "Tìm trùng lặp": candidate groups, pairs marked "Không trùng", and the row moves of a merge.
import type { MemberEventKind } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';

/** One member of a candidate group: [id, unit id, birth date, CCCD, sort key]. */
export type GroupMember = [number, number, string | null, string | null, string];

/** Rows ordered by group key first: consecutive rows with one key form a group. */
function groupRows(rows: [string, ...GroupMember][]): GroupMember[][] {
  const groups: GroupMember[][] = [];
  let last: string | null = null;
  for (const [key, ...member] of rows) {
    if (key !== last) groups.push([]);
    groups[groups.length - 1].push(member);
    last = key;
  }
  return groups;
}

/** Members sharing a CCCD (or an old CMND). Counted on the column's index, then only those read. */
export function sameNumberGroups(ctx: ServiceContext, column: 'cccd' | 'cmnd'): GroupMember[][] {
  const rows = ctx.db
    .prepare(
      `WITH g AS (SELECT ${column} AS k FROM members WHERE ${column} IS NOT NULL GROUP BY ${column} HAVING COUNT(*) > 1)
       SELECT m.${column}, m.id, m.unit_id, m.birth_date, m.cccd, m.sort_key
         FROM g JOIN members m ON m.${column} = g.k ORDER BY m.${column}, m.id`,
    )
    .raw()
    .all() as [string, ...GroupMember][];
  return groupRows(rows);
}

/**
 * Members sharing a folded name and a birth year (the year of a full date or a year alone).
 * Counted on members_name_year (migration 0010), then only members of groups of two or more read.
 */
export function sameNameYearGroups(ctx: ServiceContext): GroupMember[][] {
  const rows = ctx.db
    .prepare(
      `WITH g AS (SELECT name_key AS k, substr(birth_date, 1, 4) AS y FROM members
                   WHERE birth_date IS NOT NULL GROUP BY 1, 2 HAVING COUNT(*) > 1)
       SELECT g.k || '|' || g.y, m.id, m.unit_id, m.birth_date, m.cccd, m.sort_key
         FROM g JOIN members m ON m.name_key = g.k AND substr(m.birth_date, 1, 4) = g.y AND m.birth_date IS NOT NULL
        ORDER BY 1, m.id`,
    )
    .raw()
    .all() as [string, ...GroupMember][];
  return groupRows(rows);
}

export const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** Pairs the clerk marked "Không trùng", as pairKey strings. */
export function notDuplicateKeys(ctx: ServiceContext): Set<string> {
  const rows = ctx.db.prepare('SELECT member_a, member_b FROM member_not_duplicates').raw().all() as [number, number][];
  return new Set(rows.map(([a, b]) => pairKey(a, b)));
}

export function insertNotDuplicate(ctx: ServiceContext, a: number, b: number): void {
  ctx.db
    .prepare('INSERT OR IGNORE INTO member_not_duplicates (member_a, member_b, at) VALUES (?, ?, ?)')
    .run(Math.min(a, b), Math.max(a, b), nowIso(ctx));
}

/** An event row as the merge reads and rewrites it. */
export interface MergeEventRow {
  id: number;
  memberId: number;
  kind: MemberEventKind;
  date: string;
  fromUnitId: number | null;
  toUnitId: number | null;
  externalUnit: string | null;
  decisionNo: string | null;
  reason: string | null;
  cardNo: string | null;
  note: string | null;
}

/** Both members' events in the order the history replays them (date, then order recorded). */
export function mergedEventRows(ctx: ServiceContext, keepId: number, removeId: number): MergeEventRow[] {
  return ctx.db
    .prepare(
      `SELECT id, member_id AS memberId, kind, date, from_unit_id AS fromUnitId, to_unit_id AS toUnitId,
              external_unit AS externalUnit, decision_no AS decisionNo, reason, card_no AS cardNo, note
         FROM member_events WHERE member_id IN (?, ?) ORDER BY date, id`,
    )
    .all(keepId, removeId) as MergeEventRow[];
}

export function moveEvents(ctx: ServiceContext, fromMember: number, toMember: number): void {
  ctx.db.prepare('UPDATE member_events SET member_id = ? WHERE member_id = ?').run(toMember, fromMember);
}

export function rewriteEvent(ctx: ServiceContext, e: Pick<MergeEventRow, 'id' | 'kind' | 'fromUnitId' | 'toUnitId' | 'note'>): void {
  ctx.db
    .prepare('UPDATE member_events SET kind = ?, from_unit_id = ?, to_unit_id = ?, note = ? WHERE id = ?')
    .run(e.kind, e.fromUnitId, e.toUnitId, e.note, e.id);
}

/** Support given to the removed record now belongs to the kept one (once per activity). */
export function moveBeneficiaries(ctx: ServiceContext, fromMember: number, toMember: number): void {
  ctx.db
    .prepare(
      `DELETE FROM activity_beneficiaries WHERE member_id = ?
          AND activity_id IN (SELECT activity_id FROM activity_beneficiaries WHERE member_id = ?)`,
    )
    .run(fromMember, toMember);
  ctx.db.prepare('UPDATE activity_beneficiaries SET member_id = ? WHERE member_id = ?').run(toMember, fromMember);
}

export function unitNames(ctx: ServiceContext): Map<number, string> {
  const rows = ctx.db.prepare('SELECT id, name FROM units').raw().all() as [number, string][];
  return new Map(rows);
}
