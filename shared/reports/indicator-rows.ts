import type { Indicator } from './schema';

// The rows of a report form, in order: a group heading each time the group changes, then the
// indicator. One rule for the .xlsx template the units fill in, the annex printed with the plan,
// the manual entry table and the results tables, so all show the same form.

/** What a form row needs to know of an indicator (a saved one or one of the default set). */
export type FormIndicator = Pick<Indicator, 'code' | 'group' | 'label' | 'unit' | 'kind' | 'target'>;

export type IndicatorRow<T extends FormIndicator = FormIndicator> = { type: 'group'; group: string } | { type: 'indicator'; indicator: T };

export type GroupedRow<T> = { type: 'group'; group: string } | { type: 'item'; item: T };

/**
 * Items in order with a heading before each group. An item without a group stays under the group
 * above it (no heading is repeated when the same group comes back after it), as the template has
 * always been laid out.
 */
export function withGroupHeadings<T>(items: readonly T[], groupOf: (item: T) => string | null): GroupedRow<T>[] {
  const rows: GroupedRow<T>[] = [];
  let group: string | null = null;
  for (const item of items) {
    const g = groupOf(item);
    if (g && g !== group) {
      group = g;
      rows.push({ type: 'group', group });
    }
    rows.push({ type: 'item', item });
  }
  return rows;
}

export function indicatorRows<T extends FormIndicator>(indicators: readonly T[]): IndicatorRow<T>[] {
  return withGroupHeadings(indicators, (i) => i.group).map((r) => (r.type === 'group' ? r : { type: 'indicator', indicator: r.item }));
}

/**
 * 'II. Thăm hỏi, tặng quà' (or 'II.Thăm hỏi', 'II) …') → { numeral: 'II', text: 'Thăm hỏi, tặng quà' };
 * a group without a numeral keeps its whole name.
 */
export function splitGroupNumeral(group: string): { numeral: string; text: string } {
  const m = /^([IVXLCDM]+)\s*[.)]\s*(.+)$/u.exec(group.trim());
  return m ? { numeral: m[1], text: m[2] } : { numeral: '', text: group.trim() };
}

/** The label as printed on the form, the .xlsx template and the plan's annex alike: a required indicator is marked (*). */
export function formLabel(indicator: Pick<FormIndicator, 'label'> & { required?: boolean }): string {
  return indicator.required ? `${indicator.label} (*)` : indicator.label;
}
