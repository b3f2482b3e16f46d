// Required indicators (marked in the round's set): a received report that gives no figure for one
// of them is still received (the unit did report, lateness is judged as usual) but is listed as
// "Thiếu số liệu" so that the office asks the unit to complete it. The one home of that rule.
import type { Indicator } from '../../../shared/reports/schema';
import type { ServiceContext } from '../context';
import { missingRequiredRows } from './submissions-repo';

/** A figure counts when it is a number or a non-blank text. */
export interface GivenValue {
  indicatorId: number;
  num: number | null;
  text: string | null;
}

const given = (v: GivenValue) => v.num !== null || (v.text !== null && v.text.trim() !== '');

/** The codes of the required indicators that `values` leave without a figure, in the round's order. */
export function missingRequired(indicators: Indicator[], values: GivenValue[]): string[] {
  const filled = new Set(values.filter(given).map((v) => v.indicatorId));
  return indicators.filter((i) => i.required && !filled.has(i.id)).map((i) => i.code);
}

/** Per unit with a current report in the round: the required indicators it leaves without a figure. */
export function missingRequiredByUnit(ctx: ServiceContext, roundId: number): Map<number, string[]> {
  const rows = missingRequiredRows(ctx, roundId);
  const out = new Map<number, string[]>();
  for (const r of rows) {
    const list = out.get(r.unitId);
    if (list) list.push(r.code);
    else out.set(r.unitId, [r.code]);
  }
  return out;
}

/** "2.1, 3.4 và 2 chỉ tiêu khác" — for messages. */
export function codeList(codes: string[], shown = 6): string {
  if (codes.length <= shown) return codes.join(', ');
  return `${codes.slice(0, shown).join(', ')} và ${codes.length - shown} chỉ tiêu khác`;
}
