import type { Dayjs } from 'dayjs';
import type { PlanRoundDraft } from '../../../../shared/reports/round-from-plan';
import type { IndicatorInput } from '../../../../shared/reports/schema';
import { dayjsToIso } from '../../lib/iso-days';

/** What a new round's indicator set starts from. */
export type RoundStart = 'default' | 'copy' | 'empty' | 'plan';

/** The fields of the round form, as antd holds them. */
export interface RoundFormValues {
  name?: string;
  code?: string;
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
  deadline?: Dayjs | null;
  notes?: string;
  unitMode?: 'all' | 'some';
  unitIds?: number[];
  start?: RoundStart;
  copyFrom?: number;
}

/** The form as the round's fields; "all units" is saved as null (every active unit at the time). */
export function roundInput(v: RoundFormValues) {
  return {
    name: v.name ?? '',
    code: v.code ?? '',
    periodFrom: dayjsToIso(v.periodFrom),
    periodTo: dayjsToIso(v.periodTo),
    deadline: dayjsToIso(v.deadline) ?? '',
    notes: v.notes ?? '',
    unitIds: v.unitMode === 'all' ? null : (v.unitIds ?? []),
  };
}

/** Where a new round's indicator set comes from: a set at hand, the default set, or an earlier round's. */
export type StartingSet = { from: 'given'; indicators: IndicatorInput[] } | { from: 'default' } | { from: 'round'; roundId: number };

/**
 * The indicator set a new round starts with: the plan's, the default one, a copy of an earlier
 * round's (the form requires which), or none (also when "the plan's" is chosen without a plan).
 */
export function startingSet(v: RoundFormValues, plan: PlanRoundDraft | null): StartingSet {
  if (v.start === 'plan' && plan) return { from: 'given', indicators: plan.indicators };
  if (v.start === 'default') return { from: 'default' };
  if (v.start === 'copy' && v.copyFrom !== undefined) return { from: 'round', roundId: v.copyFrom };
  return { from: 'given', indicators: [] };
}
