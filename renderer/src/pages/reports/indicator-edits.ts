import type { DefaultIndicator, IndicatorInput, IndicatorParsed, RoundDetail } from '../../../../shared/reports/schema';
import { indicatorListSchema } from '../../../../shared/reports/schema';
import { foldVi } from '../../../../shared/text/vi';

// The indicator set of a round while the clerk edits it, as pure steps over a list of rows (no
// React), so each edit can be tested on its own. Rows carry a React key, since new ones have no id.

export type EditedIndicator = IndicatorParsed & { key: string; hasValues: boolean };

/** Messages by '<row index>.<field>', as the table shows them under each cell. */
export type RowErrors = Record<string, string>;

let keySeq = 0;
const newKey = () => `k${++keySeq}`;

export function rowsFromRound(r: RoundDetail): EditedIndicator[] {
  return r.indicators.map((i) => ({
    key: newKey(),
    id: i.id,
    code: i.code,
    group: i.group,
    label: i.label,
    unit: i.unit,
    kind: i.kind,
    target: i.target,
    required: i.required,
    hasValues: i.hasValues,
  }));
}

/** A new empty row at the end, in the group of the last row. */
export function addRow(rows: EditedIndicator[]): EditedIndicator[] {
  return [
    ...rows,
    {
      key: newKey(),
      id: null,
      code: '',
      group: rows.at(-1)?.group ?? null,
      label: '',
      unit: 'người',
      kind: 'count',
      target: null,
      required: false,
      hasValues: false,
    },
  ];
}

/** Changes one row; a text indicator has no target. */
export function patchRow(rows: EditedIndicator[], key: string, patch: Partial<EditedIndicator>): EditedIndicator[] {
  return rows.map((r) => (r.key === key ? { ...r, ...patch, ...(patch.kind === 'text' ? { target: null } : {}) } : r));
}

/** Swaps row `i` with its neighbour above (-1) or below (1). */
export function moveRow(rows: EditedIndicator[], i: number, d: -1 | 1): EditedIndicator[] {
  const next = [...rows];
  [next[i], next[i + d]] = [next[i + d], next[i]];
  return next;
}

export function removeRow(rows: EditedIndicator[], key: string): EditedIndicator[] {
  return rows.filter((x) => x.key !== key);
}

/** Replaces the set, keeping the saved ids of codes that stay (their figures stay attached). */
export function replaceRows(rows: EditedIndicator[], list: DefaultIndicator[]): EditedIndicator[] {
  const byCode = new Map(rows.filter((r) => r.id !== null).map((r) => [foldVi(r.code), r]));
  return list.map((i) => {
    const old = byCode.get(foldVi(i.code));
    return { key: newKey(), id: old?.id ?? null, hasValues: old?.hasValues ?? false, ...i };
  });
}

/** The rows as the save method takes them. */
export function toIndicatorInputs(rows: EditedIndicator[]): IndicatorInput[] {
  return rows.map(({ id, code, group, label, unit, kind, target, required }) => ({
    id,
    code,
    group: group ?? '',
    label,
    unit: unit ?? '',
    kind,
    target,
    required,
  }));
}

/** The first message per cell from the API's own schema, or null when the set can be saved. */
export function checkIndicators(indicators: IndicatorInput[]): RowErrors | null {
  const local = indicatorListSchema.safeParse(indicators);
  if (local.success) return null;
  const errs: RowErrors = {};
  for (const issue of local.error.issues) errs[issue.path.join('.')] ??= issue.message;
  return errs;
}

/** The server's per-field messages ('indicators.3.code') placed on the table's cells ('3.code'). */
export function errorsFromServer(fields: Record<string, string>): RowErrors {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^indicators\./, ''), v]));
}
