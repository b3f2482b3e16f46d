import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';

// Data hooks and the page's own little router: '#/van-ban-den' (list), '#/van-ban-den?so=den&nam=2026'
// (the incoming register printed), '?so=di&nam=2026' (the outgoing register printed).

export type RegisterBook = 'den' | 'di';
export type IncomingView = { view: 'list' } | { view: 'print'; book: RegisterBook; year: number | null };

function fromHash(): IncomingView {
  const query = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const book = query.get('so');
  const year = Number(query.get('nam'));
  if (book === 'den' || book === 'di') return { view: 'print', book, year: Number.isInteger(year) && year > 0 ? year : null };
  return { view: 'list' };
}

export function useIncomingView(): IncomingView {
  const [view, setView] = useState<IncomingView>(fromHash);
  useEffect(() => {
    const onHash = () => setView(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return view;
}

export const INCOMING_HREF = '#/van-ban-den';
export const registerHref = (book: RegisterBook, year: number) => `${INCOMING_HREF}?so=${book}&nam=${year}`;

export function useIncomingList(filter: MethodInput<'incoming.list'>) {
  return useQuery({ queryKey: ['incoming.list', filter], queryFn: () => call('incoming.list', filter), placeholderData: (prev) => prev });
}

/** Refreshes what shows incoming documents: the list, the dashboard, the plan's "Thực hiện văn bản" choices. */
export function useInvalidateIncoming() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['incoming.list'] });
    void qc.invalidateQueries({ queryKey: ['incoming.dashboard'] });
    void qc.invalidateQueries({ queryKey: ['registers.incoming'] });
  };
}
