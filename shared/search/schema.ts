import { z } from '../api/zod-vi';

/** What the search palette finds, in the order its groups are shown. */
export const SEARCH_KINDS = ['member', 'unit', 'document', 'incoming', 'round'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Group headings shown in the palette. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  member: 'Đoàn viên',
  unit: 'Công đoàn cơ sở',
  document: 'Kế hoạch & văn bản',
  incoming: 'Văn bản đến',
  round: 'Đợt báo cáo',
};

/** Results per kind unless the caller asks for fewer: the palette is a jump list, not a report. */
export const SEARCH_DEFAULT_LIMIT = 6;

export const searchAllSchema = z.strictObject({
  query: z.string({ error: 'Từ khóa tìm kiếm phải là chữ.' }).max(200, { error: 'Từ khóa tìm kiếm quá dài.' }),
  limit: z.number().int().min(1).max(20).optional(),
});
export type SearchAllInput = z.output<typeof searchAllSchema>;

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** The name or title, as stored. */
  title: string;
  /** One line that tells two hits apart: unit and birth year, code and sector, number and date… */
  detail: string;
  /** Shown greyed: a member who left, a dissolved unit. */
  inactive?: boolean;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Every match of this kind; `items` holds at most the limit. */
  total: number;
  items: SearchHit[];
}

export interface SearchAllResult {
  /** Groups with at least one match, in SEARCH_KINDS order. */
  groups: SearchGroup[];
}
