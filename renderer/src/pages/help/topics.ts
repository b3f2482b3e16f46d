import type { PageKey } from '../../app/routes';

// The parts of the "Hướng dẫn" page, in reading order. A page's "?" button names one of these keys
// and opens the guide at that part: '#/huong-dan?muc=doan-vien'.

export const HELP_TOPICS = [
  { key: 'bat-dau', title: 'Bắt đầu: việc cần làm lần đầu' },
  { key: 'cai-dat', title: 'Nhập thông tin đơn vị (Cài đặt)' },
  { key: 'cong-doan-co-so', title: 'Danh sách công đoàn cơ sở' },
  { key: 'doan-vien', title: 'Danh sách đoàn viên, nhập từ Excel' },
  { key: 'ke-hoach', title: 'Kế hoạch Tháng Công nhân và các văn bản' },
  { key: 'gui-mau', title: 'Gửi mẫu báo cáo cho công đoàn cơ sở' },
  { key: 'nhan-bao-cao', title: 'Nhận báo cáo từ USB' },
  { key: 'ket-qua', title: 'Kết quả tổng hợp và BÁO CÁO gửi cấp trên' },
  { key: 'hoat-dong', title: 'Ghi hoạt động, thăm hỏi, tặng quà' },
  { key: 'van-ban-den', title: 'Sổ văn bản đến' },
  { key: 'sao-luu', title: 'Sao lưu và khôi phục dữ liệu' },
  { key: 'tim-nhanh', title: 'Tìm nhanh và phím tắt' },
] as const;

export type HelpTopic = (typeof HELP_TOPICS)[number]['key'];

const HELP_ROUTE: PageKey = 'huong-dan';

/** The address of one part of the guide. */
export const helpHref = (topic?: HelpTopic): string => `#/${HELP_ROUTE}${topic ? `?muc=${topic}` : ''}`;

export function isHelpTopic(v: string | null): v is HelpTopic {
  return HELP_TOPICS.some((t) => t.key === v);
}

/** The part of the guide about each page (F1 and the top bar's help button open it). */
export const PAGE_TOPICS: Partial<Record<PageKey, HelpTopic>> = {
  'tong-quan': 'bat-dau',
  'cong-doan-co-so': 'cong-doan-co-so',
  'doan-vien': 'doan-vien',
  'hoat-dong': 'hoat-dong',
  'van-ban': 'ke-hoach',
  'van-ban-den': 'van-ban-den',
  'bao-cao': 'gui-mau',
  'ket-qua': 'ket-qua',
  'cai-dat': 'cai-dat',
};
