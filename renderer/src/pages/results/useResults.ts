import { useQueryClient } from '@tanstack/react-query';
import { setApiData, skipToken, useApi, useApiMutation } from '../../api/hooks';
import { navigate, useHashRoute, type HashRoute } from '../../app/useHashRoute';

export type PrintKind = 'ket-qua' | 'chua-nop' | 'doan-vien';

export interface ResultsLocation {
  roundId: number | null;
  print: PrintKind | null;
  /** Counting date of the member statistics print. */
  asOf: string | null;
}

function parse({ query: q }: HashRoute): ResultsLocation {
  const print = q.get('in');
  return {
    roundId: Number(q.get('dot')) || null,
    print: print === 'ket-qua' || print === 'chua-nop' || print === 'doan-vien' ? print : null,
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(q.get('ngay') ?? '') ? q.get('ngay') : null,
  };
}

/** '#/ket-qua?dot=3', '#/ket-qua?dot=3&in=chua-nop', '#/ket-qua?in=doan-vien&ngay=2026-05-31'. */
export function resultsHref(loc: Partial<ResultsLocation>): string {
  const q = new URLSearchParams();
  if (loc.roundId) q.set('dot', String(loc.roundId));
  if (loc.print) q.set('in', loc.print);
  if (loc.asOf) q.set('ngay', loc.asOf);
  const s = q.toString();
  return `#/ket-qua${s ? `?${s}` : ''}`;
}

export function useResultsLocation(): [ResultsLocation, (loc: Partial<ResultsLocation>) => void] {
  return [useHashRoute(parse), (next) => navigate(resultsHref(next))];
}

export function useResults(roundId: number | null) {
  return useApi('results.round', roundId ? { roundId } : skipToken, {
    placeholderData: (p) => (p?.round.id === roundId ? p : undefined),
  });
}

/** Saves a round's results settings; the recomputed results it returns replace the shown ones. */
export function useSaveResultsSettings() {
  const qc = useQueryClient();
  return useApiMutation('results.saveSettings', {
    onSuccess: (r) => setApiData(qc, 'results.round', { roundId: r.round.id }, r),
  });
}
