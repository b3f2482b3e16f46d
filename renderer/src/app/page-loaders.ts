import type { ComponentType } from 'react';
import { parseHash } from './hash-route';
import type { PageKey } from './routes';

// Where each page's code is: its own chunk, so the first screen downloads only the shell and the
// page shown; the others (and recharts, which only the results page uses) arrive when first
// opened. Without React or antd, so that the start script (boot.ts) can ask for the page's code
// before the app's own code has even loaded.

export type PageProps = { go: (key: PageKey) => void };

/** Our pages use named exports. */
const named =
  <K extends string>(name: K) =>
  (m: Record<K, ComponentType<PageProps>>) =>
    m[name];

const LOADERS: Record<PageKey, () => Promise<ComponentType<PageProps>>> = {
  'tong-quan': () => import('../pages/dashboard/DashboardPage').then(named('DashboardPage')),
  'cong-doan-co-so': () => import('../pages/units/UnitsPage').then(named('UnitsPage')),
  'doan-vien': () => import('../pages/members/MembersPage').then(named('MembersPage')),
  'hoat-dong': () => import('../pages/activities/ActivitiesPage').then(named('ActivitiesPage')),
  'van-ban': () => import('../pages/documents/DocumentsPage').then(named('DocumentsPage')),
  'van-ban-den': () => import('../pages/incoming/IncomingPage').then(named('IncomingPage')),
  'bao-cao': () => import('../pages/reports/ReportsPage').then(named('ReportsPage')),
  'ket-qua': () => import('../pages/results/ResultsPage').then(named('ResultsPage')),
  'cai-dat': () => import('../pages/settings/SettingsPage').then(named('SettingsPage')),
  'huong-dan': () => import('../pages/help/HelpPage').then(named('HelpPage')),
};

const loaded = new Map<PageKey, ComponentType<PageProps>>();

/** Each page's loader; what it loads is kept for `loadedPage`. */
export const PAGE_LOADERS = Object.fromEntries(
  (Object.keys(LOADERS) as PageKey[]).map((key) => [
    key,
    () =>
      LOADERS[key]().then((page) => {
        loaded.set(key, page);
        return page;
      }),
  ]),
) as typeof LOADERS;

/** The page's component when its code has already arrived (the page the app opens on, asked for by boot.ts). */
export function loadedPage(key: PageKey): ComponentType<PageProps> | undefined {
  return loaded.get(key);
}

/** The page an address (`#/doan-vien?id=12`) shows: the dashboard for an unknown one (as routes.ts). */
export function pageAt(hash: string): PageKey {
  const page = parseHash(hash).page;
  return Object.hasOwn(PAGE_LOADERS, page) ? (page as PageKey) : 'tong-quan';
}
