// The counting rule (no double counting), as pure functions over plain data. Shown to the clerk as
// COUNTING_RULE (shared/results/schema.ts):
//  - unit reports: the current submission of every unit; count and money figures are summed,
//    percentages averaged over the units that gave one, text is not added up;
//  - activities the office organised itself (activities.unit_id IS NULL) are added, through the
//    activity type → indicator code mapping (activity_type_indicators);
//  - activities logged for a grassroots unit are what that unit did, so its report already holds
//    them: when the unit has a current report they are only listed ("informational"); when it has
//    not reported they are added ("counted") unless the clerk switched that off for the round
//    ("excluded"). Once the unit reports, they stop being added — the report wins.
// Tested on its own in test/unit/results/rule.test.ts (properties) and through the API in totals.test.ts.
import { MEASURE_SHORT, type Measure } from '../../../shared/activities/schema';
import type { IndicatorKind } from '../../../shared/reports/parse-number';
import type { ActivityStatus, RoundResults } from '../../../shared/results/schema';

function statusOf(byOffice: boolean, unitReported: boolean, countUnitActivities: boolean): ActivityStatus {
  if (byOffice) return 'office';
  if (unitReported) return 'informational';
  return countUnitActivities ? 'counted' : 'excluded';
}

/** How an activity enters the totals: `unitId` null for the office, `reported` if the unit has a current report. */
export const activityStatus = (unitId: number | null, reported: boolean, countUnitActivities: boolean): ActivityStatus =>
  statusOf(unitId === null, unitId !== null && reported, countUnitActivities);

/** Only these are added to a total; the others are listed for the clerk to see. */
export const addsToTotal = (status: ActivityStatus): boolean => status === 'office' || status === 'counted';

/** Figures that are added up (percentages are averaged, text is not added up). */
export const isSummed = (kind: IndicatorKind): boolean => kind === 'count' || kind === 'money';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A sum of `n` figures as the indicator shows it: the sum, the average of percentages, or nothing. */
export function combine(kind: IndicatorKind, sum: number, n: number): number | null {
  if (isSummed(kind)) return sum;
  return kind === 'percent' && n ? round2(sum / n) : null;
}

/** The measures of one activity or of a group of them. */
export interface Measured {
  m: Record<Measure, number>;
}

export const sumMeasures = (a: Measured, measures: readonly Measure[]): number => measures.reduce((s, m) => s + a.m[m], 0);

/** Activities of a round added up by type, organiser and sector (the totals are linear in the measures). */
export interface ActivityGroup extends Measured {
  typeId: number;
  /** 'office': organised by the office; else a unit that has a current report or not. */
  organiser: 'office' | 'reported' | 'not_reported';
  sectorId: number | null;
}

const groupStatus = (g: ActivityGroup, countUnitActivities: boolean): ActivityStatus =>
  statusOf(g.organiser === 'office', g.organiser === 'reported', countUnitActivities);

/** For each activity type, the indicators (by position) it feeds and with which measures. */
export type Feeds = Map<number, { idx: number; measures: Measure[] }[]>;

export interface TypeMapping {
  measure: Measure;
  code: string;
  /** The code folded like report_indicators.code_key. */
  key: string;
}

type Unmatched = RoundResults['activities']['unmatched'];

/**
 * Which indicators each activity type feeds: a mapping counts only when its code is a summed
 * indicator of the round. Mappings of used types that go nowhere are returned to warn the clerk.
 */
export function resolveFeeds(
  inds: readonly { key: string; kind: IndicatorKind }[],
  mappings: ReadonlyMap<number, readonly TypeMapping[]>,
  typeNames: ReadonlyMap<number, string>,
  usedTypes: ReadonlySet<number>,
): { feeds: Feeds; unmatched: Unmatched } {
  const byKey = new Map(inds.map((ind, idx) => [ind.key, idx]));
  const feeds: Feeds = new Map();
  const unmatched: Unmatched = [];
  for (const [typeId, list] of mappings) {
    const perInd = new Map<number, Measure[]>();
    for (const { measure, code, key } of list) {
      const idx = byKey.get(key);
      if (idx === undefined || !isSummed(inds[idx].kind)) {
        if (usedTypes.has(typeId)) unmatched.push({ typeName: typeNames.get(typeId) ?? '', measure: MEASURE_SHORT[measure], code });
        continue;
      }
      const ms = perInd.get(idx) ?? [];
      ms.push(measure);
      perInd.set(idx, ms);
    }
    feeds.set(
      typeId,
      [...perInd.entries()].map(([idx, measures]) => ({ idx, measures })),
    );
  }
  return { feeds, unmatched: dedupe(unmatched) };
}

function dedupe<T>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** What the activities of a round add to each indicator (by position), and how many of each status. */
export interface ActivityTally {
  office: Float64Array;
  counted: Float64Array;
  informational: Float64Array;
  /** Activities added to the indicator (office + counted). */
  activityCount: Int32Array;
  byStatus: Record<ActivityStatus, number>;
}

/**
 * Sorts the activity groups into the statuses of the rule. `onAdded` sees every amount that goes
 * into a total (for the breakdown by sector).
 */
export function tallyActivities(
  groups: readonly ActivityGroup[],
  feeds: Feeds,
  nIndicators: number,
  countUnitActivities: boolean,
  onAdded?: (g: ActivityGroup, idx: number, value: number) => void,
): ActivityTally {
  const t: ActivityTally = {
    office: new Float64Array(nIndicators),
    counted: new Float64Array(nIndicators),
    informational: new Float64Array(nIndicators),
    activityCount: new Int32Array(nIndicators),
    byStatus: { office: 0, counted: 0, informational: 0, excluded: 0 },
  };
  for (const g of groups) {
    const status = groupStatus(g, countUnitActivities);
    t.byStatus[status] += g.m.activities;
    for (const { idx, measures } of feeds.get(g.typeId) ?? []) {
      const v = sumMeasures(g, measures);
      if (status === 'informational') t.informational[idx] += v;
      if (!addsToTotal(status)) continue;
      (status === 'office' ? t.office : t.counted)[idx] += v;
      t.activityCount[idx] += g.m.activities;
      onAdded?.(g, idx, v);
    }
  }
  return t;
}

/** The figure from the reports and the total of one indicator (reports + office + counted units). */
export function indicatorTotal(
  kind: IndicatorKind,
  reportSum: number,
  reportCount: number,
  office: number,
  counted: number,
): { reports: number; total: number | null } {
  if (isSummed(kind)) return { reports: reportSum, total: reportSum + office + counted };
  if (kind === 'percent')
    return reportCount ? { reports: round2(reportSum / reportCount), total: round2(reportSum / reportCount) } : { reports: 0, total: null };
  return { reports: reportSum, total: null };
}
