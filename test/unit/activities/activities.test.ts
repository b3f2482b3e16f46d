import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../../shared/activities/schema';
import { call, ok, testContext } from '../../support/context';

// The activity log on a real SQLite file: the office's and the units' activities, members picked
// as beneficiaries (shown on their page, warned when supported twice in a round), the editable
// list of types mapped to indicator codes.

let ctx: ReturnType<typeof testContext>;
let unitA: number;
let unitB: number;
let visit: number;
let launch: number;
let roundId: number;

beforeEach(async () => {
  ctx = testContext(); // today: 22/11/2026
  unitA = (await ok(ctx, 'units.create', { code: 'CD001', name: 'Trường THCS Vĩnh Thuận' })).id;
  unitB = (await ok(ctx, 'units.create', { code: 'CD002', name: 'Công ty TNHH Thủy sản Minh Phú' })).id;
  const types = await ok(ctx, 'activities.types', {});
  visit = types.find((t) => t.name === 'Thăm hỏi, tặng quà')!.id;
  launch = types.find((t) => t.name === 'Lễ phát động, mít tinh')!.id;
  const indicators = await ok(ctx, 'reports.defaultIndicators', {});
  roundId = (
    await ok(ctx, 'reports.createRound', {
      name: 'Kết quả Tháng Công nhân năm 2026',
      code: 'TCN2026',
      deadline: '2026-11-29',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      indicators,
    })
  ).id;
});
afterEach(() => ctx.close());

const activity = (extra: Partial<ActivityInput> = {}): ActivityInput => ({
  typeId: visit,
  date: '2026-11-10',
  title: 'Thăm hỏi đoàn viên ốm đau',
  ...extra,
});

describe('activity types', () => {
  it('come with defaults mapped to the codes of the Workers’ Month catalogue', async () => {
    const types = await ok(ctx, 'activities.types', {});
    const v = types.find((t) => t.id === visit)!;
    expect(v).toMatchObject({ hasBeneficiaries: true, used: 0 });
    expect(v.indicators).toMatchObject({
      activities: ['1.1'],
      beneficiaries: ['2.1', '2.2'],
      accident: ['2.1.1'],
      money_total: ['2.3'],
      money_union: ['2.3.1'],
      money_employer: ['2.3.2'],
      money_social: ['2.3.3'],
    });
    const dialogue = types.find((t) => t.name === 'Đối thoại')!;
    expect(dialogue.indicators.activities).toEqual(['1.1', '4.1']);
  });

  it('can be renamed, added and remapped; a type in use cannot be deleted', async () => {
    await ok(ctx, 'activities.create', activity());
    const types = await ok(ctx, 'activities.types', {});
    const edited = types.map((t) => ({
      id: t.id,
      name: t.id === launch ? 'Lễ phát động' : t.name,
      hasBeneficiaries: t.hasBeneficiaries,
      indicators: t.indicators,
    }));
    edited.push({
      id: null as unknown as number,
      name: 'Hội thi tay nghề',
      hasBeneficiaries: false,
      indicators: { activities: ['1.1'], participants: ['1.2', '9.9'] },
    });
    const saved = await ok(ctx, 'activities.saveTypes', { types: edited });
    expect(saved.find((t) => t.id === launch)!.name).toBe('Lễ phát động');
    expect(saved.at(-1)).toMatchObject({ name: 'Hội thi tay nghề', indicators: { activities: ['1.1'], participants: ['1.2', '9.9'] } });

    const withoutVisit = saved
      .filter((t) => t.id !== visit)
      .map((t) => ({ id: t.id, name: t.name, hasBeneficiaries: t.hasBeneficiaries, indicators: t.indicators }));
    const r = await call(ctx, 'activities.saveTypes', { types: withoutVisit });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toContain('"Thăm hỏi, tặng quà" (đã có 1 hoạt động)');

    const dup = await call(ctx, 'activities.saveTypes', {
      types: [...edited.slice(0, 2), { id: null, name: 'thăm hỏi, TẶNG QUÀ', hasBeneficiaries: true, indicators: {} }],
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('logging activities', () => {
  it('an activity of the office counts toward the round of its date; money by source', async () => {
    const { activity: a, warnings } = await ok(ctx, 'activities.create', {
      typeId: launch,
      date: '2026-11-02',
      title: '  Lễ phát động Tháng Công nhân ',
      place: 'Hội trường UBND huyện',
      participants: 250,
      moneyUnion: 5_000_000,
      moneyGovernment: 2_000_000,
    });
    expect(warnings).toEqual([]);
    expect(a).toMatchObject({
      unitId: null,
      unitName: null,
      title: 'Lễ phát động Tháng Công nhân',
      roundId,
      roundName: 'Kết quả Tháng Công nhân năm 2026',
      participants: 250,
      moneyTotal: 7_000_000,
      typeName: 'Lễ phát động, mít tinh',
    });
    // Outside every round's period: no round, unless chosen.
    const outside = await ok(ctx, 'activities.create', activity({ date: '2026-03-08' }));
    expect(outside.activity.roundId).toBeNull();
    const chosen = await ok(ctx, 'activities.create', activity({ date: '2026-03-08', roundId }));
    expect(chosen.activity.roundId).toBe(roundId);
    const none = await ok(ctx, 'activities.create', activity({ roundId: null }));
    expect(none.activity.roundId).toBeNull();
  });

  it('refuses what cannot be right, with the field to fix', async () => {
    const bad = async (input: ActivityInput, field: string) => {
      const r = await call(ctx, 'activities.create', input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(Object.keys(r.error.fields ?? {})).toContain(field);
    };
    await bad(activity({ title: '   ' }), 'title');
    await bad(activity({ endDate: '2026-11-01' }), 'endDate');
    await bad(activity({ moneyUnion: -5 }), 'moneyUnion');
    await bad(activity({ participants: 1.5 }), 'participants');
    await bad(activity({ typeId: 9999 }), 'typeId');
    await bad(activity({ unitId: 9999 }), 'unitId');
    await bad(activity({ roundId: 9999 }), 'roundId');
    await bad(activity({ beneficiaries: [{ memberId: 9999 }] }), 'beneficiaries.0.memberId');
    const m = await ok(ctx, 'members.create', { unitId: unitA, name: 'Trần Văn Hai' });
    await bad(activity({ beneficiaries: [{ memberId: m.id }, { memberId: m.id }] }), 'beneficiaries.1.memberId');
  });

  it('lists with filters, search without diacritics and sums over every match', async () => {
    await ok(ctx, 'activities.create', activity({ participants: 10, moneyUnion: 1_000_000 }));
    await ok(
      ctx,
      'activities.create',
      activity({ typeId: launch, unitId: unitA, title: 'Hội thao chào mừng 1/5', participants: 120, date: '2026-11-05' }),
    );
    await ok(
      ctx,
      'activities.create',
      activity({ unitId: unitB, title: 'Đối thoại tháng 5', date: '2026-11-20', otherBeneficiaries: 3, moneyEmployer: 2_500_000 }),
    );
    const all = await ok(ctx, 'activities.list', {});
    expect(all.items.map((a) => a.title)).toEqual(['Đối thoại tháng 5', 'Thăm hỏi đoàn viên ốm đau', 'Hội thao chào mừng 1/5']);
    expect(all.sums).toEqual({ participants: 130, beneficiaries: 3, money: 3_500_000 });
    expect((await ok(ctx, 'activities.list', { organiser: 'office' })).items.map((a) => a.title)).toEqual(['Thăm hỏi đoàn viên ốm đau']);
    expect((await ok(ctx, 'activities.list', { organiser: unitA })).total).toBe(1);
    expect((await ok(ctx, 'activities.list', { query: 'doi thoai' })).items[0].title).toBe('Đối thoại tháng 5');
    expect((await ok(ctx, 'activities.list', { query: 'minh phu' })).total).toBe(1); // by the organising unit's name
    expect((await ok(ctx, 'activities.list', { typeId: launch })).total).toBe(1);
    expect((await ok(ctx, 'activities.list', { from: '2026-11-06', to: '2026-11-15' })).total).toBe(1);
    expect((await ok(ctx, 'activities.list', { limit: 1, offset: 1 })).items.map((a) => a.title)).toEqual(['Thăm hỏi đoàn viên ốm đau']);
  });

  it('updates and deletes, keeping the change log', async () => {
    const { activity: a } = await ok(ctx, 'activities.create', activity());
    const { activity: b } = await ok(ctx, 'activities.update', {
      id: a.id,
      ...activity({ title: 'Thăm hỏi đoàn viên bị tai nạn', unitId: unitA }),
    });
    expect(b).toMatchObject({ id: a.id, title: 'Thăm hỏi đoàn viên bị tai nạn', unitName: 'Trường THCS Vĩnh Thuận' });
    await ok(ctx, 'activities.delete', { id: a.id });
    expect((await call(ctx, 'activities.get', { id: a.id })).ok).toBe(false);
    const log = ctx.db.prepare("SELECT action FROM change_log WHERE entity = 'activity' AND entity_id = ? ORDER BY id").all(a.id) as {
      action: string;
    }[];
    expect(log.map((l) => l.action)).toEqual(['create', 'update', 'delete']);
  });
});

describe('members supported', () => {
  it('shows on the member, warns when supported twice in a round, survives the member’s deletion', async () => {
    const m1 = await ok(ctx, 'members.create', { unitId: unitA, name: 'Trần Thị Bé' });
    const m2 = await ok(ctx, 'members.create', { unitId: unitB, name: 'Lê Văn Tám' });
    const first = await ok(ctx, 'activities.create', {
      ...activity({ title: 'Thăm hỏi đoàn viên khó khăn', moneyUnion: 1_000_000, otherBeneficiaries: 1 }),
      beneficiaries: [
        { memberId: m1.id, situation: 'hardship', note: 'Chồng mất sớm' },
        { memberId: m2.id, situation: 'accident' },
      ],
    });
    expect(first.warnings).toEqual([]);
    expect(first.activity.beneficiaries).toEqual([
      { memberId: m1.id, memberName: 'Trần Thị Bé', unitName: 'Trường THCS Vĩnh Thuận', situation: 'hardship', note: 'Chồng mất sớm' },
      { memberId: m2.id, memberName: 'Lê Văn Tám', unitName: 'Công ty TNHH Thủy sản Minh Phú', situation: 'accident', note: null },
    ]);
    expect(first.activity).toMatchObject({ memberCount: 2, otherBeneficiaries: 1 });

    // Before saving, the form asks who was already supported in the round.
    const prior = await ok(ctx, 'activities.priorSupport', { memberIds: [m1.id, 424242], roundId, date: '2026-11-15' });
    expect(prior).toEqual([
      {
        memberId: m1.id,
        memberName: 'Trần Thị Bé',
        activities: [{ id: first.activity.id, title: 'Thăm hỏi đoàn viên khó khăn', date: '2026-11-10', typeName: 'Thăm hỏi, tặng quà' }],
      },
    ]);
    expect(await ok(ctx, 'activities.priorSupport', { memberIds: [m1.id], roundId, excludeActivityId: first.activity.id })).toEqual([]);

    // Saving anyway is allowed, with a warning naming the earlier support.
    const second = await ok(ctx, 'activities.create', {
      ...activity({ date: '2026-11-15', title: 'Tặng quà Tháng Công nhân' }),
      beneficiaries: [{ memberId: m1.id }],
    });
    expect(second.warnings).toEqual(['Trần Thị Bé đã được hỗ trợ trong đợt này: Thăm hỏi đoàn viên khó khăn (10/11/2026).']);

    const support = await ok(ctx, 'activities.forMember', { memberId: m1.id });
    expect(support.map((s) => [s.title, s.situation, s.organiserName, s.roundName, s.moneyTotal, s.beneficiaryCount])).toEqual([
      ['Tặng quà Tháng Công nhân', null, null, 'Kết quả Tháng Công nhân năm 2026', 0, 1],
      ['Thăm hỏi đoàn viên khó khăn', 'hardship', null, 'Kết quả Tháng Công nhân năm 2026', 1_000_000, 3],
    ]);

    // A member record created by mistake can still be deleted; the activity keeps the name.
    await ok(ctx, 'members.delete', { id: m2.id });
    const after = await ok(ctx, 'activities.get', { id: first.activity.id });
    expect(after.beneficiaries[1]).toMatchObject({ memberId: null, memberName: 'Lê Văn Tám', situation: 'accident' });
    expect(after.memberCount).toBe(2);
  });
});
