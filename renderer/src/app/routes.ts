import { useEffect, useState } from 'react';

export type PageKey =
  'tong-quan' | 'cong-doan-co-so' | 'doan-vien' | 'hoat-dong' | 'van-ban' | 'van-ban-den' | 'bao-cao' | 'ket-qua' | 'cai-dat';

export const PAGES: { key: PageKey; label: string }[] = [
  { key: 'tong-quan', label: 'Tổng quan' },
  { key: 'cong-doan-co-so', label: 'Công đoàn cơ sở' },
  { key: 'doan-vien', label: 'Đoàn viên' },
  { key: 'hoat-dong', label: 'Hoạt động' },
  { key: 'van-ban', label: 'Kế hoạch & văn bản' },
  { key: 'van-ban-den', label: 'Văn bản đến' },
  { key: 'bao-cao', label: 'Báo cáo' },
  { key: 'cai-dat', label: 'Cài đặt' },
];

/** Pages reached from another page, not in the sidebar: the sidebar entry that stays highlighted. */
export const SUBPAGES: Partial<Record<PageKey, PageKey>> = { 'ket-qua': 'bao-cao' };

function fromHash(): PageKey {
  const key = window.location.hash.replace(/^#\/?/, '').split('?')[0] as PageKey;
  return PAGES.some((p) => p.key === key) || key in SUBPAGES ? key : 'tong-quan';
}

/** Hash-based navigation: works the same from app:// in Electron and http:// in browser mode. */
export function useRoute(): [PageKey, (key: PageKey) => void] {
  const [page, setPage] = useState<PageKey>(fromHash);
  useEffect(() => {
    const onHash = () => setPage(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [page, (key) => (window.location.hash = `#/${key}`)];
}
