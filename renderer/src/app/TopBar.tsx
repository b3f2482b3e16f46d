import { Button } from 'antd';
import { QuestionCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { lazy, Suspense, useEffect, useState } from 'react';
import { helpHref, PAGE_TOPICS } from '../pages/help/topics';
import type { PageKey } from './routes';
import { navigate } from './useHashRoute';
import { layerOpen } from '../lib/useNewShortcut';

// Fetched the first time the clerk opens it (Ctrl+K or the box), not with the first screen.
const SearchPalette = lazy(() => import('../components/SearchPalette').then((m) => ({ default: m.SearchPalette })));

/** The bar above every page: the "search everything" box (Ctrl+K) and the guide (F1). */
export function TopBar({ page }: { page: PageKey }) {
  const [searching, setSearching] = useState(false);
  const [searchLoaded, setSearchLoaded] = useState(false);
  const openSearch = () => {
    setSearchLoaded(true);
    setSearching(true);
  };
  const topic = PAGE_TOPICS[page];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Over an open dialog these would leave the page, and the dialog's typing with it.
      if (layerOpen()) return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setSearchLoaded(true);
        setSearching(true);
      } else if (e.key === 'F1') {
        e.preventDefault();
        navigate(helpHref(topic));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [topic]);

  return (
    <div className="topbar">
      <button type="button" className="topbar-search" onClick={openSearch} aria-label="Tìm nhanh (Ctrl+K)">
        <SearchOutlined />
        <span className="topbar-search-text">Tìm nhanh: đoàn viên, đơn vị, văn bản…</span>
        <kbd>Ctrl+K</kbd>
      </button>
      {page !== 'huong-dan' && (
        <Button type="text" icon={<QuestionCircleOutlined />} onClick={() => navigate(helpHref(topic))} title="Phím tắt: F1">
          Hướng dẫn
        </Button>
      )}
      {searchLoaded && (
        <Suspense fallback={null}>
          <SearchPalette open={searching} onClose={() => setSearching(false)} />
        </Suspense>
      )}
    </div>
  );
}
