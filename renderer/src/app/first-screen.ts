import { prefetchCall } from '../api/prefetch';
import { openingPage } from '../pages/members/list-filter';
import { PAGE_LOADERS, pageAt } from './page-loaders';
import type { PageKey } from './routes';

// What the page the address opens needs, asked for by the start script (boot.ts) as soon as it
// runs, in parallel with the download of the app's own code, instead of one after the other once
// the shell has rendered: the service clock (app.info) and the page's code (its chunk and the
// chunks it imports), both of which main.tsx waits for before its first render, and the page's
// opening request. With 100,000 members the member list is shown about a second sooner
// (renderer.members_first_row_ms, test/bench/members-start.ts).

/** The opening requests of pages that load their data outside the query cache. */
const OPENING_CALLS: Partial<Record<PageKey, () => void>> = {
  'doan-vien': () => prefetchCall('members.list', openingPage()),
};

/**
 * Starts loading the page of the current address. The browser opens at most six connections to the
 * server and serves what waits in the order asked: first the two small requests the screen waits
 * for, then the app's code (`loadApp`: React, antd, the shell), then the page's own chunks.
 */
export function startFirstScreen(loadApp: () => Promise<unknown>): void {
  prefetchCall('app.info', {});
  const page = pageAt(window.location.hash);
  OPENING_CALLS[page]?.();
  loadApp().catch(() => {
    // Nothing else can show it: the app's own code is what did not arrive.
    const root = document.getElementById('root');
    if (root) root.textContent = 'Không tải được phần mềm. Hãy tải lại trang (phím F5); nếu vẫn không được, hãy mở lại phần mềm.';
  });
  // A failed download shows when the page itself asks for its code (pages.tsx).
  pageCode = PAGE_LOADERS[page]().catch(() => undefined);
}

let pageCode: Promise<unknown> = Promise.resolve();

/** How long the first render waits for the page's code before showing the shell without it. */
const PAGE_WAIT_MS = 3_000;

/**
 * Resolves once the opening page's code has arrived (or failed, or taken too long), so that the
 * first render shows the shell and the page together (pages.tsx renders an arrived page directly).
 */
export function pageCodeArrived(): Promise<void> {
  return Promise.race([pageCode, new Promise((resolve) => window.setTimeout(resolve, PAGE_WAIT_MS))]).then(() => undefined);
}
