import { afterAll, describe, expect, it } from 'vitest';
import { defaultSectorKind } from '../../../shared/results/schema';
import { percentOf, shareOfUnits } from '../../../shared/results/share';
import { ok, testContext } from '../../support/context';

describe('share of units with at least one activity (pure)', () => {
  it('counts per group against the targets', () => {
    const units = [
      ...Array.from({ length: 20 }, (_, i) => ({ kind: 'enterprise' as const, active: i < 11 })), // 55% → met
      ...Array.from({ length: 10 }, (_, i) => ({ kind: 'public' as const, active: i < 3 })), // 30% → not met
      { kind: 'other' as const, active: true },
    ];
    const r = shareOfUnits(units, { enterprise: 55, public: 35 });
    const [ent, pub, other] = r.groups;
    expect(ent).toMatchObject({ kind: 'enterprise', units: 20, active: 11, percent: 55, target: 55, met: true });
    expect(pub).toMatchObject({ kind: 'public', units: 10, active: 3, percent: 30, target: 35, met: false });
    expect(other).toMatchObject({ kind: 'other', units: 1, active: 1, percent: 100, target: null, met: null });
    expect(r.total).toEqual({ units: 31, active: 15, percent: 48.4 });
  });

  it('judges the target on the exact ratio, not the rounded percentage', () => {
    // 1099/2000 = 54.95%: shown as 55 (one decimal, half up), yet below the 55% target.
    const units = Array.from({ length: 2000 }, (_, i) => ({ kind: 'enterprise' as const, active: i < 1099 }));
    const g = shareOfUnits(units, { enterprise: 55, public: 35 }).groups[0];
    expect(g.percent).toBe(55); // 54.95 rounds half up to 55.0 for display…
    expect(g.met).toBe(false); // …but 54.95% is below 55%.
  });

  it('an empty group has no percentage and no verdict; no target means no verdict', () => {
    const r = shareOfUnits([{ kind: 'public', active: false }], { enterprise: 55, public: null });
    expect(r.groups[0]).toMatchObject({ units: 0, percent: null, met: null });
    expect(r.groups[1]).toMatchObject({ units: 1, active: 0, percent: 0, target: null, met: null });
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(0, 0)).toBeNull();
  });

  it('guesses the group of the default sectors from their names', () => {
    expect(defaultSectorKind('Doanh nghiệp nhà nước')).toBe('enterprise');
    expect(defaultSectorKind('Doanh nghiệp ngoài nhà nước')).toBe('enterprise');
    expect(defaultSectorKind('Doanh nghiệp có vốn đầu tư nước ngoài (FDI)')).toBe('enterprise');
    expect(defaultSectorKind('Hành chính sự nghiệp')).toBe('public');
    expect(defaultSectorKind('Giáo dục')).toBe('public');
    expect(defaultSectorKind('Xã, phường, thị trấn')).toBe('public');
    expect(defaultSectorKind('Nghiệp đoàn, khác')).toBe('other');
    expect(defaultSectorKind(null)).toBe('other');
  });
});

describe('share of units in a round', () => {
  const ctx = testContext();
  afterAll(() => ctx.close());

  it('a unit is active with activity indicator > 0 in its report or an activity logged for it', async () => {
    const sectors = await ok(ctx, 'sectors.list', {});
    const ent = sectors.find((s) => s.name === 'Doanh nghiệp ngoài nhà nước')!.id;
    const pub = sectors.find((s) => s.name === 'Giáo dục')!.id;
    const ids: Record<string, number> = {};
    for (const [code, sectorId] of [
      ['E1', ent],
      ['E2', ent],
      ['E3', ent],
      ['E4', ent],
      ['P1', pub],
      ['P2', pub],
      ['P3', pub],
    ] as const) {
      ids[code] = (await ok(ctx, 'units.create', { code, name: `Đơn vị ${code}`, sectorId })).id;
    }
    const indicators = await ok(ctx, 'reports.defaultIndicators', {});
    const round = await ok(ctx, 'reports.createRound', {
      name: 'Tháng Công nhân 2026',
      code: 'TCN2026',
      deadline: '2026-11-20',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      indicators,
    });
    const i11 = round.indicators.find((i) => i.code === '1.1')!.id;
    const i21 = round.indicators.find((i) => i.code === '2.1')!.id;
    const report = (unitId: number, values: { indicatorId: number; value: number }[]) =>
      ok(ctx, 'reports.saveManual', { roundId: round.id, unitId, receivedOn: '2026-11-15', values });
    await report(ids.E1, [{ indicatorId: i11, value: 3 }]); // active
    await report(ids.E2, [
      { indicatorId: i11, value: 0 },
      { indicatorId: i21, value: 5 },
    ]); // 1.1 = 0: not active
    const visit = (await ok(ctx, 'activities.types', {})).find((t) => t.name === 'Thăm hỏi, tặng quà')!.id;
    await ok(ctx, 'activities.create', { typeId: visit, date: '2026-11-05', unitId: ids.E3, title: 'Thăm đoàn viên ốm đau' }); // not reported, activity logged: active
    await ok(ctx, 'activities.create', { typeId: visit, date: '2026-11-05', unitId: null, title: 'Văn phòng thăm hỏi' }); // office: no unit becomes active
    await report(ids.P1, [{ indicatorId: i11, value: 1 }]); // active

    const r = await ok(ctx, 'results.round', { roundId: round.id });
    const [e, p] = r.share.groups;
    expect(e).toMatchObject({ units: 4, active: 2, percent: 50, target: 55, met: false });
    expect(p).toMatchObject({ units: 3, active: 1, percent: 33.3, target: 35, met: false });
    expect(r.share.activityIndicator?.code).toBe('1.1');

    // The targets and the grouping are editable: Giáo dục counted as "other", public target lowered.
    const s = await ok(ctx, 'results.saveSettings', {
      roundId: round.id,
      enterpriseTarget: 50,
      publicTarget: 30,
      activityCode: '1.1',
      countUnitActivities: true,
      compare: 'none',
      sectorKinds: [{ sectorId: pub, kind: 'other' }],
    });
    expect(s.share.groups[0]).toMatchObject({ units: 4, active: 2, met: true });
    expect(s.share.groups[1]).toMatchObject({ units: 0, met: null });
    expect(s.share.groups[2]).toMatchObject({ units: 3, active: 1 });
    expect(s.settings.sectorKinds.find((k) => k.sectorId === pub)).toMatchObject({ kind: 'other', chosen: true });
  });
});
