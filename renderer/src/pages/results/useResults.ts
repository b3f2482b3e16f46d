import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';

export type PrintKind = 'ket-qua' | 'chua-nop' | 'doan-vien';

export interface ResultsLocation {
  roundId: number | null;
  print: PrintKind | null;
  /** Counting date of the member statistics print. */
  asOf: string | null;
}

function parse(): ResultsLocation {
  const q = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
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
  const [loc, setLoc] = useState(parse);
  useEffect(() => {
    const onHash = () => setLoc(parse());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [loc, (next) => (window.location.hash = resultsHref(next))];
}

export function useResults(roundId: number | null) {
  return useQuery({
    queryKey: ['results.round', roundId],
    queryFn: () => call('results.round', { roundId: roundId! }),
    enabled: !!roundId,
    placeholderData: (p) => (p?.round.id === roundId ? p : undefined),
  });
}

export function useOfficeSettings() {
  return useQuery({ queryKey: ['settings.get'], queryFn: () => call('settings.get', {}) });
}
