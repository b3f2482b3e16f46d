// The search index against the table itself: after random creates, renames, transfers, leaves,
// deletes, merges and imports, every random query gives what a plain SQL scan of members gives; and
// the SQL path that answers the list before the index is built (list-query.ts) gives the same pages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, ok, testContext } from '../../support/context';
import { fileUpload, makeUnit, tempFile, type Ctx } from './helpers';
import { listMembers, queryWords, searchMemberIds } from '../../../electron/services/members/search';
import { invalidateSearchIndex, isSearchIndexBuilt, warmMemberSearch } from '../../../electron/services/members/search-index';
import { simpleMemberIds } from '../../../electron/services/members/list-query';
import { memberRecords, rng, writeMemberWorkbook } from '../../fixtures/members/generate';
import type { MemberFilter } from '../../../shared/members/schema';

let ctx: Ctx;
let units: number[];

beforeEach(async () => {
  ctx = testContext();
  units = [
    await makeUnit(ctx, 'A', 'CĐCS Trường Tiểu học An Bình', 2),
    await makeUnit(ctx, 'B', 'CĐCS Công ty May Bình Minh', 4),
    await makeUnit(ctx, 'C', 'CĐCS Bệnh viện Đa khoa', 4),
  ];
});
afterEach(() => ctx.close());

/** The plain scan: every query word in the folded name, CCCD, CMND or member code; the filter's status/unit/sector. */
function scan(filter: Partial<MemberFilter>): number[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const w of queryWords(filter.query)) {
    where.push(`instr(name_key || '|' || IFNULL(cccd, '') || '|' || IFNULL(cmnd, '') || '|' || IFNULL(member_code_key, ''), ?) > 0`);
    params.push(w);
  }
  if ((filter.status ?? 'active') !== 'all') {
    where.push('status = ?');
    params.push(filter.status ?? 'active');
  }
  if (filter.unitId) {
    where.push('unit_id = ?');
    params.push(filter.unitId);
  }
  if (filter.sectorId) {
    where.push('unit_id IN (SELECT id FROM units WHERE sector_id = ?)');
    params.push(filter.sectorId);
  }
  const sql = `SELECT id FROM members ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY sort_key, id`;
  return ctx.db
    .prepare(sql)
    .pluck()
    .all(...params) as number[];
}

const STATUSES = ['active', 'all', 'left', 'transferred_out'] as const;

function randomFilter(r: () => number, names: string[]): Partial<MemberFilter> {
  const f: Partial<MemberFilter> = { status: STATUSES[Math.floor(r() * STATUSES.length)] };
  const words = names[Math.floor(r() * names.length)].split(' ');
  const x = r();
  if (x < 0.25) f.query = words[words.length - 1].slice(0, 2 + Math.floor(r() * 3));
  else if (x < 0.45) f.query = `${words[0]} ${words[1]?.slice(0, 1) ?? ''}`;
  else if (x < 0.55) f.query = String(Math.floor(r() * 100));
  if (r() < 0.3) f.unitId = units[Math.floor(r() * units.length)];
  else if (r() < 0.15) f.sectorId = 4;
  return f;
}

/** Makes a dozen random changes; returns how many merges went through. */
async function randomChanges(r: () => number, round: number, live: number[]): Promise<number> {
  let merges = 0;
  const pool = memberRecords(40, 1000 + round);
  const pick = () => live[Math.floor(r() * live.length)];
  const unit = () => units[Math.floor(r() * units.length)];
  for (let k = 0; k < 12; k++) {
    const what = r();
    const rec = pool[k];
    if (what < 0.3 || live.length < 6) {
      const res = await call(ctx, 'members.create', {
        unitId: unit(),
        name: rec.name,
        gender: rec.gender,
        birthDate: rec.birth,
        cccd: rec.cccd,
      });
      if (res.ok) live.push(res.data.id);
    } else if (what < 0.45) await ok(ctx, 'members.update', { id: pick(), name: rec.name });
    else if (what < 0.55) await call(ctx, 'members.addEvent', { memberId: pick(), kind: 'transfer', date: '2026-03-15', toUnitId: unit() });
    else if (what < 0.65) await call(ctx, 'members.addEvent', { memberId: pick(), kind: 'leave', date: '2026-06-01', reason: 'Nghỉ việc' });
    else if (what < 0.75) {
      const id = pick();
      if ((await call(ctx, 'members.delete', { id })).ok) live.splice(live.indexOf(id), 1);
    } else if (what < 0.88) {
      const [keepId, removeId] = [pick(), pick()];
      if (keepId !== removeId && (await call(ctx, 'members.merge', { keepId, removeId, take: ['cccd'] })).ok) {
        live.splice(live.indexOf(removeId), 1);
        merges++;
      }
    } else {
      const file = tempFile(`nhap-${round}-${k}.xlsx`);
      await writeMemberWorkbook(file, pool.slice(20, 20 + 5 + Math.floor(r() * 15)), { blankRate: 0.1, seed: round * 100 + k });
      await call(ctx, 'members.importCommit', { file: fileUpload(file), unitId: unit(), skipErrors: true });
      live.length = 0;
      live.push(...(ctx.db.prepare('SELECT id FROM members').pluck().all() as number[]));
    }
  }
  return merges;
}

describe('member search index against the table', () => {
  it('finds what a plain SQL scan finds after creates, updates, transfers, leaves, deletes, merges and imports', async () => {
    const r = rng(515);
    const live: number[] = [];
    await ok(ctx, 'members.list', { query: 'a' }); // the index exists from the start and is kept up to date
    let merges = 0;
    for (let round = 0; round < 25; round++) {
      merges += await randomChanges(r, round, live);
      const names = ctx.db.prepare('SELECT name_key FROM members').pluck().all() as string[];
      for (let q = 0; q < 12; q++) {
        const f = randomFilter(r, names);
        const all = scan(f);
        expect(searchMemberIds(ctx, f), JSON.stringify(f)).toEqual({ ids: all, total: all.length });
        expect(searchMemberIds(ctx, f, 2, 5).ids).toEqual(all.slice(2, 7));
      }
    }
    expect(merges).toBeGreaterThan(0);
  });

  it('answers the opening pages from SQL while the index is being built, the same pages as the index', async () => {
    const file = tempFile('nhap-250.xlsx');
    await writeMemberWorkbook(file, memberRecords(250, 77), { blankRate: 0.1, seed: 5 });
    await ok(ctx, 'members.importCommit', { file: fileUpload(file), unitId: units[1], skipErrors: true });
    await call(ctx, 'members.addEvent', { memberId: 3, kind: 'leave', date: '2026-06-01', reason: 'Nghỉ việc' });
    const filters: Partial<MemberFilter>[] = [
      {},
      { status: 'all' },
      { status: 'left' },
      { unitId: units[1] },
      { sectorId: 4, status: 'all' },
    ];
    const fromIndex = filters.map((f) => [searchMemberIds(ctx, f, 0, 40), searchMemberIds(ctx, f, 40, 40)]);
    expect(filters.map((f) => [simpleMemberIds(ctx, f, 0, 40), simpleMemberIds(ctx, f, 40, 40)])).toEqual(fromIndex);

    invalidateSearchIndex(ctx.db);
    const warm = warmMemberSearch(ctx, 20, 0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(isSearchIndexBuilt(ctx.db)).toBe(false);
    const page = listMembers(ctx, { status: 'active', limit: 40, joinedFrom: null, joinedTo: null });
    expect(isSearchIndexBuilt(ctx.db)).toBe(false); // answered without finishing the build
    expect(page.items.map((m) => m.id)).toEqual(fromIndex[0][0].ids);
    expect(page.total).toBe(fromIndex[0][0].total);
    await warm;
    expect(isSearchIndexBuilt(ctx.db)).toBe(true);
  });

  it('walks the list indexes in order, without sorting', () => {
    const plan = (sql: string, ...params: (string | number)[]) =>
      (ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail).join('; ');
    const first = plan('SELECT id FROM members WHERE status = ? ORDER BY sort_key, id LIMIT ? OFFSET ?', 'active', 200, 0);
    expect(first).toContain('members_status_sort');
    expect(first).not.toContain('TEMP B-TREE');
    const unit = plan(
      'SELECT id FROM members WHERE status = ? AND unit_id = ? ORDER BY sort_key, id LIMIT ? OFFSET ?',
      'active',
      1,
      200,
      0,
    );
    expect(unit).toContain('members_unit_sort');
    expect(unit).not.toContain('TEMP B-TREE');
  });
});
