import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { call, dumpDatabase, ok, tempDir, testContext } from '../../support/context';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.close());

const office = () =>
  ok(ctx, 'settings.update', { ...EXAMPLE_OFFICE, superiorBody: EXAMPLE_OFFICE.superiorBody ?? '', address: '', phone: '', email: '' });

async function register() {
  const thcs = await ok(ctx, 'units.create', { code: 'THCS-VT', name: 'Công đoàn cơ sở Trường THCS Vĩnh Thuận', shortName: 'THCS VT' });
  const th = await ok(ctx, 'units.create', { code: 'TH-VT', name: 'Công đoàn cơ sở Trường Tiểu học Vĩnh Thuận' });
  const a = await ok(ctx, 'members.create', { unitId: thcs.id, name: 'Nguyễn Thị Đào', birthDate: '1985-03-05' });
  const b = await ok(ctx, 'members.create', { unitId: th.id, name: 'Đào Văn Vĩnh', birthDate: '1979' });
  return { thcs, th, a, b };
}

describe('search.all', () => {
  it('finds every kind without diacritics and names what each hit is', async () => {
    await office();
    const { thcs, th, a, b } = await register();
    const plan = await ok(ctx, 'documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-28' });
    const incoming = await ok(ctx, 'incoming.create', {
      receivedOn: '2026-03-25',
      docNumber: '29/KH-LĐLĐ',
      docDate: '2026-03-22',
      docKind: 'KH',
      issuer: 'Liên đoàn Lao động tỉnh An Giang',
      subject: 'Về việc tổ chức các hoạt động Tháng Công nhân năm 2026',
    });
    const indicators = await ok(ctx, 'reports.defaultIndicators', {});
    const round = await ok(ctx, 'reports.createRound', {
      name: 'Kết quả Tháng Công nhân năm 2026',
      code: 'TCN2026',
      deadline: '2026-05-26',
      indicators,
    });

    const people = await ok(ctx, 'search.all', { query: 'dao' });
    const members = people.groups.find((g) => g.kind === 'member');
    expect(members?.total).toBe(2);
    expect(members?.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    const dao = members?.items.find((i) => i.id === a.id);
    expect(dao).toMatchObject({ title: 'Nguyễn Thị Đào', detail: 'sinh 05/03/1985 · Công đoàn cơ sở Trường THCS Vĩnh Thuận' });
    expect(members?.items.find((i) => i.id === b.id)?.detail).toBe('sinh 1979 · Công đoàn cơ sở Trường Tiểu học Vĩnh Thuận');

    const schools = await ok(ctx, 'search.all', { query: 'VINH THUAN' });
    // Members are found by their own name, CCCD and code, not by their unit's name.
    expect(schools.groups.map((g) => g.kind)).toEqual(['unit']);
    expect(schools.groups[0].items.map((i) => i.id)).toEqual([thcs.id, th.id]);
    expect(schools.groups[0].items[0].detail).toBe('Mã THCS-VT · THCS VT');

    const month = await ok(ctx, 'search.all', { query: 'thang cong nhan 2026' });
    expect(month.groups.map((g) => g.kind)).toEqual(['document', 'incoming', 'round']);
    expect(month.groups[0].items[0]).toMatchObject({ id: plan.document.id, kind: 'document' });
    expect(month.groups[0].items[0].detail).toMatch(/^Kế hoạch · dự thảo · 28\/03\/2026$/);
    expect(month.groups[1].items[0]).toMatchObject({
      id: incoming.id,
      title: '29/KH-LĐLĐ — Về việc tổ chức các hoạt động Tháng Công nhân năm 2026',
    });
    expect(month.groups[2].items[0]).toMatchObject({ id: round.id, title: 'Kết quả Tháng Công nhân năm 2026' });
    expect(month.groups[2].items[0].detail).toBe('Mã TCN2026 · hạn nộp 26/05/2026');

    expect((await ok(ctx, 'search.all', { query: 'tcn2026' })).groups.map((g) => g.kind)).toEqual(['round']);
  });

  it('keeps a few of each kind, with the total, members in a unit first', async () => {
    const u = await ok(ctx, 'units.create', { code: 'A', name: 'Công ty Một' });
    const ids: number[] = [];
    for (let i = 0; i < 9; i++) ids.push((await ok(ctx, 'members.create', { unitId: u.id, name: `Trần Văn Hùng ${i}` })).id);
    await ok(ctx, 'members.addEvent', { memberId: ids[0], kind: 'leave', date: '2026-11-22', reason: 'Nghỉ hưu' });
    const r = await ok(ctx, 'search.all', { query: 'tran van hung', limit: 4 });
    const g = r.groups[0];
    expect(g.total).toBe(9);
    expect(g.items).toHaveLength(4);
    expect(g.items.every((i) => !i.inactive)).toBe(true);
    const all = await ok(ctx, 'search.all', { query: 'hung' });
    expect(all.groups[0].items).toHaveLength(6);
    const left = await ok(ctx, 'search.all', { query: 'hung 0' });
    expect(left.groups[0].items).toEqual([expect.objectContaining({ id: ids[0], inactive: true })]);
  });

  it('finds nothing for an empty query or plain LIKE characters, and refuses bad input without changes', async () => {
    await register();
    expect(await ok(ctx, 'search.all', { query: '   ' })).toEqual({ groups: [] });
    expect(await ok(ctx, 'search.all', { query: '%' })).toEqual({ groups: [] });
    expect(await ok(ctx, 'search.all', { query: '_' })).toEqual({ groups: [] });
    const before = dumpDatabase(ctx);
    const long = await call(ctx, 'search.all', { query: 'x'.repeat(201) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.message).toMatch(/quá dài/);
    expect((await call(ctx, 'search.all', { query: 'a', limit: 0 })).ok).toBe(false);
    expect(dumpDatabase(ctx)).toEqual(before);
  });
});

describe('app.checklist', () => {
  it('ticks each step as its data appears, and remembers when the clerk hides it', async () => {
    const first = await ok(ctx, 'app.checklist', {});
    expect(first).toEqual({
      done: { office: false, units: false, members: false, plan: false, round: false, backup: false },
      hidden: false,
    });
    await office();
    expect((await ok(ctx, 'app.checklist', {})).done.office).toBe(true);
    const { thcs } = await register();
    expect((await ok(ctx, 'app.checklist', {})).done).toMatchObject({ units: true, members: true, plan: false });
    // A letter is not the year's plan.
    await ok(ctx, 'documents.create', { templateKey: 'cong-van', year: 2026, date: '2026-03-28' });
    expect((await ok(ctx, 'app.checklist', {})).done.plan).toBe(false);
    await ok(ctx, 'documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-28' });
    expect((await ok(ctx, 'app.checklist', {})).done.plan).toBe(true);
    const indicators = await ok(ctx, 'reports.defaultIndicators', {});
    await ok(ctx, 'reports.createRound', { name: 'Đợt thử', code: 'THU', deadline: '2026-05-26', indicators, unitIds: [thcs.id] });
    expect((await ok(ctx, 'app.checklist', {})).done.round).toBe(true);
    await ok(ctx, 'backup.create', { folder: tempDir('usb-') });
    const all = await ok(ctx, 'app.checklist', {});
    expect(Object.values(all.done).every(Boolean)).toBe(true);

    expect((await ok(ctx, 'app.hideChecklist', { hidden: true })).hidden).toBe(true);
    expect((await ok(ctx, 'app.checklist', {})).hidden).toBe(true);
    expect((await ok(ctx, 'app.hideChecklist', { hidden: false })).hidden).toBe(false);
    expect((await call(ctx, 'app.hideChecklist', { hidden: 'yes' } as never)).ok).toBe(false);
  });
});
