import { Spin } from 'antd';
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { PAGE_LOADERS, loadedPage, type PageProps } from './page-loaders';
import type { PageKey } from './routes';

// Each page is its own chunk (page-loaders.ts), fetched when first shown, or at start by boot.ts
// for the page the address opens (the browser fetches a module once, whoever asks first).
const PAGE_COMPONENTS: Partial<Record<PageKey, ComponentType<PageProps>>> = {};

/**
 * The component a page is shown with, chosen once: the page itself when its code has arrived (the
 * page the app opens on: main.tsx waits for it), so that the first screen renders in one pass
 * instead of the shell, a fallback, then the page; otherwise a lazy component that fetches it.
 * Never both for one page: changing the component type would remount the page and lose its state.
 */
function pageComponent(key: PageKey): ComponentType<PageProps> {
  // React.lazy wants a default export.
  return (PAGE_COMPONENTS[key] ??= loadedPage(key) ?? lazy(() => PAGE_LOADERS[key]().then((c) => ({ default: c }))));
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
  const Page = pageComponent(page);
  return (
    <Suspense fallback={<PageLoading />}>
      <Page go={go} />
    </Suspense>
  );
}
