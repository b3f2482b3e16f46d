import { Button } from 'antd';
import { QuestionCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { SearchPalette } from '../components/SearchPalette';
import { helpHref, PAGE_TOPICS } from '../pages/help/topics';
import type { PageKey } from './routes';
import { navigate } from './useHashRoute';

/** The bar above every page: the "search everything" box (Ctrl+K) and the guide (F1). */
export function TopBar({ page }: { page: PageKey }) {
  const [searching, setSearching] = useState(false);
  const topic = PAGE_TOPICS[page];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
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
      <button type="button" className="topbar-search" onClick={() => setSearching(true)} aria-label="Tìm nhanh (Ctrl+K)">
        <SearchOutlined />
        <span className="topbar-search-text">Tìm nhanh: đoàn viên, đơn vị, văn bản…</span>
        <kbd>Ctrl+K</kbd>
      </button>
      {page !== 'huong-dan' && (
        <Button type="text" icon={<QuestionCircleOutlined />} onClick={() => navigate(helpHref(topic))} title="Phím tắt: F1">
          Hướng dẫn
        </Button>
      )}
      <SearchPalette open={searching} onClose={() => setSearching(false)} />
    </div>
  );
}
