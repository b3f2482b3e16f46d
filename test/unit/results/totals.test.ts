import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVi } from '../../../shared/text/vi';
import type { RoundResults } from '../../../shared/results/schema';
import { generateRound, measureValue, type GeneratedRound } from '../../fixtures/results/generate';
import { ok, testContext } from '../../support/context';

// Property-style: a generated round of 300 units with random figures, some reports replaced by a
// later version, and activities of the office and of units. The totals the app computes must equal
// the sum of their sources, added up here independently from what was sent.

type Ctx = ReturnType<typeof testContext>;

/** Expected totals from the generated data alone (the rule of electron/services/results/compute.ts). */
function expected(g: GeneratedRound, countUnitActivities: boolean) {
  const out = new Map<number, { reports: number; count: number; office: number; unit: number; info: number }>();
  for (const ind of g.round.indicators) out.set(ind.id, { reports: 0, count: 0, office: 0, unit: 0, info: 0 });
  for (const values of g.reports.values()) {
    for (const [indicatorId, v] of values) {
      if (typeof v !== 'number') continue;
      const e = out.get(indicatorId)!;
      e.reports += v;
      e.count++;
    }
  }
  const byCode = new Map(g.round.indicators.map((i) => [foldVi(i.code), i]));
  const types = new Map(g.types.map((t) => [t.id, t]));
  for (const a of g.activities) {
    const unitId = a.input.unitId ?? null;
    const status = unitId === null ? 'office' : g.reports.has(unitId) ? 'info' : countUnitActivities ? 'unit' : 'excluded';
    const type = types.get(a.input.typeId)!;
    for (const [measure, codes] of Object.entries(type.indicators)) {
      for (const code of codes ?? []) {
        const ind = byCode.get(foldVi(code));
        if (!ind || (ind.kind !== 'count' && ind.kind !== 'money')) continue;
        const v = measureValue(a, measure as never);
        const e = out.get(ind.id)!;
        if (status === 'office') e.office += v;
        else if (status === 'unit') e.unit += v;
        else if (status === 'info') e.info += v;
      }
    }
  }
  return out;
}

function check(g: GeneratedRound, r: RoundResults, countUnitActivities: boolean) {
  const exp = expected(g, countUnitActivities);
  for (const ind of r.indicators) {
    const e = exp.get(ind.id)!;
    if (ind.kind === 'count' || ind.kind === 'money') {
      expect(ind.reports, `${ind.code} reports`).toBe(e.reports);
      expect(ind.office, `${ind.code} office`).toBe(e.office);
      expect(ind.unitActivities, `${ind.code} unit activities`).toBe(e.unit);
      expect(ind.informational, `${ind.code} informational`).toBe(e.info);
      expect(ind.total, `${ind.code} total`).toBe(e.reports + e.office + e.unit);
      // The by-sector columns (office column included) add up to the total.
      expect(
        ind.byColumn.reduce<number>((s, v) => s + (v ?? 0), 0),
        `${ind.code} columns`,
      ).toBe(ind.total);
    } else if (ind.kind === 'percent') {
      expect(ind.reportCount).toBe(e.count);
      expect(ind.total).toBeCloseTo(e.reports / e.count, 1);
    } else {
      expect(ind.total).toBeNull();
    }
  }
}

describe('results of a generated round of 300 units', () => {
  let ctx: Ctx;
  let g: GeneratedRound;
  beforeAll(async () => {
    ctx = testContext();
    g = await generateRound(ctx, { units: 300, seed: 20260501, activities: 150, members: 30 });
  }, 120_000);
  afterAll(() => ctx.close());

  it('totals equal the unit reports plus the counted activities', async () => {
    const r = await ok(ctx, 'results.round', { roundId: g.round.id });
    expect(r.counts.required).toBe(300);
    expect(r.counts.received).toBe(g.reports.size);
    check(g, r, true);
    expect(r.activities.total).toBe(g.activities.length);
    expect(r.activities.office).toBe(g.activities.filter((a) => !a.input.unitId).length);
  });

  it('every total is the sum of the sources it lists', async () => {
    const r = await ok(ctx, 'results.round', { roundId: g.round.id });
    for (const ind of r.indicators.filter((i) => i.kind === 'count' || i.kind === 'money')) {
      const s = await ok(ctx, 'results.sources', { roundId: g.round.id, indicatorId: ind.id });
      const fromFiles = s.submissions.reduce((sum, x) => sum + Number(x.value), 0);
      const fromActivities = s.activities
        .filter((a) => a.status === 'office' || a.status === 'counted')
        .reduce((sum, a) => sum + a.value, 0);
      expect(fromFiles + fromActivities, ind.code).toBe(ind.total);
      // A unit's report is listed once (its current version only).
      expect(new Set(s.submissions.map((x) => x.unitId)).size).toBe(s.submissions.length);
      const unit = await ok(ctx, 'results.byUnit', { roundId: g.round.id, indicatorId: ind.id });
      expect(unit.rows.reduce((sum, u) => sum + (u.total ?? 0), 0) + ind.office, ind.code).toBe(ind.total);
    }
  });

  it('switching off unit activities leaves only reports and the office', async () => {
    const before = await ok(ctx, 'results.round', { roundId: g.round.id });
    const s = before.settings;
    const r = await ok(ctx, 'results.saveSettings', {
      roundId: g.round.id,
      enterpriseTarget: s.enterpriseTarget,
      publicTarget: s.publicTarget,
      activityCode: s.activityCode,
      countUnitActivities: false,
      compare: 'auto',
      sectorKinds: [],
    });
    check(g, r, false);
    expect(r.indicators.every((i) => i.unitActivities === 0)).toBe(true);
  });

  for (const seed of [7, 42, 1234]) {
    it(`holds for a smaller random round (seed ${seed})`, async () => {
      const c = testContext();
      try {
        const small = await generateRound(c, { units: 40, seed, reporting: 0.5, activities: 60, members: 10 });
        check(small, await ok(c, 'results.round', { roundId: small.round.id }), true);
      } finally {
        c.close();
      }
    });
  }
});
