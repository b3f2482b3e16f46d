import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, ok, testContext } from '../../support/context';
import { makeMember, makeUnit, type Ctx } from './helpers';
import { invalidateSearchIndex, searchMemberIds } from '../../../electron/services/members/search';
import { memberRecords } from '../../fixtures/members/generate';

let ctx: Ctx;
let A: number;
let B: number;

beforeEach(async () => {
  ctx = testContext(); // today = 22/11/2026
  A = await makeUnit(ctx, 'A', 'CĐCS Trường Tiểu học An Bình', 2);
  B = await makeUnit(ctx, 'B', 'CĐCS Công ty May Bình Minh', 4);
  await makeMember(ctx, A, 'Nguyễn Văn Đức', {
    gender: 'nam',
    birthDate: '1985-12-01',
    cccd: '079085001111',
    memberCode: 'DV-0001',
    joinedOn: '2010-03-01',
    partyMember: true,
  });
  await makeMember(ctx, A, 'Trần Thị Dung', { gender: 'nu', birthDate: '1990', cccd: '079190002222', joinedOn: '2015' });
  await makeMember(ctx, B, 'Lê Kim Thoa', { gender: 'nu', birthDate: '1960-05-05', cccd: '091160003333', joinedOn: '1985-01-01' });
  await makeMember(ctx, B, 'Đỗ Duy Anh', { gender: 'nam', birthDate: '2000-11-23', cccd: '087200004444', joinedOn: '2020-06-01' });
  await makeMember(ctx, B, 'Nguyễn Thị Ánh', { gender: 'nu', birthDate: '1995-02-02', joinedOn: '2019-09-09' });
  const left = await makeMember(ctx, A, 'Phạm Đức Dũng', { gender: 'nam', birthDate: '1970-01-01', joinedOn: '1995-01-01' });
  await ok(ctx, 'members.addEvent', { memberId: left, kind: 'leave', date: '2026-01-15', reason: 'Nghỉ hưu' });
});
afterEach(() => ctx.close());

const names = async (input: Parameters<typeof ok<'members.list'>>[2]) => (await ok(ctx, 'members.list', input)).items.map((m) => m.name);

describe('members.list search', () => {
  it('ignores diacritics and case; d matches đ', async () => {
    expect(await names({ query: 'nguyen van duc' })).toEqual(['Nguyễn Văn Đức']);
    expect(await names({ query: 'NGUYỄN VĂN ĐỨC'.normalize('NFD') })).toEqual(['Nguyễn Văn Đức']);
    expect(await names({ query: 'duc nguyen' })).toEqual(['Nguyễn Văn Đức']); // words in any order
    expect(await names({ query: 'du' })).toEqual(['Đỗ Duy Anh', 'Trần Thị Dung', 'Nguyễn Văn Đức']); // Duy, Dung, Đức — in given-name order
    expect(await names({ query: 'thoa' })).toEqual(['Lê Kim Thoa']);
    expect(await names({ query: 'xyz' })).toEqual([]);
  });

  it('finds by CCCD prefix and member code', async () => {
    expect(await names({ query: '0791' })).toEqual(['Trần Thị Dung']);
    expect(await names({ query: '079' })).toEqual(['Trần Thị Dung', 'Nguyễn Văn Đức']);
    expect(await names({ query: 'dv-0001' })).toEqual(['Nguyễn Văn Đức']);
  });

  it('sorts in Vietnamese order by given name, then the rest (Ánh after Anh, Đức after Dung)', async () => {
    expect(await names({})).toEqual(['Đỗ Duy Anh', 'Nguyễn Thị Ánh', 'Trần Thị Dung', 'Nguyễn Văn Đức', 'Lê Kim Thoa']);
  });

  it('filters by unit, sector, gender, status, party membership, age and join period', async () => {
    expect(await names({ unitId: A })).toEqual(['Trần Thị Dung', 'Nguyễn Văn Đức']);
    expect(await names({ sectorId: 4 })).toEqual(['Đỗ Duy Anh', 'Nguyễn Thị Ánh', 'Lê Kim Thoa']);
    expect(await names({ gender: 'nu' })).toEqual(['Nguyễn Thị Ánh', 'Trần Thị Dung', 'Lê Kim Thoa']);
    expect(await names({ status: 'left' })).toEqual(['Phạm Đức Dũng']);
    expect(await names({ status: 'all', query: 'duc' })).toEqual(['Phạm Đức Dũng', 'Nguyễn Văn Đức']); // Dũng before Đức
    expect(await names({ partyMember: true })).toEqual(['Nguyễn Văn Đức']);
    // Ages on 22/11/2026: Đức 40, Dung 36 (year only), Thoa 66, Duy Anh 25 (birthday tomorrow), Ánh 31.
    expect(await names({ ageMin: 26, ageMax: 40 })).toEqual(['Nguyễn Thị Ánh', 'Trần Thị Dung', 'Nguyễn Văn Đức']);
    expect(await names({ ageMax: 25 })).toEqual(['Đỗ Duy Anh']);
    expect(await names({ ageMin: 60 })).toEqual(['Lê Kim Thoa']);
    // A join date known only by year matches any period touching that year.
    expect(await names({ joinedFrom: '2015-06-01', joinedTo: '2019-12-31' })).toEqual(['Nguyễn Thị Ánh', 'Trần Thị Dung']);
    expect(await names({ joinedTo: '1999-12-31', status: 'all' })).toEqual(['Phạm Đức Dũng', 'Lê Kim Thoa']);
    expect(await names({ unitId: B, gender: 'nu', query: 'anh' })).toEqual(['Nguyễn Thị Ánh']);
  });

  it('pages with offset/limit and returns the total count', async () => {
    const p1 = await ok(ctx, 'members.list', { limit: 2 });
    expect([p1.total, p1.offset, p1.limit, p1.items.map((m) => m.name)]).toEqual([5, 0, 2, ['Đỗ Duy Anh', 'Nguyễn Thị Ánh']]);
    const p3 = await ok(ctx, 'members.list', { limit: 2, offset: 4 });
    expect(p3.items.map((m) => m.name)).toEqual(['Lê Kim Thoa']);
    expect(p3.total).toBe(5);
    expect(p3.items[0]).toMatchObject({
      unitName: 'CĐCS Công ty May Bình Minh',
      sectorName: 'Doanh nghiệp ngoài nhà nước',
      status: 'active',
      gender: 'nu',
    });
  });

  it('sees changes at once (the in-memory index follows the database revision)', async () => {
    expect(await names({ query: 'hoa' })).toEqual(['Lê Kim Thoa']);
    const id = await makeMember(ctx, A, 'Vũ Thị Hoa', { joinedOn: '2020-01-01' });
    expect(await names({ query: 'hoa' })).toEqual(['Vũ Thị Hoa', 'Lê Kim Thoa']);
    await ok(ctx, 'members.update', { id, name: 'Vũ Thị Hòa' });
    expect(await names({ query: 'hoa' })).toEqual(['Vũ Thị Hòa', 'Lê Kim Thoa']);
    await ok(ctx, 'members.addEvent', { memberId: id, kind: 'transfer', date: '2026-02-01', toUnitId: B });
    expect(await names({ unitId: B, query: 'hoa' })).toEqual(['Vũ Thị Hòa', 'Lê Kim Thoa']);
    // Even a change made behind the services' back.
    ctx.db.prepare("UPDATE members SET gender = 'nu' WHERE id = ?").run(id);
    expect(await names({ gender: 'nu', query: 'hoa' })).toEqual(['Vũ Thị Hòa', 'Lê Kim Thoa']);
  });

  it('an index patched change by change lists exactly what a fresh index lists', async () => {
    const recs = memberRecords(60, 21);
    await names({}); // build the index now; everything below is applied as patches
    const ids: number[] = [];
    for (const [i, r] of recs.entries()) {
      ids.push(await makeMember(ctx, i % 2 ? A : B, r.name, { gender: r.gender, birthDate: r.birth, cccd: r.cccd, joinedOn: r.joined }));
    }
    for (const id of ids.slice(0, 20)) await ok(ctx, 'members.update', { id, name: `Vũ Thị ${id % 3 ? 'Ánh' : 'Anh'}` });
    for (const id of ids.slice(20, 30))
      await ok(ctx, 'members.addEvent', { memberId: id, kind: 'leave', date: '2026-06-01', reason: 'Nghỉ việc' });
    for (const id of ids.slice(30, 35)) await ok(ctx, 'members.delete', { id });
    const filters = [
      {},
      { status: 'all' as const },
      { query: 'anh' },
      { query: 'th', gender: 'nu' as const },
      { unitId: A, status: 'all' as const },
    ];
    const patched = [];
    for (const f of filters) patched.push(searchMemberIds(ctx, f));
    invalidateSearchIndex(ctx.db);
    for (const [i, f] of filters.entries()) expect(patched[i]).toEqual(searchMemberIds(ctx, f));
    expect(patched[0].total).toBe(5 + 60 - 10 - 5);
  });

  it('refuses bad list input', async () => {
    for (const bad of [
      { limit: 0 },
      { limit: 5000 },
      { offset: -1 },
      { status: 'gone' },
      { query: 'x'.repeat(201) },
      { ageMin: 'ba mươi' },
      { page: 1 },
    ]) {
      const r = await call(ctx, 'members.list', bad as never);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
    }
  });
});
