import { Spin } from 'antd';
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { PageKey } from './routes';

type PageProps = { go: (key: PageKey) => void };

/** React.lazy wants a default export; our pages use named exports. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType<PageProps>>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

// Each page is its own chunk, so the first screen downloads only the shell and the dashboard;
// the others (and recharts, which only the results page uses) arrive when first opened.
const PAGE_COMPONENTS: Record<PageKey, ComponentType<PageProps>> = {
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
  const Page = PAGE_COMPONENTS[page];
  return (
    <Suspense fallback={<PageLoading />}>
      <Page go={go} />
    </Suspense>
  );
}
