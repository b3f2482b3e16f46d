import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, dumpDatabase, ok, testContext } from '../../support/context';
import { makeMember, makeUnit, type Ctx } from './helpers';

let ctx: Ctx;
let A: number;
let B: number;
let C: number;

beforeEach(async () => {
  ctx = testContext(); // today = 22/11/2026
  A = await makeUnit(ctx, 'A', 'CĐCS Trường Tiểu học An Bình', 2);
  B = await makeUnit(ctx, 'B', 'CĐCS Trường THCS Bình Minh', 2);
  C = await makeUnit(ctx, 'C', 'CĐCS Ủy ban nhân dân xã Cẩm Lệ', 1);
});
afterEach(() => ctx.close());

async function scenario() {
  const m1 = await makeMember(ctx, A, 'Thạch Thị Sa Ry', {
    gender: 'nu',
    ethnicity: 'Khmer',
    partyMember: true,
    partyDate: '2010',
    joinedOn: '2010-01-01',
    birthDate: '1980',
  });
  const m2 = await makeMember(ctx, A, 'Trần Văn Hai', { gender: 'nam', joinedOn: '2012-05-05' });
  await ok(ctx, 'members.addEvent', { memberId: m2, kind: 'transfer', date: '2026-03-15', toUnitId: B, decisionNo: '05/QĐ-LĐLĐ' });
  const m3 = await makeMember(ctx, B, 'Lê Thị Ba', { gender: 'nu', startKind: 'admit', startDate: '2026-02-01', decisionNo: '01/QĐ' });
  const m4 = await makeMember(ctx, A, 'Phạm Văn Bốn', { gender: 'nam', joinedOn: '2011-01-01' });
  await ok(ctx, 'members.addEvent', { memberId: m4, kind: 'leave', date: '2026-04-10', reason: 'Nghỉ việc' });
  const m5 = await makeMember(ctx, C, 'Hoàng Văn Năm', {
    gender: 'nam',
    startKind: 'transferIn',
    startDate: '2026-01-05',
    externalUnit: 'CĐCS Xã X, huyện Y',
  });
  await ok(ctx, 'members.addEvent', { memberId: m5, kind: 'transferOut', date: '2026-05-20', externalUnit: 'LĐLĐ huyện Z' });
  const m6 = await makeMember(ctx, A, 'Võ Thị Sáu', { gender: 'nu', joinedOn: '2015-01-01', partyMember: true, partyDate: '2026-10-01' });
  await ok(ctx, 'members.addEvent', { memberId: m6, kind: 'card', date: '2026-02-02', cardNo: 'T-0006' });
  return { m1, m2, m3, m4, m5, m6 };
}

const unitRow = (stats: Awaited<ReturnType<typeof stats_>>, unitId: number) => stats.rows.find((r) => r.unitId === unitId)!;
const stats_ = (asOf?: string, periodFrom?: string) =>
  ok(ctx, 'members.stats', { ...(asOf ? { asOf } : {}), ...(periodFrom ? { periodFrom } : {}) });

describe('life events', () => {
  it('a transfer moves the member and keeps the history; status and unit come from events', async () => {
    const { m2, m4, m5 } = await scenario();
    expect(await ok(ctx, 'members.get', { id: m2 })).toMatchObject({ unitId: B, status: 'active' });
    expect(await ok(ctx, 'members.get', { id: m4 })).toMatchObject({ unitId: A, status: 'left' });
    expect(await ok(ctx, 'members.get', { id: m5 })).toMatchObject({ unitId: C, status: 'transferred_out' });
    const ev = await ok(ctx, 'members.events', { id: m2 });
    expect(ev.map((e) => [e.kind, e.date, e.fromUnitName, e.toUnitName, e.decisionNo])).toEqual([
      ['register', '2012-05-05', null, 'CĐCS Trường Tiểu học An Bình', null],
      ['transfer', '2026-03-15', 'CĐCS Trường Tiểu học An Bình', 'CĐCS Trường THCS Bình Minh', '05/QĐ-LĐLĐ'],
    ]);
    expect(ev.map((e) => e.canDelete)).toEqual([false, true]);
  });

  it('counts a member transferred on D in the old unit before D and in the new unit from D', async () => {
    await scenario();
    const before = await stats_('2026-03-14');
    expect([unitRow(before, A).members, unitRow(before, B).members, unitRow(before, C).members]).toEqual([4, 1, 1]);
    const on = await stats_('2026-03-15');
    expect([unitRow(on, A).members, unitRow(on, B).members, unitRow(on, C).members]).toEqual([3, 2, 1]);
    expect(on.total.members).toBe(6);
  });

  it('half-year statistics: members, women, minorities, party members and the movements of the period', async () => {
    await scenario();
    const s = await stats_('2026-05-31');
    expect(s.periodFrom).toBe('2025-12-01');
    expect(s.reportingDates).toEqual(['2026-05-31', '2026-11-30']);
    expect(unitRow(s, A)).toMatchObject({
      members: 2,
      women: 2,
      ethnicMinorities: 1,
      partyMembers: 1,
      admitted: 0,
      transferredIn: 0,
      transferredOut: 1,
      left: 1,
    });
    expect(unitRow(s, B)).toMatchObject({ members: 2, women: 1, admitted: 1, transferredIn: 1, transferredOut: 0, left: 0 });
    expect(unitRow(s, C)).toMatchObject({ members: 0, transferredIn: 1, transferredOut: 1 });
    // Totals: moves between our own units cancel out; only moves across the boundary count.
    expect(s.total).toEqual({
      members: 4,
      women: 3,
      ethnicMinorities: 1,
      partyMembers: 1,
      admitted: 1,
      transferredIn: 1,
      transferredOut: 1,
      left: 1,
    });
    expect(s.internalTransfers).toBe(1);
    // Party membership counts from its date: m6 became a Party member on 1/10/2026.
    const nov = await stats_('2026-11-30');
    expect(unitRow(nov, A).partyMembers).toBe(2);
  });

  it('defaults to the next reporting date of the current year and the half-year before it', async () => {
    await scenario();
    const s = await ok(ctx, 'members.stats', {});
    expect([s.asOf, s.periodFrom]).toEqual(['2026-11-30', '2026-06-01']);
    const bad = await call(ctx, 'members.stats', { asOf: '2026-05-31', periodFrom: '2026-06-01' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields?.periodFrom).toMatch(/phải trước ngày chốt số liệu/);
  });

  it('statistics for a sector count transfers into it from another sector as transfers in', async () => {
    await scenario();
    const m = await makeMember(ctx, C, 'Đinh Văn Bảy', { joinedOn: '2015-01-01' });
    await ok(ctx, 'members.addEvent', { memberId: m, kind: 'transfer', date: '2026-04-01', toUnitId: A });
    const s = await ok(ctx, 'members.stats', { asOf: '2026-05-31', sectorId: 2 });
    expect(s.rows.map((r) => r.unitId).sort()).toEqual([A, B].sort());
    expect(s.total.transferredIn).toBe(1);
    expect(s.internalTransfers).toBe(1);
  });

  it('refuses events that do not fit the history, with Vietnamese messages, changing nothing', async () => {
    const { m2, m4, m1 } = await scenario();
    const before = dumpDatabase(ctx);
    const bad = async (input: Parameters<typeof call<'members.addEvent'>>[2], re: RegExp) => {
      const r = await call(ctx, 'members.addEvent', input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.error.message, JSON.stringify(input)).toMatch(re);
    };
    await bad({ memberId: m2, kind: 'transfer', date: '2026-04-01', toUnitId: B }, /hãy chọn đơn vị khác/);
    await bad({ memberId: m2, kind: 'admit', date: '2026-04-01', unitId: C }, /đang sinh hoạt tại "CĐCS Trường THCS Bình Minh"/);
    await bad({ memberId: m4, kind: 'transfer', date: '2026-05-01', toUnitId: B }, /không sinh hoạt ở đơn vị nào/);
    await bad({ memberId: m4, kind: 'card', date: '2026-05-01' }, /không sinh hoạt/);
    await bad({ memberId: m1, kind: 'leave', date: '2027-01-01', reason: 'x' }, /không được sau ngày hôm nay/);
    await bad({ memberId: m1, kind: 'card', date: '1990-01-01' }, /ít nhất 15 năm/);
    // Back-dated transfer that contradicts a later event: m2 went A → B on 15/3, a transfer A → C on 1/3 breaks it.
    await bad({ memberId: m2, kind: 'transfer', date: '2026-03-01', toUnitId: C }, /không phải "CĐCS Trường Tiểu học An Bình"/);
    const noReason = await call(ctx, 'members.addEvent', { memberId: m1, kind: 'leave', date: '2026-06-01', reason: ' ' });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.error.fields?.reason).toBe('Hãy nhập lý do thôi sinh hoạt.');
    expect((await call(ctx, 'members.addEvent', { memberId: m1, kind: 'promote', date: '2026-06-01' } as never)).ok).toBe(false);
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('accepts a back-dated event that fits and rebuilds the history', async () => {
    const { m6 } = await scenario();
    // m6 got a card on 2/2/2026; record now that they had moved A → B on 1/1/2026.
    const { member, events } = await ok(ctx, 'members.addEvent', { memberId: m6, kind: 'transfer', date: '2026-01-01', toUnitId: B });
    expect(member.unitId).toBe(B);
    expect(events.map((e) => e.kind)).toEqual(['register', 'transfer', 'card']);
    expect(unitRow(await stats_('2025-12-31'), A).members).toBe(4);
    expect(unitRow(await stats_('2026-01-01'), B).members).toBe(1);
  });

  it('re-admission after leaving, and deleting the latest event to undo a mistake', async () => {
    const { m4 } = await scenario();
    const { member } = await ok(ctx, 'members.addEvent', {
      memberId: m4,
      kind: 'admit',
      date: '2026-09-01',
      unitId: B,
      decisionNo: '09/QĐ',
    });
    expect(member).toMatchObject({ status: 'active', unitId: B });
    const s = await stats_('2026-11-30');
    expect(unitRow(s, B)).toMatchObject({ admitted: 1 });
    const events = await ok(ctx, 'members.events', { id: m4 });
    const first = events[0];
    const notLatest = await call(ctx, 'members.deleteEvent', { memberId: m4, eventId: first.id });
    expect(notLatest.ok).toBe(false);
    if (!notLatest.ok) expect(notLatest.error.message).toMatch(/Chỉ xóa được sự kiện gần nhất/);
    const latest = events[events.length - 1];
    const after = await ok(ctx, 'members.deleteEvent', { memberId: m4, eventId: latest.id });
    expect(after.member).toMatchObject({ status: 'left', unitId: A });
    expect(after.events.map((e) => e.kind)).toEqual(['register', 'leave']);
    await ok(ctx, 'members.deleteEvent', { memberId: m4, eventId: after.events[1].id });
    const only = (await ok(ctx, 'members.events', { id: m4 }))[0];
    const lastOne = await call(ctx, 'members.deleteEvent', { memberId: m4, eventId: only.id });
    expect(lastOne.ok).toBe(false);
    expect(await ok(ctx, 'members.get', { id: m4 })).toMatchObject({ status: 'active', unitId: A });
  });

  it('refuses a transfer into a dissolved unit', async () => {
    const { m1 } = await scenario();
    await ok(ctx, 'units.dissolve', { id: C, dissolvedOn: '2026-06-30' });
    const r = await call(ctx, 'members.addEvent', { memberId: m1, kind: 'transfer', date: '2026-07-01', toUnitId: C });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.toUnitId).toMatch(/đã giải thể từ ngày 30\/06\/2026/);
    // Before the dissolution it was fine (history is kept for the dissolved unit).
    await ok(ctx, 'members.addEvent', { memberId: m1, kind: 'transfer', date: '2026-06-01', toUnitId: C });
  });
});
