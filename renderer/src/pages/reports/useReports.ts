import { skipToken, useApi } from '../../api/hooks';
import { navigate, useHashRoute, type HashRoute } from '../../app/useHashRoute';

export type RoundTab = 'chi-tieu' | 'gui-mau' | 'nhan' | 'tinh-hinh' | 'nhap-tay';
const ROUND_TABS: RoundTab[] = ['chi-tieu', 'gui-mau', 'nhan', 'tinh-hinh', 'nhap-tay'];

export interface ReportsLocation {
  roundId: number | null;
  tab: RoundTab;
  unitId: number | null;
}

function parse({ query: q }: HashRoute): ReportsLocation {
  const roundId = Number(q.get('dot')) || null;
  const tab = ROUND_TABS.includes(q.get('the') as RoundTab) ? (q.get('the') as RoundTab) : 'tinh-hinh';
  const unitId = Number(q.get('donvi')) || null;
  return { roundId, tab, unitId };
}

/** Link into the reports page: `#/bao-cao?dot=3&the=nhan`. Usable from anywhere (e.g. the dashboard). */
export function reportsHref(loc: Partial<ReportsLocation> = {}): string {
  const q = new URLSearchParams();
  if (loc.roundId) q.set('dot', String(loc.roundId));
  if (loc.roundId && loc.tab) q.set('the', loc.tab);
  if (loc.roundId && loc.unitId) q.set('donvi', String(loc.unitId));
  const s = q.toString();
  return `#/bao-cao${s ? `?${s}` : ''}`;
}

/** Where the clerk is inside the reports page, kept in the address so a reload stays put. */
export function useReportsLocation(): [ReportsLocation, (loc: Partial<ReportsLocation>) => void] {
  return [useHashRoute(parse), (next) => navigate(reportsHref(next))];
}

export function useRounds() {
  return useApi('reports.listRounds', {});
}

export function useRound(id: number | null) {
  return useApi('reports.getRound', id ? { id } : skipToken);
}

export function useRoundStatus(roundId: number | null) {
  return useApi('reports.status', roundId ? { roundId } : skipToken);
}

/** Every unit, dissolved ones too: a round may still hold a unit dissolved since (its report stays visible). */
export function useUnitsWithDissolved() {
  return useApi('units.list', { includeDissolved: true });
}
