import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, dumpDatabase, ok, testContext } from '../../support/context';
import { makeMember, makeUnit, type Ctx } from './helpers';
import { fitTimeline } from '../../../electron/services/members/duplicates-merge';
import type { MergeEventRow } from '../../../electron/services/members/duplicates-repo';
import { replay } from '../../../electron/services/members/events';
import { isoToVn } from '../../../shared/text/dates';
import { rng } from '../../fixtures/members/generate';

let ctx: Ctx;
let U1: number;
let U2: number;

beforeEach(async () => {
  ctx = testContext(); // today = 22/11/2026
  U1 = await makeUnit(ctx, 'THCS', 'Công đoàn Trường THCS Vĩnh Thuận');
  U2 = await makeUnit(ctx, 'MAY', 'Công đoàn Công ty May Bình Minh');
});
afterEach(() => ctx.close());

/** One person entered twice: in U1 since 2010 (card 2015), and again, without diacritics, in U2 since 2018 (card 2020). */
async function twoRecords() {
  const a = await makeMember(ctx, U1, 'Nguyễn Thị Hồng Nhung', { birthDate: '1985', joinedOn: '2010-03-01', phone: '0912345678' });
  await ok(ctx, 'members.addEvent', { memberId: a, kind: 'card', date: '2015-05-05', cardNo: 'T-15' });
  const b = await makeMember(ctx, U2, 'Nguyen Thi Hong Nhung', {
    birthDate: '1985-07-20',
    joinedOn: '2018-06-01',
    cccd: '079185000123',
  });
  await ok(ctx, 'members.addEvent', { memberId: b, kind: 'card', date: '2020-02-02', cardNo: 'T-20', note: 'Thẻ mới' });
  return { a, b };
}

const eventIds = (id: number) =>
  (ctx.db.prepare('SELECT id FROM member_events WHERE member_id = ?').all(id) as { id: number }[]).map((r) => r.id);

describe('members.merge', () => {
  it('keeps every event of both records in date order, the chosen fields and the removed id in the change log', async () => {
    const { a, b } = await twoRecords();
    const before = [...eventIds(a), ...eventIds(b)].sort((x, y) => x - y);
    await ok(ctx, 'members.list', { query: 'nhung', status: 'all' }); // the search index is built before the merge
    const r = await ok(ctx, 'members.merge', { keepId: a, removeId: b, take: ['birthDate', 'cccd'] });

    expect(r.removedId).toBe(b);
    expect(r.adjusted).toBe(1);
    expect(r.events.map((e) => e.id).sort((x, y) => x - y)).toEqual(before);
    expect(r.events.map((e) => [e.date, e.kind, e.fromUnitId, e.toUnitId])).toEqual([
      ['2010-03-01', 'register', null, U1],
      ['2015-05-05', 'card', null, null],
      ['2018-06-01', 'transfer', U1, U2],
      ['2020-02-02', 'card', null, null],
    ]);
    expect(r.events[2].note).toContain('Gộp hồ sơ');
    expect(r.events[3]).toMatchObject({ cardNo: 'T-20', note: 'Thẻ mới' });
    expect(r.member).toMatchObject({
      id: a,
      name: 'Nguyễn Thị Hồng Nhung',
      birthDate: '1985-07-20',
      cccd: '079185000123',
      phone: '0912345678',
      joinedOn: '2010-03-01',
      status: 'active',
      unitId: U2,
    });

    // The removed record is gone from the register, the lists, the counts and the search.
    expect((await call(ctx, 'members.get', { id: b })).ok).toBe(false);
    const found = await ok(ctx, 'members.list', { query: 'nhung', status: 'all' });
    expect(found.items.map((m) => m.id)).toEqual([a]);
    const stats = await ok(ctx, 'members.stats', { asOf: '2026-11-22' });
    expect(stats.total.members).toBe(1);
    expect(stats.rows.find((row) => row.unitId === U2)?.members).toBe(1);

    // The change log keeps both records as they were, under both ids.
    const log = ctx.db
      .prepare(
        "SELECT entity_id AS id, action, before, after FROM change_log WHERE entity = 'member' AND action IN ('merge', 'merged_into')",
      )
      .all() as { id: number; action: string; before: string; after: string }[];
    expect(log.map((l) => [l.id, l.action])).toEqual([
      [a, 'merge'],
      [b, 'merged_into'],
    ]);
    expect(JSON.parse(log[0].after)).toMatchObject({ removedId: b });
    expect(JSON.parse(log[0].before).removed).toMatchObject({ id: b, name: 'Nguyen Thi Hong Nhung' });
    expect(JSON.parse(log[1].after)).toEqual({ mergedInto: a });
    expect(JSON.parse(log[1].before).events).toHaveLength(2);
  });

  it('folds a second start in the same unit into the note of the first, so its date stays readable', async () => {
    const a = await makeMember(ctx, U1, 'Lê Văn Tám', { joinedOn: '2012-09-01' });
    const b = await makeMember(ctx, U1, 'Le Van Tam', { joinedOn: '2015-01-01' });
    await ok(ctx, 'members.addEvent', { memberId: b, kind: 'card', date: '2016-03-03', cardNo: 'C-1' });
    const r = await ok(ctx, 'members.merge', { keepId: b, removeId: a });
    expect(r.member).toMatchObject({ id: b, name: 'Le Van Tam', status: 'active', unitId: U1 });
    expect(r.events.map((e) => [e.date, e.kind])).toEqual([
      ['2012-09-01', 'register'],
      ['2016-03-03', 'card'],
    ]);
    expect(r.events[0].note).toContain('hồ sơ trùng còn ghi «Ghi vào sổ (đã là đoàn viên)» ngày 01/01/2015');
    const log = ctx.db.prepare("SELECT before FROM change_log WHERE action = 'merge'").get() as { before: string };
    expect(JSON.parse(log.before).keptEvents).toHaveLength(2);
  });

  it('is all-or-nothing: a failure in the middle of the merge leaves every table as it was', async () => {
    const { a, b } = await twoRecords();
    await ok(ctx, 'members.list', { query: 'nhung', status: 'all' });
    // Fails after the events have been moved and rewritten, when the removed record is deleted.
    ctx.db.exec("CREATE TRIGGER test_fail_merge BEFORE DELETE ON members BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
    const snapshot = dumpDatabase(ctx);
    const r = await call(ctx, 'members.merge', { keepId: a, removeId: b, take: ['cccd'] });
    expect(r.ok).toBe(false);
    expect(dumpDatabase(ctx)).toEqual(snapshot);
    ctx.db.exec('DROP TRIGGER test_fail_merge');
    const found = await ok(ctx, 'members.list', { query: 'nhung', status: 'all' });
    expect(found.items.map((m) => m.id).sort()).toEqual([a, b].sort());
  });

  it('refuses a field mix that breaks the member rules, with a Vietnamese message, changing nothing', async () => {
    const a = await makeMember(ctx, U1, 'Phạm Văn Hai', { birthDate: '1980', joinedOn: '2000-01-01' });
    const b = await makeMember(ctx, U2, 'Pham Van Hai', { birthDate: '1995-05-05', joinedOn: '2019-01-01' });
    const snapshot = dumpDatabase(ctx);
    const r = await call(ctx, 'members.merge', { keepId: a, removeId: b, take: ['birthDate'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Không gộp được: .*Hãy chọn lại/);
    const same = await call(ctx, 'members.merge', { keepId: a, removeId: a });
    expect(same.ok).toBe(false);
    expect(dumpDatabase(ctx)).toEqual(snapshot);
  });
});

describe('fitTimeline', () => {
  const names = (id: number) => `ĐV${id}`;
  let next = 1;
  const row = (kind: MergeEventRow['kind'], date: string, fromUnitId: number | null, toUnitId: number | null): MergeEventRow => ({
    id: next++,
    memberId: 1,
    kind,
    date,
    fromUnitId,
    toUnitId,
    externalUnit: null,
    decisionNo: null,
    reason: null,
    cardNo: null,
    note: null,
  });

  /** One record's history that replays on its own: starts, cards, transfers, ends, maybe a start again. */
  function history(r: () => number, from: number): MergeEventRow[] {
    const rows: MergeEventRow[] = [];
    let day = Math.floor(r() * 4000);
    const date = () => new Date(Date.UTC(2000, 0, 1) + (day += 1 + Math.floor(r() * 400)) * 86_400_000).toISOString().slice(0, 10);
    const unitOf = () => 1 + Math.floor(r() * 3);
    const starts = ['register', 'admit', 'transferIn'] as const;
    let unit = unitOf();
    rows.push(row(starts[Math.floor(r() * 3)], date(), null, unit));
    let active = true;
    for (let n = 1 + Math.floor(r() * 5); n > 0; n--) {
      const x = r();
      if (!active) {
        unit = unitOf();
        rows.push(row(starts[Math.floor(r() * 3)], date(), null, unit));
        active = true;
      } else if (x < 0.3) rows.push(row('card', date(), null, null));
      else if (x < 0.65) {
        const to = (unit % 3) + 1;
        rows.push(row('transfer', date(), unit, to));
        unit = to;
      } else {
        rows.push(row(x < 0.8 ? 'leave' : 'transferOut', date(), unit, null));
        active = false;
      }
    }
    return rows.map((e, i) => ({ ...e, id: from + i }));
  }

  it('on 500 random pairs of histories: the merged history replays, and every event is kept or written into a kept note', () => {
    const r = rng(17);
    let folds = 0;
    let rewrites = 0;
    for (let run = 0; run < 500; run++) {
      const a = history(r, 1);
      const b = history(r, 100);
      const merged = [...a, ...b].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));
      const fitted = fitTimeline(merged, names);
      folds += fitted.folded.length;
      rewrites += fitted.rewritten.length;
      const rewritten = new Map(fitted.rewritten.map((e) => [e.id, e]));
      const result = merged.filter((e) => !fitted.folded.includes(e.id)).map((e) => rewritten.get(e.id) ?? e);
      // Kept events keep their date and order; nothing is invented.
      expect(result.map((e) => e.date)).toEqual([...result.map((e) => e.date)].sort());
      expect(result.length + fitted.folded.length).toBe(a.length + b.length);
      expect(() => replay(result, names)).not.toThrow();
      const notes = result.map((e) => e.note ?? '').join(' ');
      for (const id of fitted.folded) expect(notes).toContain(`ngày ${isoToVn(merged.find((e) => e.id === id)!.date)}`);
    }
    // The random histories do overlap: both kinds of fitting are exercised.
    expect(folds).toBeGreaterThan(50);
    expect(rewrites).toBeGreaterThan(50);
  });

  it('names the current unit on an end recorded in another unit, and starts again on a transfer after leaving', () => {
    const rows = [row('register', '2010-01-01', null, 1), row('leave', '2012-01-01', 2, null), row('transfer', '2014-01-01', 2, 3)];
    const fitted = fitTimeline(rows, names);
    expect(fitted.folded).toEqual([]);
    expect(fitted.rewritten.map((e) => [e.id, e.kind, e.fromUnitId, e.toUnitId])).toEqual([
      [rows[1].id, 'leave', 1, null],
      [rows[2].id, 'register', null, 3],
    ]);
  });

  it('folds a card or an end recorded while not a member into the event before', () => {
    const rows = [row('admit', '2010-01-01', null, 1), row('transferOut', '2011-01-01', 1, null), row('card', '2012-01-01', null, null)];
    rows[2].cardNo = 'X-9';
    const fitted = fitTimeline(rows, names);
    expect(fitted.folded).toEqual([rows[2].id]);
    expect(fitted.rewritten).toHaveLength(1);
    expect(fitted.rewritten[0]).toMatchObject({ id: rows[1].id, kind: 'transferOut' });
    expect(fitted.rewritten[0].note).toContain('số thẻ X-9');
  });
});
