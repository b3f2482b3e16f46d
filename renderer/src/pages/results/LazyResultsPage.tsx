import { Spin } from 'antd';
import { lazy, Suspense } from 'react';

// The results page carries the chart library (recharts); it is loaded when first opened so the
// rest of the app starts without it.
const Page = lazy(() => import('./ResultsPage').then((m) => ({ default: m.ResultsPage })));

export function ResultsPage() {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}
