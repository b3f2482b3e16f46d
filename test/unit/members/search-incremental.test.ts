import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, ok, testContext } from '../../support/context';
import { fileUpload, makeMember, makeUnit, tempFile, type Ctx } from './helpers';
import { searchMemberIds } from '../../../electron/services/members/search';
import { getSearchIndex, invalidateSearchIndex, warmMemberSearch } from '../../../electron/services/members/search-index';
import { memberRecords, rng, writeMemberWorkbook, type MemberRecord } from '../../fixtures/members/generate';
import type { MemberFilter } from '../../../shared/members/schema';

let ctx: Ctx;
let A: number;
let B: number;

beforeEach(async () => {
  ctx = testContext();
  A = await makeUnit(ctx, 'A', 'CĐCS Trường Tiểu học An Bình', 2);
  B = await makeUnit(ctx, 'B', 'CĐCS Công ty May Bình Minh', 4);
});
afterEach(() => ctx.close());

const filters = (): Partial<MemberFilter>[] => [
  {},
  { status: 'all' },
  { status: 'left' },
  { status: 'transferred_out' },
  { query: 'nguyen' },
  { query: 'thi', status: 'all' },
  { query: 'an' },
  { query: '0' },
  { unitId: A },
  { unitId: B, status: 'all' },
  { sectorId: 4, gender: 'nu' },
  { ageMin: 30, ageMax: 50 },
  { partyMember: true, status: 'all' },
];

/** Every column of the index, so a difference in order or content shows, not just in results. */
function snapshot() {
  const idx = getSearchIndex(ctx.db);
  const n = idx.n;
  return {
    ids: [...idx.ids.subarray(0, n)],
    keys: idx.keys.slice(0, n),
    text: idx.text.slice(0, n),
    unit: [...idx.unit.subarray(0, n)],
    flags: [...idx.flags.subarray(0, n)],
    birth: [...idx.birthYear.subarray(0, n)].map((y, i) => `${y}/${idx.birthMd[i]}`),
    joined: [...idx.joinedLo.subarray(0, n)].map((lo, i) => `${lo}-${idx.joinedHi[i]}`),
  };
}

function results() {
  return filters().flatMap((f) => [searchMemberIds(ctx, f), searchMemberIds(ctx, f, 3, 7)]);
}

/** The kept index must equal one built from scratch now. */
function expectSameAsFresh() {
  const kept = { snap: snapshot(), res: results() };
  invalidateSearchIndex(ctx.db);
  expect(kept.snap).toEqual(snapshot());
  expect(kept.res).toEqual(results());
}

async function importRecords(records: MemberRecord[], unitId: number, n: number) {
  const file = tempFile(`nhap-${n}.xlsx`);
  await writeMemberWorkbook(file, records, { blankRate: 0.1, seed: n });
  // Rows already in the register are skipped: the imported ids then have gaps.
  await call(ctx, 'members.importCommit', { file: fileUpload(file), unitId, skipErrors: true });
}

describe('member search index kept up to date', () => {
  it('equals a fresh build after random creates, updates, transfers, leaves, deletes and imports', async () => {
    const pool = memberRecords(600, 21);
    const r = rng(99);
    let next = 0;
    const live: number[] = [];
    const pick = () => live[Math.floor(r() * live.length)];
    for (let round = 0; round < 60; round++) {
      const ops = 1 + Math.floor(r() * (r() < 0.5 ? 3 : 25)); // few changes: moved in place; many: merged
      for (let k = 0; k < ops; k++) {
        const what = r();
        if (what < 0.3 || live.length < 5) {
          const rec = pool[next++ % pool.length];
          const res = await call(ctx, 'members.create', {
            unitId: r() < 0.5 ? A : B,
            name: rec.name,
            gender: rec.gender,
            birthDate: rec.birth,
            cccd: r() < 0.7 ? rec.cccd : null,
            joinedOn: rec.joined,
          });
          if (res.ok) live.push(res.data.id);
        } else if (what < 0.5) {
          await ok(ctx, 'members.update', { id: pick(), name: pool[Math.floor(r() * pool.length)].name, partyMember: r() < 0.3 });
        } else if (what < 0.6) {
          await call(ctx, 'members.addEvent', { memberId: pick(), kind: 'transfer', date: '2026-03-15', toUnitId: r() < 0.5 ? A : B });
        } else if (what < 0.7) {
          await call(ctx, 'members.addEvent', { memberId: pick(), kind: 'leave', date: '2026-06-01', reason: 'Nghỉ việc' });
        } else if (what < 0.85) {
          const id = pick();
          if ((await call(ctx, 'members.delete', { id })).ok) live.splice(live.indexOf(id), 1);
        } else {
          // Overlaps what was created before, so some rows are skipped as existing.
          const from = Math.max(0, next - Math.floor(r() * 10));
          const count = 3 + Math.floor(r() * 15);
          await importRecords(pool.slice(from, from + count), r() < 0.5 ? A : B, round * 100 + k);
          next = from + count;
          live.length = 0;
          live.push(...(ctx.db.prepare('SELECT id FROM members').pluck().all() as number[]));
        }
      }
      // Query now and then, so changes are applied in batches of varying size.
      if (r() < 0.6) searchMemberIds(ctx, { status: 'all' });
      if (round % 10 === 9) expectSameAsFresh();
    }
    expectSameAsFresh();
    expect(ctx.db.prepare('SELECT COUNT(*) FROM member_changes WHERE member_id IS NULL').pluck().get()).toBe(0);
  });

  it('applies an import as the range of ids it added, without a full reload', async () => {
    await makeMember(ctx, A, 'Nguyễn Văn Đức');
    const before = getSearchIndex(ctx.db);
    const pool = memberRecords(40, 3);
    await importRecords(pool, B, 1);
    const marker = ctx.db.prepare('SELECT member_id, last_id FROM member_changes ORDER BY seq DESC LIMIT 1').raw().get();
    const count = ctx.db.prepare('SELECT COUNT(*) FROM members').pluck().get() as number;
    expect(count).toBeGreaterThan(30);
    expect(marker).toEqual([2, count]);
    expect(getSearchIndex(ctx.db)).toBe(before); // the same object, patched
    expect(getSearchIndex(ctx.db).n).toBe(count);
    expectSameAsFresh();
  });

  it('builds in the background in slices; changes during the build and queries meanwhile are right', async () => {
    const pool = memberRecords(300, 8);
    await importRecords(pool, A, 1);
    const ids = ctx.db.prepare('SELECT id FROM members ORDER BY id').pluck().all() as number[];
    invalidateSearchIndex(ctx.db);
    const warm = warmMemberSearch(ctx, 25, 0);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    await turn();
    await turn();
    // A member renamed mid-build can move from a slice already read to one still to come.
    for (const id of ids.slice(0, 40)) {
      await ok(ctx, 'members.update', { id, name: `Vũ Thị ${id % 2 ? 'Yến' : 'An'}` });
      await turn();
    }
    await ok(ctx, 'members.delete', { id: ids[100] });
    await warm;
    expectSameAsFresh();

    // A query arriving mid-build finishes the build itself: never a partial answer.
    invalidateSearchIndex(ctx.db);
    const again = warmMemberSearch(ctx, 25, 0);
    await turn();
    await turn();
    expect(searchMemberIds(ctx, {}).total).toBe(ctx.db.prepare("SELECT COUNT(*) FROM members WHERE status = 'active'").pluck().get());
    await again;
    expectSameAsFresh();
  });

  it('reads the register in order through members_sort, without sorting it', () => {
    const plan = (sql: string) =>
      (ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('a', 1, 10) as { detail: string }[]).map((p) => p.detail).join('; ');
    const slice = plan('SELECT id, name_key FROM members WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT ?');
    expect(slice).toContain('members_sort');
    expect(slice).not.toContain('TEMP B-TREE');
  });
});
