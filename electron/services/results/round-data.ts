// The round and its indicators as the results read them, through the readers of reports/repo.ts.
import type { IndicatorKind } from '../../../shared/reports/parse-number';
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { getRoundRow, listIndicators, type RoundHeader } from '../reports/repo';

export interface ResultIndicator {
  id: number;
  code: string;
  /** The code folded like report_indicators.code_key: activity types and other rounds match on it. */
  key: string;
  group: string | null;
  label: string;
  unit: string | null;
  kind: IndicatorKind;
  target: number | null;
}

/** The year a round belongs to: its start, else its deadline. */
export const roundYear = (r: Pick<RoundHeader, 'periodFrom' | 'deadline'>): number => Number((r.periodFrom ?? r.deadline).slice(0, 4));

export function roundHeader(ctx: ServiceContext, roundId: number): RoundHeader {
  const { id, code, name, periodFrom, periodTo, deadline } = getRoundRow(ctx, roundId);
  return { id, code, name, periodFrom, periodTo, deadline };
}

export function resultIndicators(ctx: ServiceContext, roundId: number): ResultIndicator[] {
  return listIndicators(ctx, roundId).map(({ id, code, group, label, unit, kind, target }) => ({
    id,
    code,
    key: foldVi(code),
    group,
    label,
    unit,
    kind,
    target,
  }));
}
