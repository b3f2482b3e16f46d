// The counting rule on its own (electron/services/results/rule.ts): properties over random data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURES, type Measure } from '../../../shared/activities/schema';
import { INDICATOR_KINDS } from '../../../shared/reports/parse-number';
import { ACTIVITY_STATUSES } from '../../../shared/results/schema';
import { pickPreviousRound } from '../../../electron/services/results/comparison';
import {
  activityStatus,
  addsToTotal,
  combine,
  indicatorTotal,
  resolveFeeds,
  sumMeasures,
  tallyActivities,
  type ActivityGroup,
  type Feeds,
  type TypeMapping,
} from '../../../electron/services/results/rule';

const N_TYPES = 4;
const N_INDS = 5;

const figure = fc.integer({ min: 0, max: 1000 });
const measuresArb = fc.record(Object.fromEntries(MEASURES.map((m) => [m, figure])) as Record<Measure, fc.Arbitrary<number>>);
const groupArb: fc.Arbitrary<ActivityGroup> = fc.record({
  typeId: fc.integer({ min: 1, max: N_TYPES }),
  organiser: fc.constantFrom('office' as const, 'reported' as const, 'not_reported' as const),
  sectorId: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  m: measuresArb,
});
const feedsArb: fc.Arbitrary<Feeds> = fc
  .array(
    fc.record({
      typeId: fc.integer({ min: 1, max: N_TYPES }),
      idx: fc.integer({ min: 0, max: N_INDS - 1 }),
      measures: fc.uniqueArray(fc.constantFrom(...MEASURES), { minLength: 1, maxLength: 3 }),
    }),
    { maxLength: 8 },
  )
  .map((list) => {
    const feeds: Feeds = new Map();
    for (const { typeId, idx, measures } of list) {
      const l = feeds.get(typeId) ?? [];
      // One entry per (type, indicator), as resolveFeeds builds it.
      if (!l.some((f) => f.idx === idx)) l.push({ idx, measures });
      feeds.set(typeId, l);
    }
    return feeds;
  });

/** What a group gives each indicator, by hand. */
function contributions(groups: ActivityGroup[], feeds: Feeds): { g: ActivityGroup; idx: number; v: number }[] {
  return groups.flatMap((g) => (feeds.get(g.typeId) ?? []).map(({ idx, measures }) => ({ g, idx, v: sumMeasures(g, measures) })));
}

describe('counting rule (pure)', () => {
  it('gives every activity exactly one status; the office always counts, a unit that reported never adds', () => {
    fc.assert(
      fc.property(fc.option(fc.nat(), { nil: null }), fc.boolean(), fc.boolean(), (unitId, reported, countUnits) => {
        const s = activityStatus(unitId, reported, countUnits);
        expect(ACTIVITY_STATUSES).toContain(s);
        if (unitId === null) expect(s).toBe('office');
        else if (reported) expect(s).toBe('informational');
        else expect(s).toBe(countUnits ? 'counted' : 'excluded');
        expect(addsToTotal(s)).toBe(s === 'office' || s === 'counted');
      }),
    );
  });

  it('adds each activity figure once: office + counted + informational + excluded = everything fed', () => {
    fc.assert(
      fc.property(fc.array(groupArb, { maxLength: 30 }), feedsArb, fc.boolean(), (groups, feeds, countUnits) => {
        const seen: { idx: number; v: number }[] = [];
        const t = tallyActivities(groups, feeds, N_INDS, countUnits, (_g, idx, v) => seen.push({ idx, v }));
        const all = contributions(groups, feeds);
        for (let i = 0; i < N_INDS; i++) {
          const at = all.filter((c) => c.idx === i);
          const fromOffice = at.filter((c) => c.g.organiser === 'office').reduce((s, c) => s + c.v, 0);
          const fromReported = at.filter((c) => c.g.organiser === 'reported').reduce((s, c) => s + c.v, 0);
          const fromOthers = at.filter((c) => c.g.organiser === 'not_reported').reduce((s, c) => s + c.v, 0);
          expect(t.office[i]).toBe(fromOffice);
          expect(t.informational[i]).toBe(fromReported);
          expect(t.counted[i]).toBe(countUnits ? fromOthers : 0);
          // What the breakdown by sector sees is exactly what goes into the total.
          expect(seen.filter((s) => s.idx === i).reduce((s, c) => s + c.v, 0)).toBe(t.office[i] + t.counted[i]);
        }
        const n = groups.reduce((s, g) => s + g.m.activities, 0);
        const b = t.byStatus;
        expect(b.office + b.counted + b.informational + b.excluded).toBe(n);
      }),
    );
  });

  it('stops adding a unit’s activities once it reports: the total drops by exactly what its report now holds', () => {
    fc.assert(
      fc.property(fc.array(groupArb, { minLength: 1, maxLength: 20 }), feedsArb, fc.nat(), (groups, feeds, pick) => {
        const before = groups.map((g) => ({ ...g, organiser: g.organiser === 'office' ? g.organiser : ('not_reported' as const) }));
        const k = pick % before.length;
        const after = before.map((g, i) => (i === k && g.organiser !== 'office' ? { ...g, organiser: 'reported' as const } : g));
        const t0 = tallyActivities(before, feeds, N_INDS, true);
        const t1 = tallyActivities(after, feeds, N_INDS, true);
        for (let i = 0; i < N_INDS; i++) {
          expect(t1.counted[i] + t1.informational[i]).toBe(t0.counted[i]);
          expect(t1.office[i]).toBe(t0.office[i]);
        }
      }),
    );
  });

  it('total = reports + office + counted for summed kinds; averages percentages; never adds up text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDICATOR_KINDS), figure, fc.nat(20), figure, figure, (kind, sum, n, office, counted) => {
        const r = indicatorTotal(kind, sum, n, office, counted);
        if (kind === 'count' || kind === 'money') expect(r).toEqual({ reports: sum, total: sum + office + counted });
        else if (kind === 'percent') expect(r.total).toBe(n ? Math.round((sum / n) * 100) / 100 : null);
        else expect(r.total).toBeNull();
        expect(combine(kind, sum, n)).toBe(
          kind === 'text' ? null : kind === 'percent' ? (n ? Math.round((sum / n) * 100) / 100 : null) : sum,
        );
      }),
    );
  });

  it('feeds only summed indicators of the round, and reports used types whose code goes nowhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.constantFrom('1', '2', '3', '4'), kind: fc.constantFrom(...INDICATOR_KINDS) }), { maxLength: 4 }),
        fc.array(
          fc.record({ typeId: fc.integer({ min: 1, max: 3 }), measure: fc.constantFrom(...MEASURES), key: fc.constantFrom('1', '2', '5') }),
        ),
        (rawInds, maps) => {
          const inds = rawInds.filter((x, i) => rawInds.findIndex((y) => y.key === x.key) === i);
          const mappings = new Map<number, TypeMapping[]>();
          for (const m of maps)
            mappings.set(m.typeId, [...(mappings.get(m.typeId) ?? []), { measure: m.measure, code: m.key, key: m.key }]);
          const { feeds, unmatched } = resolveFeeds(inds, mappings, new Map([[1, 'Loại 1']]), new Set([1]));
          for (const list of feeds.values()) for (const f of list) expect(['count', 'money']).toContain(inds[f.idx].kind);
          for (const u of unmatched) expect(u.typeName).toBe('Loại 1');
          expect(new Set(unmatched.map((u) => JSON.stringify(u))).size).toBe(unmatched.length);
        },
      ),
    );
  });
});

describe('previous round (pure)', () => {
  const r = (id: number, code: string, name: string, deadline: string) => ({ id, code, name, periodFrom: null, periodTo: null, deadline });

  it('finds the same round of the year before by code, then by name without the year', () => {
    const now = r(1, 'TCN-2025', 'Tháng Công nhân 2025', '2025-06-30');
    expect(pickPreviousRound(now, [r(2, 'X', 'Khác', '2024-06-30'), r(3, 'TCN-2024', 'Bất kỳ', '2024-06-01')])?.id).toBe(3);
    expect(pickPreviousRound(now, [r(4, 'A', 'Tháng Công nhân', '2024-05-30')])?.id).toBe(4);
    expect(pickPreviousRound(now, [r(5, 'A', 'Tháng Công nhân', '2023-05-30')])).toBeNull();
  });
});
