import type { MethodInput } from '../../../../shared/api/contract';
import { useApi } from '../../api/hooks';
import { useHashRoute, type HashRoute } from '../../app/useHashRoute';

// Data hooks and the page's own little router: '#/van-ban-den' (list), '#/van-ban-den?so=den&nam=2026'
// (the incoming register printed), '?so=di&nam=2026' (the outgoing register printed).

export type RegisterBook = 'den' | 'di';
export type IncomingView = { view: 'list' } | { view: 'print'; book: RegisterBook; year: number | null };

function fromHash({ query }: HashRoute): IncomingView {
  const book = query.get('so');
  const year = Number(query.get('nam'));
  if (book === 'den' || book === 'di') return { view: 'print', book, year: Number.isInteger(year) && year > 0 ? year : null };
  return { view: 'list' };
}

export function useIncomingView(): IncomingView {
  return useHashRoute(fromHash);
}

export const INCOMING_HREF = '#/van-ban-den';
export const registerHref = (book: RegisterBook, year: number) => `${INCOMING_HREF}?so=${book}&nam=${year}`;

export function useIncomingList(filter: MethodInput<'incoming.list'>) {
  return useApi('incoming.list', filter, { placeholderData: (prev) => prev });
}
