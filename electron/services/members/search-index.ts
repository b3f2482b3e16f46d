// The in-memory index behind member search (search.ts): per member the few columns the list
// filters on, kept in Vietnamese order (members.sort_key, then id).
//
// Freshness: triggers on members append the id of every inserted/updated/deleted member to
// member_changes; an import appends one entry for the id range it added (member_id..last_id).
// Before each query the index applies the entries recorded since it was built: it drops the
// members named, re-reads them (deleted ones stay out) and merges them into place. It reloads
// everything only when entries were pruned before it saw them, or for the NULL "reload all"
// entries that databases written before migration 0009 may still hold.
//
// Start: warmMemberSearch builds the index in slices right after the app answers, yielding
// between slices so API calls are served meanwhile. A query arriving first finishes the build
// itself, so no query ever sees part of the register. A member changed between two slices may
// have been read twice or not at all; the change is recorded after the build's starting entry,
// and applying it removes every copy and reads the member again.
import type Database from 'better-sqlite3';
import type { ServiceContext } from '../context';
import { foregroundWait, QUIET_MS } from '../foreground';
import {
  changesAfter,
  countMembers,
  currentChangeSeq,
  indexRangeReader,
  indexRowsAfter,
  indexRowsOf,
  type IndexRow,
} from './search-index-repo';

/** Up to this many one-member changes are moved in place (each costs a shift of the arrays); more are merged in one pass. */
const IN_PLACE_MAX = 8;
/** Beyond this many pending change entries, reloading is cheaper than re-reading each member. */
const MAX_CHANGES = 5000;
/** At most this many members per slice of the background build. */
const SLICE = 2000;
/**
 * And at most this long: a slice then yields, so that API calls wait little even when the machine
 * is busy (at start, the browser loading the first screen competes for the same cores, and a slice
 * of 2,000 members could then hold the event loop for 100-300 ms).
 */
const SLICE_MS = 5;
/** The clock is read every this many rows (a power of two). */
const CLOCK_EVERY = 64;

/** Order of the index: sort_key (ASCII, so JS and SQLite BINARY agree), then id. */
function before(keyA: string, idA: number, keyB: string, idB: number): boolean {
  return keyA < keyB || (keyA === keyB && idA < idB);
}

export class SearchIndex {
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

  reserve(capacity: number): void {
    if (capacity <= this.ids.length) return;
    const grow = <T extends Int32Array | Int16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a.subarray(0, this.n));
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

  /** Adds a member after all others (rows must come in index order). */
  append(r: IndexRow): void {
    if (this.n + 1 > this.ids.length) this.reserve(Math.max(1024, Math.ceil((this.n + 1) * 1.5)));
    this.put(this.n++, r);
  }

  private put(i: number, r: IndexRow): void {
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

  private copyFrom(src: SearchIndex, i: number): void {
    const j = this.n++;
    this.ids[j] = src.ids[i];
    this.keys[j] = src.keys[i];
    this.text[j] = src.text[i];
    this.unit[j] = src.unit[i];
    this.flags[j] = src.flags[i];
    this.birthYear[j] = src.birthYear[i];
    this.birthMd[j] = src.birthMd[i];
    this.joinedLo[j] = src.joinedLo[i];
    this.joinedHi[j] = src.joinedHi[i];
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

  /** Drops the named members (and ranges of members), re-reads them and puts them in their place. */
  apply(db: Database.Database, singles: number[], ranges: [number, number][], seq: number): void {
    this.big = null;
    const inRange = (id: number) => ranges.some(([lo, hi]) => id >= lo && id <= hi);
    // A member created by an import and edited since is named twice: read it once.
    const ones = ranges.length ? singles.filter((id) => !inRange(id)) : singles;
    const rows = indexRowsOf(db, ones);
    if (ranges.length) {
      // Ranges may overlap: ids an import skipped at the end of its range are reused by the next one.
      const seen = new Set<number>();
      const between = indexRangeReader(db);
      for (const [lo, hi] of ranges) {
        for (const row of between(lo, hi)) {
          if (seen.has(row[0])) continue;
          seen.add(row[0]);
          rows.push(row);
        }
      }
    }
    if (ranges.length === 0 && ones.length <= IN_PLACE_MAX) this.moveInPlace(ones, rows);
    else {
      const gone = new Set(ones);
      this.merge((id) => gone.has(id) || inRange(id), rows);
    }
    this.seq = seq;
  }

  private moveInPlace(ids: number[], rows: IndexRow[]): void {
    for (const id of ids) {
      // Every copy: a member changed during the background build may have been read twice.
      for (let at = this.ids.subarray(0, this.n).indexOf(id); at >= 0; at = this.ids.subarray(0, this.n).indexOf(id)) this.shift(at, -1);
    }
    for (const row of rows) {
      if (this.n + 1 > this.ids.length) this.reserve(Math.ceil((this.n + 1) * 1.5));
      let lo = 0;
      let hi = this.n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(this.keys[mid], this.ids[mid], row[1], row[0])) lo = mid + 1;
        else hi = mid;
      }
      this.shift(lo, 1);
      this.put(lo, row);
    }
  }

  /** One pass over the index: members for which `gone` holds are left out, `rows` are merged in. */
  private merge(gone: (id: number) => boolean, rows: IndexRow[]): void {
    rows.sort((a, b) => (before(a[1], a[0], b[1], b[0]) ? -1 : 1));
    const out = new SearchIndex();
    out.reserve(this.n + rows.length + 1024);
    let j = 0;
    for (let i = 0; i < this.n; i++) {
      const id = this.ids[i];
      if (gone(id)) continue;
      const key = this.keys[i];
      while (j < rows.length && before(rows[j][1], rows[j][0], key, id)) out.append(rows[j++]);
      out.copyFrom(this, i);
    }
    while (j < rows.length) out.append(rows[j++]);
    Object.assign(this, { ...out, seq: this.seq });
  }
}

/** An index being read in slices, in index order. */
class Build {
  readonly idx = new SearchIndex();
  private last: [key: string, id: number] | null = null;

  constructor(db: Database.Database) {
    // Noted before the first read: whatever changes from here on is applied afterwards.
    this.idx.seq = currentChangeSeq(db);
    this.idx.reserve(countMembers(db) + 1024);
  }

  /**
   * Reads the next `limit` members (all that are left when limit < 0), stopping early once
   * performance.now() passes `until`; true when done.
   */
  step(db: Database.Database, limit: number, until = Infinity): boolean {
    const rows = indexRowsAfter(db, this.last, limit);
    let count = 0;
    let lastRow: IndexRow | null = null;
    let cut = false;
    for (const row of rows) {
      this.idx.append(row);
      lastRow = row;
      count++;
      if ((count & (CLOCK_EVERY - 1)) === 0 && performance.now() >= until) {
        cut = true; // leaving the loop resets the statement; the next step goes on after lastRow
        break;
      }
    }
    if (lastRow) this.last = [lastRow[1], lastRow[0]];
    return !cut && (limit < 0 || count < limit);
  }
}

const indexes = new WeakMap<Database.Database, SearchIndex>();
const builds = new WeakMap<Database.Database, Build>();

/** Applies the change entries after idx.seq; false when they cannot be applied (pruned, too many, "reload all"). */
function catchUp(db: Database.Database, idx: SearchIndex, seq: number): boolean {
  const changes = changesAfter(db, idx.seq, MAX_CHANGES + 1);
  if (changes.length === 0 || changes.length > MAX_CHANGES || changes[0][0] !== idx.seq + 1) return false;
  const singles = new Set<number>();
  const ranges: [number, number][] = [];
  for (const [, id, last] of changes) {
    if (id === null) return false;
    if (last === null) singles.add(id);
    else ranges.push([id, last]);
  }
  idx.apply(db, [...singles], ranges, seq);
  return true;
}

/** The index of this database, up to date (finishing a background build or catching up as needed). */
export function getSearchIndex(db: Database.Database): SearchIndex {
  const build = builds.get(db);
  if (build) {
    build.step(db, -1);
    builds.delete(db);
    indexes.set(db, build.idx);
  }
  const seq = currentChangeSeq(db);
  const idx = indexes.get(db);
  if (idx && (idx.seq === seq || catchUp(db, idx, seq))) return idx;
  const fresh = new Build(db);
  fresh.step(db, -1);
  indexes.set(db, fresh.idx);
  return fresh.idx;
}

/**
 * Whether a query now would find the index built (it may still have changes to apply, which is
 * quick). False before the background build is done: see list-query.ts for what answers meanwhile.
 */
export function isSearchIndexBuilt(db: Database.Database): boolean {
  return indexes.has(db);
}

/** Drops the cached index (tests, or after replacing the database file). */
export function invalidateSearchIndex(db: Database.Database): void {
  indexes.delete(db);
  builds.delete(db);
}

/**
 * Builds the index of ctx.db in the background, a slice (SLICE members, SLICE_MS) per turn of the event loop. Resolves
 * when done, or when there is nothing to do (index already there, recovery mode, connection
 * replaced or closed meanwhile). Call it after the app answers: the first slice waits a turn, and
 * no slice runs until the window has been quiet for `quietMs` (foreground.ts).
 */
export function warmMemberSearch(ctx: ServiceContext, slice = SLICE, quietMs = QUIET_MS): Promise<void> {
  const db = ctx.db;
  if (ctx.recovery || indexes.has(db) || builds.has(db)) return Promise.resolve();
  return new Promise((resolve) => {
    let build: Build | null = null;
    const step = (): void => {
      try {
        // A restore replaced the connection, the app is closing, or a query finished the build itself.
        if (ctx.db !== db || !db.open || (build && builds.get(db) !== build)) return resolve();
        // Never read inside someone else's transaction: it may still roll back.
        if (db.inTransaction) {
          setTimeout(step, 20);
          return;
        }
        // The window is loading or working: it goes first (foreground.ts).
        const wait = foregroundWait(quietMs);
        if (wait > 0) {
          setTimeout(step, wait);
          return;
        }
        if (!build) {
          if (indexes.has(db)) return resolve();
          build = new Build(db);
          builds.set(db, build);
        }
        if (!build.step(db, slice, performance.now() + SLICE_MS)) {
          setImmediate(step);
          return;
        }
        builds.delete(db);
        indexes.set(db, build.idx);
        getSearchIndex(db); // catch up with what changed during the build, so the first query is quick
        resolve();
      } catch {
        // The connection went away mid-build; a query builds the index when it needs it.
        builds.delete(db);
        resolve();
      }
    };
    setImmediate(step);
  });
}
