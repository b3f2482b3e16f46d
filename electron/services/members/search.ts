// Member list and search-as-you-type over 100,000+ members.
//
// SQLite stays the source of truth; for speed each open database gets an in-memory index of the
// few columns the list filters on, kept in Vietnamese order (members.sort_key). A query is one
// linear pass over typed arrays and short ASCII strings (a few ms for 100k members), which gives
// the page (already in order) and the total count together; only the rows of the page are then
// read from SQLite.
//
// Freshness: triggers on members append the id of every inserted/updated/deleted member to
// member_changes. Before each query the index applies the changes recorded since it was built
// (re-reading just those members), or reloads everything after a bulk import (a NULL entry) or
// when too much has changed. So it never serves stale data, whoever changed the table.
//
// Matching: the query is folded like the stored keys (foldVi: no diacritics, đ→d, lower case) and
// split into words; every word must occur in the folded name, the CCCD or the member code.
import type Database from 'better-sqlite3';
import { foldVi } from '../../../shared/text/vi';
import type { MemberFilter, MemberListInput, MemberListResult } from '../../../shared/members/schema';
import { MEMBER_STATUSES } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { getMembers } from './repo';

/** Columns loaded per member: id, sort key, search text, unit, flags, birth year, birth mmdd, joined lo/hi. */
const ROW_SQL = `SELECT id, sort_key,
    name_key || '|' || IFNULL(cccd, '') || '|' || IFNULL(cmnd, '') || '|' || IFNULL(member_code_key, ''),
    unit_id,
    (CASE status WHEN 'active' THEN 0 WHEN 'transferred_out' THEN 1 ELSE 2 END)
      + 4 * (CASE gender WHEN 'nam' THEN 1 WHEN 'nu' THEN 2 ELSE 0 END) + 16 * party_member,
    IFNULL(CAST(substr(birth_date, 1, 4) AS INTEGER), 0),
    CASE WHEN length(birth_date) = 10 THEN CAST(substr(birth_date, 6, 2) || substr(birth_date, 9, 2) AS INTEGER) ELSE -1 END,
    CASE WHEN joined_on IS NULL THEN 0 WHEN length(joined_on) = 4 THEN CAST(joined_on AS INTEGER) * 10000 + 101
         ELSE CAST(replace(joined_on, '-', '') AS INTEGER) END,
    CASE WHEN joined_on IS NULL THEN 0 WHEN length(joined_on) = 4 THEN CAST(joined_on AS INTEGER) * 10000 + 1231
         ELSE CAST(replace(joined_on, '-', '') AS INTEGER) END
  FROM members`;

type Row = [number, string, string, number, number, number, number, number, number];

const MAX_PATCH = 200;

class SearchIndex {
  seq = 0;
  n = 0;
  ids = new Int32Array(0);
  keys: string[] = [];
  text: string[] = [];
  unit = new Int32Array(0);
  flags = new Uint8Array(0); // status (2 bits) | gender << 2 (2 bits) | party << 4
  birthYear = new Int16Array(0); // 0 unknown
  birthMd = new Int16Array(0); // mmdd, -1 when only the year is known
  joinedLo = new Int32Array(0); // yyyymmdd; year-only → yyyy0101; 0 unknown
  joinedHi = new Int32Array(0); // yyyymmdd; year-only → yyyy1231
  /** All search texts joined by '\n' with each row's start offset: built on demand for text queries. */
  private big: { text: string; starts: Int32Array } | null = null;

  joined(): { text: string; starts: Int32Array } {
    if (!this.big) {
      const starts = new Int32Array(this.n + 1);
      let at = 0;
      for (let i = 0; i < this.n; i++) {
        starts[i] = at;
        at += this.text[i].length + 1;
      }
      starts[this.n] = at;
      this.big = { text: this.text.slice(0, this.n).join('\n') + '\n', starts };
    }
    return this.big;
  }

  load(db: Database.Database, seq: number): void {
    this.big = null;
    const rows = db.prepare(`${ROW_SQL} ORDER BY sort_key, id`).raw().all() as Row[];
    this.seq = seq;
    this.n = 0;
    this.alloc(rows.length + 1024);
    this.keys = [];
    this.text = [];
    for (const row of rows) this.put(this.n++, row);
  }

  private alloc(capacity: number): void {
    const grow = <T extends Int32Array | Int16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a.subarray(0, Math.min(this.n, capacity)));
      return b;
    };
    this.ids = grow(this.ids, (n) => new Int32Array(n));
    this.unit = grow(this.unit, (n) => new Int32Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.birthYear = grow(this.birthYear, (n) => new Int16Array(n));
    this.birthMd = grow(this.birthMd, (n) => new Int16Array(n));
    this.joinedLo = grow(this.joinedLo, (n) => new Int32Array(n));
    this.joinedHi = grow(this.joinedHi, (n) => new Int32Array(n));
  }

  private put(i: number, r: Row): void {
    this.ids[i] = r[0];
    this.keys[i] = r[1];
    this.text[i] = r[2];
    this.unit[i] = r[3];
    this.flags[i] = r[4];
    this.birthYear[i] = r[5];
    this.birthMd[i] = r[6];
    this.joinedLo[i] = r[7];
    this.joinedHi[i] = r[8];
  }

  private shift(from: number, by: 1 | -1): void {
    for (const a of [this.ids, this.unit, this.flags, this.birthYear, this.birthMd, this.joinedLo, this.joinedHi]) {
      if (by === 1) a.copyWithin(from + 1, from, this.n);
      else a.copyWithin(from, from + 1, this.n);
    }
    if (by === 1) {
      this.keys.splice(from, 0, '');
      this.text.splice(from, 0, '');
    } else {
      this.keys.splice(from, 1);
      this.text.splice(from, 1);
    }
    this.n += by;
  }

  /** Re-reads the given members and moves them to their place (or out, if deleted). */
  patch(db: Database.Database, memberIds: number[], seq: number): void {
    this.big = null;
    const stmt = db.prepare(`${ROW_SQL} WHERE id = ?`).raw();
    for (const id of memberIds) {
      const at = this.ids.subarray(0, this.n).indexOf(id);
      if (at >= 0) this.shift(at, -1);
      const row = stmt.get(id) as Row | undefined;
      if (!row) continue;
      if (this.n + 1 > this.ids.length) this.alloc(Math.ceil((this.n + 1) * 1.5));
      // Binary search for (sort_key, id).
      let lo = 0;
      let hi = this.n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const k = this.keys[mid];
        if (k < row[1] || (k === row[1] && this.ids[mid] < id)) lo = mid + 1;
        else hi = mid;
      }
      this.shift(lo, 1);
      this.put(lo, row);
    }
    this.seq = seq;
  }
}

const indexes = new WeakMap<Database.Database, SearchIndex>();

function getIndex(db: Database.Database): SearchIndex {
  const seq = (db.prepare('SELECT IFNULL(MAX(seq), 0) FROM member_changes').pluck().get() as number) ?? 0;
  let idx = indexes.get(db);
  if (idx && idx.seq === seq) return idx;
  if (idx) {
    const changes = db
      .prepare('SELECT seq, member_id FROM member_changes WHERE seq > ? ORDER BY seq LIMIT ?')
      .raw()
      .all(idx.seq, MAX_PATCH + 1) as [number, number | null][];
    const contiguous = changes.length > 0 && changes[0][0] === idx.seq + 1;
    if (contiguous && changes.length <= MAX_PATCH && changes.every((c) => c[1] !== null)) {
      idx.patch(db, [...new Set(changes.map((c) => c[1]!))], seq);
      return idx;
    }
  }
  idx = new SearchIndex();
  idx.load(db, seq);
  indexes.set(db, idx);
  return idx;
}

/** Drops the cached index (tests, or after replacing the database file). */
export function invalidateSearchIndex(db: Database.Database): void {
  indexes.delete(db);
}

/** Query words, folded; characters that cannot occur in the keys are dropped. Longest first. */
export function queryWords(query: string | undefined): string[] {
  const words = foldVi(query ?? '')
    .replace(/[|]/g, ' ')
    .split(' ')
    .filter(Boolean);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

function dateInt(d: string): number {
  return Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
}

/**
 * Ids of the members matching the filter, in Vietnamese order, from `offset` (at most `limit`),
 * and the total number of matches.
 */
export function searchMemberIds(
  ctx: ServiceContext,
  filter: Partial<MemberFilter>,
  offset = 0,
  limit = Number.MAX_SAFE_INTEGER,
): { ids: number[]; total: number } {
  const idx = getIndex(ctx.db);
  const words = queryWords(filter.query);
  const w0 = words[0];
  const w1 = words[1];
  const wRest = words.slice(2);

  const statusWanted = filter.status === 'all' ? -1 : MEMBER_STATUSES.indexOf(filter.status ?? 'active');
  const unitWanted = filter.unitId ?? 0;
  let sectorUnits: Uint8Array | null = null;
  if (filter.sectorId) {
    const units = ctx.db.prepare('SELECT id FROM units WHERE sector_id = ?').pluck().all(filter.sectorId) as number[];
    sectorUnits = new Uint8Array(units.reduce((m, id) => Math.max(m, id), 0) + 1);
    for (const id of units) sectorUnits[id] = 1;
  }
  const genderWanted = filter.gender === 'nam' ? 1 : filter.gender === 'nu' ? 2 : 0;
  const partyWanted = filter.partyMember === true ? 1 : filter.partyMember === false ? 0 : -1;
  const now = ctx.now();
  const ty = now.getFullYear();
  const tmd = (now.getMonth() + 1) * 100 + now.getDate();
  const ageFilter = filter.ageMin !== undefined || filter.ageMax !== undefined;
  const ageMin = filter.ageMin ?? 0;
  const ageMax = filter.ageMax ?? 1000;
  const joinedFrom = filter.joinedFrom ? dateInt(filter.joinedFrom) : 0;
  const joinedTo = filter.joinedTo ? dateInt(filter.joinedTo) : 0;

  const ids: number[] = [];
  let total = 0;
  const end = offset + limit;
  const { n, text, flags, unit, birthYear, birthMd, joinedLo, joinedHi } = idx;
  const keep = (i: number): boolean => {
    const f = flags[i];
    if (statusWanted >= 0 && (f & 3) !== statusWanted) return false;
    if (unitWanted && unit[i] !== unitWanted) return false;
    if (sectorUnits && sectorUnits[unit[i]] !== 1) return false;
    if (genderWanted && ((f >> 2) & 3) !== genderWanted) return false;
    if (partyWanted >= 0 && ((f >> 4) & 1) !== partyWanted) return false;
    if (ageFilter) {
      const y = birthYear[i];
      if (y === 0) return false;
      const md = birthMd[i];
      const age = ty - y - (md >= 0 && tmd < md ? 1 : 0);
      if (age < ageMin || age > ageMax) return false;
    }
    if (joinedFrom && (joinedHi[i] === 0 || joinedHi[i] < joinedFrom)) return false;
    if (joinedTo && (joinedLo[i] === 0 || joinedLo[i] > joinedTo)) return false;
    return true;
  };
  if (w0 === undefined) {
    for (let i = 0; i < n; i++) {
      if (!keep(i)) continue;
      if (total >= offset && total < end) ids.push(idx.ids[i]);
      total++;
    }
    return { ids, total };
  }
  // Text query: jump from one occurrence of the longest word to the next in the joined texts
  // (native string search), then check the row's other words and the filters.
  const big = idx.joined();
  let i = 0;
  let pos = big.text.indexOf(w0);
  while (pos >= 0) {
    while (big.starts[i + 1] <= pos) i++;
    const t = text[i];
    if ((w1 === undefined || t.includes(w1)) && (wRest.length === 0 || wRest.every((w) => t.includes(w))) && keep(i)) {
      if (total >= offset && total < end) ids.push(idx.ids[i]);
      total++;
    }
    pos = big.text.indexOf(w0, big.starts[i + 1]);
  }
  return { ids, total };
}

export function listMembers(ctx: ServiceContext, input: MemberListInput): MemberListResult {
  const offset = input.offset ?? 0;
  const limit = input.limit ?? 50;
  const { ids, total } = searchMemberIds(ctx, input, offset, limit);
  return { items: getMembers(ctx, ids), total, offset, limit };
}
