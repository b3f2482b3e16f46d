import { navigate, useHashRoute, type HashRoute } from './useHashRoute';

export type PageKey =
  'tong-quan' | 'cong-doan-co-so' | 'doan-vien' | 'hoat-dong' | 'van-ban' | 'van-ban-den' | 'bao-cao' | 'ket-qua' | 'cai-dat' | 'huong-dan';

export const PAGES: { key: PageKey; label: string }[] = [
  { key: 'tong-quan', label: 'Tổng quan' },
  { key: 'cong-doan-co-so', label: 'Công đoàn cơ sở' },
  { key: 'doan-vien', label: 'Đoàn viên' },
  { key: 'hoat-dong', label: 'Hoạt động' },
  { key: 'van-ban', label: 'Kế hoạch & văn bản' },
  { key: 'van-ban-den', label: 'Văn bản đến' },
  { key: 'bao-cao', label: 'Báo cáo' },
  { key: 'cai-dat', label: 'Cài đặt' },
  { key: 'huong-dan', label: 'Hướng dẫn' },
];

/** Pages reached from another page, not in the sidebar: the sidebar entry that stays highlighted. */
export const SUBPAGES: Partial<Record<PageKey, PageKey>> = { 'ket-qua': 'bao-cao' };

function pageOf({ page }: HashRoute): PageKey {
  const key = page as PageKey;
  // Own keys only: "#/toString" is no page.
  return PAGES.some((p) => p.key === key) || Object.hasOwn(SUBPAGES, key) ? key : 'tong-quan';
}

/** The page shown, from the address; the setter goes to another page. */
export function useRoute(): [PageKey, (key: PageKey) => void] {
  return [useHashRoute(pageOf), (key) => navigate(`#/${key}`)];
}
