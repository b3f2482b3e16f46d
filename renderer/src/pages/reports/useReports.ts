import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';

export type RoundTab = 'chi-tieu' | 'gui-mau' | 'nhan' | 'tinh-hinh' | 'nhap-tay';
export const ROUND_TABS: RoundTab[] = ['chi-tieu', 'gui-mau', 'nhan', 'tinh-hinh', 'nhap-tay'];

export interface ReportsLocation {
  roundId: number | null;
  tab: RoundTab;
  unitId: number | null;
}

function parse(): ReportsLocation {
  const q = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
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
  const [loc, setLoc] = useState(parse);
  useEffect(() => {
    const onHash = () => setLoc(parse());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [loc, (next) => (window.location.hash = reportsHref(next))];
}

export function useRounds() {
  return useQuery({ queryKey: ['reports.listRounds'], queryFn: () => call('reports.listRounds', {}) });
}

export function useRound(id: number | null) {
  return useQuery({ queryKey: ['reports.getRound', id], queryFn: () => call('reports.getRound', { id: id! }), enabled: !!id });
}

export function useRoundStatus(roundId: number | null) {
  return useQuery({
    queryKey: ['reports.status', roundId],
    queryFn: () => call('reports.status', { roundId: roundId! }),
    enabled: !!roundId,
  });
}

export function useActiveUnits() {
  return useQuery({ queryKey: ['units.list', { includeDissolved: true }], queryFn: () => call('units.list', { includeDissolved: true }) });
}

/** Refreshes everything that shows reports (and the dashboard) after a change. */
export function useInvalidateReports() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('reports.') });
    void qc.invalidateQueries({ queryKey: ['app.dashboard'] });
  };
}
