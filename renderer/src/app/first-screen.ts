import type { QueryClient } from '@tanstack/react-query';
import type { MethodResult } from '../../../shared/api/contract';
import { setApiData } from '../api/hooks';
import { prefetchCall } from '../api/prefetch';
import { openingPage } from '../pages/members/list-filter';
import { preloadPage } from './pages';
import { pageAt, type PageKey } from './routes';

// What the page the address opens needs, asked for at start in parallel with the clock and the
// shell (main.tsx), instead of one after the other once the shell has rendered: the page's code
// (its chunk and the chunks it imports) and its opening request. With 100,000 members the member
// list is shown about a second sooner (renderer.members_first_row_ms, test/bench/members-start.ts).

/** The opening requests of pages that load their data outside the query cache. */
const OPENING_CALLS: Partial<Record<PageKey, () => void>> = {
  'doan-vien': () => prefetchCall('members.list', openingPage()),
};

/** Starts loading the page of the current address; call before anything else at start. */
export function startFirstScreen(): void {
  const page = pageAt(window.location.hash);
  preloadPage(page);
  OPENING_CALLS[page]?.();
}

/** The app's info read for the clock (lib/clock.ts) is what the shell asks for too: not asked twice. */
export function keepAppInfo(qc: QueryClient, info: MethodResult<'app.info'> | null): void {
  if (info) setApiData(qc, 'app.info', {}, info);
}
