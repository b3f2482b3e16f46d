// The comparison round: the same round of the previous year (or the one the clerk chose), and its
// totals by indicator code under the same counting rule.
import type { ResultsSettings, RoundResults } from '../../../shared/results/schema';
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { typeMappings, typeNames } from '../activities/activity-types-repo';
import { roundHeaders, type RoundHeader } from '../reports/repo';
import { activityGroups } from './activity-queries';
import { reportTotals } from './report-queries';
import { combine, resolveFeeds, tallyActivities } from './rule';
import { readSettings } from './settings-repo';
import { resultIndicators, roundHeader, roundYear } from './round-data';

const YEAR = /\b(19|20)\d{2}\b/g;

/**
 * The same round of the previous year among `others` (latest deadline first): code or name with
 * the year one less, else a round of the year before with the same name apart from the year.
 */
export function pickPreviousRound(round: RoundHeader, others: readonly RoundHeader[]): RoundHeader | null {
  const year = roundYear(round);
  const minus = (s: string) => foldVi(s).replace(YEAR, (y) => String(Number(y) - 1));
  const noYear = (s: string) => foldVi(s).replace(YEAR, '').replace(/\s+/g, ' ').trim();
  const code = minus(round.code);
  const name = minus(round.name);
  const exact = others.find(
    (o) => (foldVi(o.code) === code && code !== foldVi(round.code)) || (foldVi(o.name) === name && name !== foldVi(round.name)),
  );
  if (exact) return exact;
  return others.find((o) => roundYear(o) === year - 1 && noYear(o.name) === noYear(round.name) && noYear(o.name) !== '') ?? null;
}

function findPreviousRound(ctx: ServiceContext, round: RoundHeader): RoundHeader | null {
  return pickPreviousRound(
    round,
    roundHeaders(ctx).filter((o) => o.id !== round.id),
  );
}

/**
 * Totals only, keyed by indicator code: the comparison round. A lighter path than the full
 * results: no sectors, units or share, the same counting rule.
 */
function totalsByKey(ctx: ServiceContext, roundId: number): Map<string, number | null> {
  const settings = readSettings(ctx, roundId);
  const inds = resultIndicators(ctx, roundId);
  const idxById = new Map(inds.map((ind, i) => [ind.id, i]));
  const sum = new Float64Array(inds.length);
  const count = new Int32Array(inds.length);
  for (const [id, total, n] of reportTotals(ctx, roundId)) {
    const i = idxById.get(id);
    if (i === undefined) continue;
    sum[i] = total;
    count[i] = n;
  }
  const { feeds } = resolveFeeds(inds, typeMappings(ctx), typeNames(ctx), new Set());
  const t = tallyActivities(activityGroups(ctx, roundId), feeds, inds.length, settings.countUnitActivities);
  return new Map(inds.map((ind, i) => [ind.key, combine(ind.kind, sum[i] + t.office[i] + t.counted[i], count[i])]));
}

/** The round to compare with, as the results show it, and its totals. */
export function comparison(
  ctx: ServiceContext,
  round: RoundHeader,
  compare: ResultsSettings['compare'],
): { previous: RoundResults['previous']; totals: Map<string, number | null> | null } {
  if (compare === 'none') return { previous: null, totals: null };
  const prev = compare === 'auto' ? findPreviousRound(ctx, round) : roundHeader(ctx, compare);
  if (!prev) return { previous: null, totals: null };
  return { previous: { id: prev.id, code: prev.code, name: prev.name, year: roundYear(prev) }, totals: totalsByKey(ctx, prev.id) };
}
