// Results of a reporting round: the totals per indicator under the counting rule (rule.ts), the
// breakdown by sector and the share of units with activities (by-sector.ts), the comparison round
// (comparison.ts). Every figure can be traced: sources.ts lists the submissions and activities
// behind an indicator.
//
// Speed (test/bench/results.ts: 1,000 units × 40 indicators + 5,000 activities): SQLite does the
// adding up (one pass over the report values with a SUM/COUNT per sector, activities summed per
// type/organiser/sector) and large row sets come back as one JSON string; the report totals of
// the comparison round are cached by the state of their submissions (report-queries.ts).
import { shortName } from '../../../shared/documents/office-text';
import { countSubmissionStates } from '../../../shared/reports/lateness';
import {
  COUNTING_RULE,
  SECTOR_KINDS,
  type IndicatorResult,
  type ResultsColumn,
  type RoundResults,
  type SectorKind,
} from '../../../shared/results/schema';
import { foldVi } from '../../../shared/text/vi';
import type { ParsedInput } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { typeMappings, typeNames } from '../activities/activity-types-repo';
import { roundHeaders, involvedUnits, type UnitLite } from '../reports/repo';
import { submissionsByUnit, type SubmittedByUnit } from '../reports/submissions-repo';
import { readOfficeSettings } from '../settings/office';
import { activityGroups, unitsWithActivities } from './activity-queries';
import { columnKey, resultColumns, roundShare, sectorKindMap } from './by-sector';
import { comparison } from './comparison';
import { reportSumsBySector, unitsActiveInReports } from './report-queries';
import { resultIndicators, roundHeader, roundYear, type ResultIndicator } from './round-data';
import { combine, indicatorTotal, isSummed, resolveFeeds, tallyActivities, type ActivityTally, type Feeds } from './rule';
import { readSettings, saveSettings } from './settings-repo';

type RoundUnitRow = UnitLite & { inRound: boolean };

/** The results and what the drill-down (sources.ts) needs to explain them. */
export interface Computed {
  results: RoundResults;
  inds: ResultIndicator[];
  units: Map<number, RoundUnitRow>;
  submitted: Map<number, SubmittedByUnit>;
  feeds: Feeds;
  active: Set<number>;
}

/** Sum and count per indicator × column, row-major. */
interface Grid {
  nC: number;
  sum: Float64Array;
  count: Float64Array;
}

function officeColumnName(ctx: ServiceContext): string {
  const office = readOfficeSettings(ctx);
  return office ? `${shortName(office.issuingBody)} tổ chức` : 'Văn phòng tổ chức';
}

/** The unit reports into the grid, and their sum/count per indicator. */
function addReports(ctx: ServiceContext, roundId: number, inds: ResultIndicator[], columns: ResultsColumn[], grid: Grid) {
  const idxById = new Map(inds.map((ind, i) => [ind.id, i]));
  const sectorCols = columns.map((col, c) => ({ col, c })).filter(({ col }) => col.kind !== 'office');
  const repSum = new Float64Array(inds.length);
  const repCount = new Int32Array(inds.length);
  const sums = reportSumsBySector(
    ctx,
    roundId,
    sectorCols.map(({ col }) => col.sectorId),
  );
  for (const [indicatorId, perSector] of sums) {
    const i = idxById.get(indicatorId);
    if (i === undefined) continue;
    sectorCols.forEach(({ c }, k) => {
      const { sum, n } = perSector[k];
      repSum[i] += sum;
      repCount[i] += n;
      grid.sum[i * grid.nC + c] += sum;
      grid.count[i * grid.nC + c] += n;
    });
  }
  return { repSum, repCount };
}

/** Units with at least one activity: in their report (the chosen indicator above zero) or in the log. */
function activeUnits(ctx: ServiceContext, roundId: number, activityInd: ResultIndicator | null): Set<number> {
  const active = new Set(unitsActiveInReports(ctx, roundId, activityInd?.id ?? null));
  for (const unitId of unitsWithActivities(ctx, roundId)) active.add(unitId);
  return active;
}

function indicatorResult(
  ind: ResultIndicator,
  i: number,
  columns: ResultsColumn[],
  grid: Grid,
  reports: { repSum: Float64Array; repCount: Int32Array },
  tally: ActivityTally,
  prevTotals: Map<string, number | null> | null,
): IndicatorResult {
  const { nC } = grid;
  const { reports: fromReports, total } = indicatorTotal(
    ind.kind,
    reports.repSum[i],
    reports.repCount[i],
    tally.office[i],
    tally.counted[i],
  );
  const byColumn = columns.map((_c, c) => combine(ind.kind, grid.sum[i * nC + c], grid.count[i * nC + c]));
  const byKind = {} as Record<SectorKind, number | null>;
  for (const kind of SECTOR_KINDS) {
    let sum = 0;
    let n = 0;
    columns.forEach((col, c) => {
      if (col.kind !== kind) return;
      sum += grid.sum[i * nC + c];
      n += grid.count[i * nC + c];
    });
    byKind[kind] = combine(ind.kind, sum, n);
  }
  return {
    id: ind.id,
    code: ind.code,
    group: ind.group,
    label: ind.label,
    unit: ind.unit,
    kind: ind.kind,
    target: ind.target,
    total,
    reports: fromReports,
    office: tally.office[i],
    unitActivities: tally.counted[i],
    informational: tally.informational[i],
    reportCount: reports.repCount[i],
    activityCount: tally.activityCount[i],
    byColumn,
    byKind,
    previous: prevTotals ? (prevTotals.get(ind.key) ?? null) : null,
  };
}

/** Units that must report: how many reported, on time or late (shared/reports/lateness.ts). */
function submissionCounts(
  units: Iterable<RoundUnitRow>,
  submitted: Map<number, SubmittedByUnit>,
  deadline: string,
): RoundResults['counts'] {
  const firstDays = [...units].filter((u) => u.inRound).map((u) => submitted.get(u.id)?.firstOn);
  return countSubmissionStates(firstDays, deadline);
}

export function computeResults(ctx: ServiceContext, roundId: number, withPrevious: boolean): Computed {
  const round = roundHeader(ctx, roundId);
  const settings = readSettings(ctx, roundId);
  const inds = resultIndicators(ctx, roundId);
  const units = new Map(involvedUnits(ctx, roundId).map((u) => [u.id, u]));
  const submitted = submissionsByUnit(ctx, roundId);
  const kindOf = sectorKindMap(settings);
  const columns = resultColumns(units.values(), kindOf, officeColumnName(ctx));
  const colIdx = new Map(columns.map((c, i) => [c.key, i]));
  const officeCol = columns.length - 1;
  const grid: Grid = {
    nC: columns.length,
    sum: new Float64Array(inds.length * columns.length),
    count: new Float64Array(inds.length * columns.length),
  };

  // 1. Unit reports, summed by SQLite per indicator and sector.
  const reports = addReports(ctx, roundId, inds, columns, grid);

  // 2. Activities of the round, summed per type, organiser and sector, sorted by the rule.
  const groups = activityGroups(ctx, roundId);
  const { feeds, unmatched } = resolveFeeds(inds, typeMappings(ctx), typeNames(ctx), new Set(groups.map((g) => g.typeId)));
  const tally = tallyActivities(groups, feeds, inds.length, settings.countUnitActivities, (g, idx, v) => {
    const c = g.organiser === 'office' ? officeCol : (colIdx.get(columnKey(g.sectorId)) ?? officeCol);
    grid.sum[idx * grid.nC + c] += v;
    grid.count[idx * grid.nC + c] += g.m.activities;
  });

  // 3. Share of units with at least one activity.
  const activityInd = inds.find((i) => i.key === foldVi(settings.activityCode) && isSummed(i.kind)) ?? null;
  const active = activeUnits(ctx, roundId, activityInd);
  const share = roundShare(units.values(), kindOf, active, settings);

  // 4. Comparison.
  const { previous, totals: prevTotals } = withPrevious ? comparison(ctx, round, settings.compare) : { previous: null, totals: null };

  const n = tally.byStatus;
  return {
    results: {
      round: { ...round, year: roundYear(round) },
      settings,
      counts: submissionCounts(units.values(), submitted, round.deadline),
      columns,
      indicators: inds.map((ind, i) => indicatorResult(ind, i, columns, grid, reports, tally, prevTotals)),
      share: { ...share, activityIndicator: activityInd ? { code: activityInd.code, label: activityInd.label } : null },
      activities: {
        total: n.office + n.counted + n.informational + n.excluded,
        office: n.office,
        unitCounted: n.counted,
        unitInformational: n.informational,
        unitExcluded: n.excluded,
        unmatched,
      },
      previous,
      otherRounds: roundHeaders(ctx)
        .filter((r) => r.id !== roundId)
        .map(({ id, code, name }) => ({ id, code, name })),
      rule: COUNTING_RULE,
    },
    inds,
    units,
    submitted,
    feeds,
    active,
  };
}

export function roundResults(ctx: ServiceContext, roundId: number): RoundResults {
  return computeResults(ctx, roundId, true).results;
}

/** Saves the results settings of a round and answers with its results under them (one transaction). */
export function saveSettingsAndCompute(ctx: ServiceContext, input: ParsedInput<'results.saveSettings'>): RoundResults {
  return ctx.db.transaction(() => {
    saveSettings(ctx, input);
    return roundResults(ctx, input.roundId);
  })();
}
