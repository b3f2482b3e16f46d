import type { Indicator } from './schema';

// The rows of a report form, in order: a group heading each time the group changes, then the
// indicator. One rule for the .xlsx template the units fill in and for the annex printed with the
// plan, so both show the same form.

/** What a form row needs to know of an indicator (a saved one or one of the default set). */
export type FormIndicator = Pick<Indicator, 'code' | 'group' | 'label' | 'unit' | 'kind' | 'target'>;

export type IndicatorRow<T extends FormIndicator = FormIndicator> = { type: 'group'; group: string } | { type: 'indicator'; indicator: T };

/**
 * An indicator without a group stays under the group above it (no heading is repeated when the
 * same group comes back after it), as the template has always been laid out.
 */
export function indicatorRows<T extends FormIndicator>(indicators: readonly T[]): IndicatorRow<T>[] {
  const rows: IndicatorRow<T>[] = [];
  let group: string | null = null;
  for (const indicator of indicators) {
    if (indicator.group && indicator.group !== group) {
      group = indicator.group;
      rows.push({ type: 'group', group });
    }
    rows.push({ type: 'indicator', indicator });
  }
  return rows;
}

/** 'II. Thăm hỏi, tặng quà' → { numeral: 'II', text: 'Thăm hỏi, tặng quà' }; a group without a numeral keeps its whole name. */
export function splitGroupNumeral(group: string): { numeral: string; text: string } {
  const m = /^([IVXLCDM]+)[.)]\s+(.+)$/u.exec(group.trim());
  return m ? { numeral: m[1], text: m[2] } : { numeral: '', text: group.trim() };
}

/** The label as printed on the form, the .xlsx template and the plan's annex alike: a required indicator is marked (*). */
export function formLabel(indicator: Pick<FormIndicator, 'label'> & { required?: boolean }): string {
  return indicator.required ? `${indicator.label} (*)` : indicator.label;
}
