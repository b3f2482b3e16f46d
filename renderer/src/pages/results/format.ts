import type { IndicatorResult } from '../../../../shared/results/schema';
import { formatNumberVi } from '../../../../shared/reports/parse-number';
import { withGroupHeadings } from '../../../../shared/reports/indicator-rows';

/** A figure of an indicator for a table cell: '1.234', '1.500.000', '85,5%'; '' when none. */
export function cell(ind: Pick<IndicatorResult, 'kind'>, v: number | null | undefined): string {
  if (v === null || v === undefined || ind.kind === 'text') return '';
  return ind.kind === 'percent' ? `${formatNumberVi(v)}%` : formatNumberVi(v);
}

export const pct = (v: number | null) => (v === null ? '—' : `${formatNumberVi(v)}%`);

/** '+12', '−3', '' – change against last year. */
export function delta(ind: IndicatorResult): string {
  if (ind.previous === null || ind.total === null || ind.kind === 'text') return '';
  const d = Math.round((ind.total - ind.previous) * 100) / 100;
  if (d === 0) return '0';
  return `${d > 0 ? '+' : '−'}${formatNumberVi(Math.abs(d))}`;
}

/** Group rows for tables: the indicators in order with a header row before each group. */
export type Row = { type: 'group'; key: string; group: string } | { type: 'indicator'; key: string; ind: IndicatorResult };

export function withGroups(indicators: IndicatorResult[], keep: (i: IndicatorResult) => boolean = () => true): Row[] {
  return withGroupHeadings(indicators.filter(keep), (i) => i.group).map((r, n) =>
    r.type === 'group' ? { type: 'group', key: `g-${n}`, group: r.group } : { type: 'indicator', key: `i-${r.item.id}`, ind: r.item },
  );
}
