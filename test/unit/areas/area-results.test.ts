import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVi } from '../../../shared/text/vi';
import { generateRound, measureValue, type GeneratedRound } from '../../fixtures/results/generate';
import { call, ok, testContext } from '../../support/context';

// A round's results per commune/ward: a generated round of 80 units spread over three communes/
// wards (and some without one). Each column must equal the figures of its own units, added up
// here from what was sent, and the columns of a count or money indicator add up to its total.

type Ctx = ReturnType<typeof testContext>;

/** Expected sums per indicator for one group of units: their reports plus their counted activities. */
function expectedFor(g: GeneratedRound, units: Set<number>, countUnitActivities: boolean) {
  const out = new Map<number, { sum: number; n: number }>(g.round.indicators.map((i) => [i.id, { sum: 0, n: 0 }]));
  for (const [unitId, values] of g.reports) {
    if (!units.has(unitId)) continue;
    for (const [indicatorId, v] of values) {
      if (typeof v !== 'number') continue;
      out.get(indicatorId)!.sum += v;
      out.get(indicatorId)!.n++;
    }
  }
  if (!countUnitActivities) return out;
  const byCode = new Map(g.round.indicators.map((i) => [foldVi(i.code), i]));
  const types = new Map(g.types.map((t) => [t.id, t]));
  for (const a of g.activities) {
    const unitId = a.input.unitId ?? null;
    if (unitId === null || !units.has(unitId) || g.reports.has(unitId)) continue;
    for (const [measure, codes] of Object.entries(types.get(a.input.typeId)!.indicators)) {
      for (const code of codes ?? []) {
        const ind = byCode.get(foldVi(code));
        if (ind && (ind.kind === 'count' || ind.kind === 'money')) out.get(ind.id)!.sum += measureValue(a, measure as never);
      }
    }
  }
  return out;
}

describe('results of a round per commune/ward', () => {
  let ctx: Ctx;
  let g: GeneratedRound;
  const members = new Map<number | null, Set<number>>();
  beforeAll(async () => {
    ctx = testContext();
    g = await generateRound(ctx, { units: 80, seed: 17, activities: 60, members: 10 });
    const areas = [
      await ok(ctx, 'areas.create', { name: 'Xã Vĩnh Thuận' }),
      await ok(ctx, 'areas.create', { name: 'Phường Rạch Giá' }),
      await ok(ctx, 'areas.create', { name: 'Đặc khu Phú Quốc' }),
    ];
    for (const [k, unitId] of g.unitIds.entries()) {
      const areaId = k % 7 === 6 ? null : areas[k % 3].id;
      const u = await ok(ctx, 'units.get', { id: unitId });
      await ok(ctx, 'units.update', { id: u.id, code: u.code, name: u.name, sectorId: u.sectorId, areaId });
      if (!members.has(areaId)) members.set(areaId, new Set());
      members.get(areaId)!.add(unitId);
    }
  }, 120_000);
  afterAll(() => ctx.close());

  for (const countUnitActivities of [true, false]) {
    it(`each column holds its units' figures, and the columns add up to the total (unit activities ${countUnitActivities ? 'counted' : 'not counted'})`, async () => {
      const settings = (await ok(ctx, 'results.round', { roundId: g.round.id })).settings;
      await ok(ctx, 'results.saveSettings', {
        roundId: g.round.id,
        enterpriseTarget: settings.enterpriseTarget,
        publicTarget: settings.publicTarget,
        activityCode: settings.activityCode,
        countUnitActivities,
        compare: 'none',
        sectorKinds: [],
      });
      const total = await ok(ctx, 'results.round', { roundId: g.round.id });
      const r = await ok(ctx, 'areas.roundResults', { roundId: g.round.id });
      expect(r.columns.map((c) => c.name)).toEqual([
        'Đặc khu Phú Quốc',
        'Phường Rạch Giá',
        'Xã Vĩnh Thuận',
        'Chưa có địa bàn',
        'Văn phòng tổ chức',
      ]);
      expect(r.columns.slice(0, 4).reduce((n, c) => n + c.units, 0)).toBe(total.counts.required);
      expect(r.columns.slice(0, 4).reduce((n, c) => n + c.received, 0)).toBe(total.counts.received);

      for (const [c, col] of r.columns.entries()) {
        if (col.kind === 'office') continue;
        const exp = expectedFor(g, members.get(col.areaId)!, countUnitActivities);
        for (const row of r.rows) {
          const e = exp.get(row.indicatorId)!;
          const got = row.byColumn[c];
          if (row.kind === 'count' || row.kind === 'money') expect(got, `${col.name} ${row.code}`).toBe(e.sum);
          else if (row.kind === 'percent') expect(got, `${col.name} ${row.code}`).toBe(e.n ? Math.round((e.sum / e.n) * 100) / 100 : null);
          else expect(got).toBeNull();
        }
      }
      for (const [i, row] of r.rows.entries()) {
        const ind = total.indicators[i];
        expect(row.indicatorId).toBe(ind.id);
        expect(row.total).toBe(ind.total);
        if (row.kind === 'count' || row.kind === 'money') {
          expect(
            row.byColumn.reduce<number>((s, v) => s + (v ?? 0), 0),
            row.code,
          ).toBe(ind.total);
          expect(row.byColumn[r.columns.length - 1]).toBe(ind.office);
        }
      }
    });
  }

  it('refuses a round that does not exist with a Vietnamese message', async () => {
    const r = await call(ctx, 'areas.roundResults', { roundId: 99999 });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
    expect(!r.ok && r.error.message).toMatch(/Không tìm thấy đợt báo cáo/);
  });
});
