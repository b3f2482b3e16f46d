// SQL behind the member search index (search-index.ts): the few columns it keeps per member, and
// the change entries that keep it fresh.
import type Database from 'better-sqlite3';
import { GENDERS, MEMBER_STATUSES } from '../../../shared/members/schema';

/** The flag bits of a member's status (its place in MEMBER_STATUSES) and gender (1 + its place in GENDERS, 0 unknown); search.ts reads them the same way. */
const STATUS_CODE = `CASE status ${MEMBER_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const GENDER_CODE = `CASE gender ${GENDERS.map((g, i) => `WHEN '${g}' THEN ${i + 1}`).join(' ')} ELSE 0 END`;

/** Columns loaded per member: id, sort key, search text, unit, flags, birth year, birth mmdd, joined lo/hi. */
const ROW_SQL = `SELECT id, sort_key,
    name_key || '|' || IFNULL(cccd, '') || '|' || IFNULL(cmnd, '') || '|' || IFNULL(member_code_key, ''),
    unit_id,
    (${STATUS_CODE}) + 4 * (${GENDER_CODE}) + 16 * party_member,
    IFNULL(CAST(substr(birth_date, 1, 4) AS INTEGER), 0),
    CASE WHEN length(birth_date) = 10 THEN CAST(substr(birth_date, 6, 2) || substr(birth_date, 9, 2) AS INTEGER) ELSE -1 END,
    CASE WHEN joined_on IS NULL THEN 0 WHEN length(joined_on) = 4 THEN CAST(joined_on AS INTEGER) * 10000 + 101
         ELSE CAST(replace(joined_on, '-', '') AS INTEGER) END,
    CASE WHEN joined_on IS NULL THEN 0 WHEN length(joined_on) = 4 THEN CAST(joined_on AS INTEGER) * 10000 + 1231
         ELSE CAST(replace(joined_on, '-', '') AS INTEGER) END
  FROM members`;

export type IndexRow = [number, string, string, number, number, number, number, number, number];
type MemberChange = [seq: number, memberId: number | null, lastId: number | null];

/** The rows of the members named (those that still exist), in the order asked. */
export function indexRowsOf(db: Database.Database, ids: number[]): IndexRow[] {
  const one = db.prepare(`${ROW_SQL} WHERE id = ?`).raw();
  const rows: IndexRow[] = [];
  for (const id of ids) {
    const row = one.get(id) as IndexRow | undefined;
    if (row) rows.push(row);
  }
  return rows;
}

/** A reader of the rows whose id lies in [lo, hi]. */
export function indexRangeReader(db: Database.Database): (lo: number, hi: number) => IterableIterator<IndexRow> {
  const many = db.prepare(`${ROW_SQL} WHERE id BETWEEN ? AND ?`).raw();
  return (lo, hi) => many.iterate(lo, hi) as IterableIterator<IndexRow>;
}

/** Up to `limit` rows in index order (sort_key, id) after `last` (from the start when null); all when limit < 0. */
export function indexRowsAfter(db: Database.Database, last: [key: string, id: number] | null, limit: number): IterableIterator<IndexRow> {
  const order = 'ORDER BY sort_key, id LIMIT ?';
  const stmt = last ? db.prepare(`${ROW_SQL} WHERE (sort_key, id) > (?, ?) ${order}`).raw() : db.prepare(`${ROW_SQL} ${order}`).raw();
  return (last ? stmt.iterate(last[0], last[1], limit) : stmt.iterate(limit)) as IterableIterator<IndexRow>;
}

export function countMembers(db: Database.Database): number {
  return db.prepare('SELECT COUNT(*) FROM members').pluck().get() as number;
}

/** The newest change entry's seq (0 when none). */
export function currentChangeSeq(db: Database.Database): number {
  return db.prepare('SELECT IFNULL(MAX(seq), 0) FROM member_changes').pluck().get() as number;
}

/** Up to `limit` change entries after `seq`, oldest first. */
export function changesAfter(db: Database.Database, seq: number, limit: number): MemberChange[] {
  return db
    .prepare('SELECT seq, member_id, last_id FROM member_changes WHERE seq > ? ORDER BY seq LIMIT ?')
    .raw()
    .all(seq, limit) as MemberChange[];
}
