// The member register's code lists: stored codes and their Vietnamese labels. Kept apart from the
// schemas (schema.ts, which re-exports them) so that pages showing labels need not load zod.

export const GENDERS = ['nam', 'nu'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { nam: 'Nam', nu: 'Nữ' };

export const UNION_POSITIONS = ['doan_vien', 'to_truong', 'uv_bch', 'pho_chu_tich', 'chu_tich'] as const;
export type UnionPosition = (typeof UNION_POSITIONS)[number];
export const UNION_POSITION_LABELS: Record<UnionPosition, string> = {
  doan_vien: 'Đoàn viên',
  to_truong: 'Tổ trưởng',
  uv_bch: 'Ủy viên BCH',
  pho_chu_tich: 'Phó Chủ tịch',
  chu_tich: 'Chủ tịch',
};

/** Current status, derived from the member's events (cached on the member row). */
export const MEMBER_STATUSES = ['active', 'transferred_out', 'left'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  active: 'Đang sinh hoạt',
  transferred_out: 'Đã chuyển đi',
  left: 'Đã thôi sinh hoạt',
};

/**
 * Life events. Membership in a unit starts with `register`, `admit` or `transferIn`, moves with
 * `transfer` (between two units of this office, one step) and ends with `transferOut` or `leave`.
 * `card` records a card issued or renewed and does not change membership.
 * `register` is the initial entry of someone who was already a member when the register was
 * started (created by hand or imported without a known admission): it establishes membership
 * but is not counted as "kết nạp mới".
 */
export const EVENT_KINDS = ['register', 'admit', 'transferIn', 'transfer', 'transferOut', 'leave', 'card'] as const;
export type MemberEventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<MemberEventKind, string> = {
  register: 'Ghi vào sổ (đã là đoàn viên)',
  admit: 'Kết nạp',
  transferIn: 'Chuyển đến',
  transfer: 'Chuyển sinh hoạt',
  transferOut: 'Chuyển đi',
  leave: 'Thôi sinh hoạt / ra khỏi tổ chức',
  card: 'Cấp / đổi thẻ đoàn viên',
};
export const START_KINDS = ['register', 'admit', 'transferIn'] as const;
