import { Spin } from 'antd';
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { PageKey } from './routes';

type PageProps = { go: (key: PageKey) => void };

/** A page's code; asked for once, whether by `preloadPage` at start or by the page being shown. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType<PageProps>>>, name: K) {
  let loading: Promise<ComponentType<PageProps>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (m) => m[name],
      (e: unknown) => {
        loading = null; // a failed download is tried again next time
        throw e;
      },
    );
    return loading;
  };
  // React.lazy wants a default export; our pages use named exports.
  return { preload, Component: lazy(() => preload().then((c) => ({ default: c }))) };
}

// Each page is its own chunk, so the first screen downloads only the shell and the dashboard;
// the others (and recharts, which only the results page uses) arrive when first opened.
const PAGE_COMPONENTS: Record<PageKey, ReturnType<typeof page>> = {
  'tong-quan': page(() => import('../pages/dashboard/DashboardPage'), 'DashboardPage'),
  'cong-doan-co-so': page(() => import('../pages/units/UnitsPage'), 'UnitsPage'),
  'doan-vien': page(() => import('../pages/members/MembersPage'), 'MembersPage'),
  'hoat-dong': page(() => import('../pages/activities/ActivitiesPage'), 'ActivitiesPage'),
  'van-ban': page(() => import('../pages/documents/DocumentsPage'), 'DocumentsPage'),
  'van-ban-den': page(() => import('../pages/incoming/IncomingPage'), 'IncomingPage'),
  'bao-cao': page(() => import('../pages/reports/ReportsPage'), 'ReportsPage'),
  'ket-qua': page(() => import('../pages/results/ResultsPage'), 'ResultsPage'),
  'cai-dat': page(() => import('../pages/settings/SettingsPage'), 'SettingsPage'),
  'huong-dan': page(() => import('../pages/help/HelpPage'), 'HelpPage'),
};

/** Starts downloading a page's code (the page the address opens, at start: first-screen.ts). */
export function preloadPage(key: PageKey): void {
  PAGE_COMPONENTS[key].preload().catch(() => undefined); // shown again when the page itself asks
}

/** How long a page may take before the loading text shows: a cached chunk arrives well within it. */
const LOADING_DELAY_MS = 250;

/** Shown only when a page is slow to arrive, so fast navigation does not flash a spinner. */
export function PageLoading(): ReactNode {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), LOADING_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
  if (!visible) return null;
  return (
    <div role="status" style={{ display: 'flex', gap: 12, alignItems: 'center', justifyContent: 'center', margin: 48 }}>
      <Spin />
      <span>Đang mở trang…</span>
    </div>
  );
}

export function RoutePage({ page, go }: { page: PageKey; go: (key: PageKey) => void }) {
  const Page = PAGE_COMPONENTS[page].Component;
  return (
    <Suspense fallback={<PageLoading />}>
      <Page go={go} />
    </Suspense>
  );
}
