// Drill-down: the sources of one figure (submissions and activities), and the figure unit by unit.
import { MEASURE_SHORT, type Measure } from '../../../shared/activities/schema';
import { AppError } from '../../../shared/api/result';
import { submissionState } from '../../../shared/reports/lateness';
import type { ActivityStatus, IndicatorSources, SourceActivity, UnitBreakdown, UnitBreakdownRow } from '../../../shared/results/schema';
import { compareVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { INDICATOR_GONE } from '../reports/repo';
import { loadActivities, type ActivityRow } from './activity-queries';
import { computeResults, type Computed } from './compute';
import { reportSources, reportValuesByUnit } from './report-queries';
import { activityStatus, isSummed, sumMeasures } from './rule';

function indicatorIndex(c: Computed, indicatorId: number): number {
  const i = c.inds.findIndex((x) => x.id === indicatorId);
  if (i < 0) throw new AppError('NOT_FOUND', INDICATOR_GONE);
  return i;
}

interface Contribution {
  a: ActivityRow;
  value: number;
  measures: Measure[];
  status: ActivityStatus;
}

/** Activities feeding indicator `idx`, with their value and status. */
function activityContributions(c: Computed, activities: ActivityRow[], idx: number): Contribution[] {
  const out: Contribution[] = [];
  for (const a of activities) {
    const feed = c.feeds.get(a.typeId)?.find((f) => f.idx === idx);
    if (!feed) continue;
    const reported = a.unitId !== null && !!c.submitted.get(a.unitId)?.current;
    const status = activityStatus(a.unitId, reported, c.results.settings.countUnitActivities);
    out.push({ a, value: sumMeasures(a, feed.measures), measures: feed.measures, status });
  }
  return out;
}

export function indicatorSources(ctx: ServiceContext, roundId: number, indicatorId: number): IndicatorSources {
  const c = computeResults(ctx, roundId, false);
  const idx = indicatorIndex(c, indicatorId);
  const rows = reportSources(ctx, roundId, indicatorId);
  rows.sort((a, b) => compareVi(a.unitName, b.unitName) || compareVi(a.unitCode, b.unitCode));
  const unitName = (id: number | null) => (id === null ? null : (c.units.get(id)?.name ?? null));
  const acts: SourceActivity[] = activityContributions(c, loadActivities(ctx, roundId, true), idx)
    .sort((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.a.id - y.a.id))
    .map(({ a, value, measures, status }) => ({
      activityId: a.id,
      title: a.title,
      date: a.date,
      unitId: a.unitId,
      organiserName: unitName(a.unitId),
      status,
      value,
      measures: measures.map((m) => MEASURE_SHORT[m]).join(' + '),
    }));
  return { indicator: c.results.indicators[idx], submissions: rows, activities: acts };
}

export function unitBreakdown(ctx: ServiceContext, roundId: number, indicatorId: number): UnitBreakdown {
  const c = computeResults(ctx, roundId, false);
  const idx = indicatorIndex(c, indicatorId);
  const summed = isSummed(c.inds[idx].kind);
  const values = reportValuesByUnit(ctx, roundId, indicatorId);
  const counted = new Map<number, number>();
  const info = new Map<number, number>();
  for (const { a, value, status } of activityContributions(c, loadActivities(ctx, roundId, false), idx)) {
    if (a.unitId === null) continue;
    const target = status === 'counted' ? counted : info;
    target.set(a.unitId, (target.get(a.unitId) ?? 0) + value);
  }
  const deadline = c.results.round.deadline;
  const rows: UnitBreakdownRow[] = [...c.units.values()].map((u) => {
    const sub = c.submitted.get(u.id);
    const report = values.get(u.id) ?? null;
    const act = counted.get(u.id) ?? 0;
    const total = summed ? (typeof report === 'number' ? report : 0) + act : typeof report === 'number' ? report : null;
    return {
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      sectorName: u.sectorName,
      state: submissionState(sub?.firstOn, deadline),
      submissionId: sub?.current?.id ?? null,
      fileName: sub?.current?.fileName ?? null,
      report,
      activities: act,
      informational: info.get(u.id) ?? 0,
      total,
      active: c.active.has(u.id),
    };
  });
  const order = new Map([...c.units.values()].map((u) => [u.id, u.sectorOrder]));
  rows.sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)! || compareVi(a.unitName, b.unitName));
  return { indicator: c.results.indicators[idx], rows };
}
