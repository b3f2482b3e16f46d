import type { DefaultIndicator } from '../../../shared/reports/schema';
import { indicatorListSchema } from '../../../shared/reports/schema';
import catalogue from '../../../resources/indicators/thang-cong-nhan.json';

/**
 * The default Workers' Month indicator set (resources/indicators/thang-cong-nhan.json), checked
 * with the same schema the API uses. Bundled with the code so it is always there.
 */
export function defaultIndicators(): DefaultIndicator[] {
  const parsed = indicatorListSchema.parse(catalogue.indicators);
  return parsed.map(({ code, group, label, unit, kind, target, required }) => ({ code, group, label, unit, kind, target, required }));
}
