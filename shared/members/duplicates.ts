// "Tìm trùng lặp": member records that are likely the same person, and merging two of them.
import { z } from '../api/zod-vi';
import { id } from '../api/fields';
import { IMPORT_FIELD_LABELS, type ImportField } from './import-schema';
import type { Member, MemberEvent, MemberFields } from './schema';

/** Why two records look like one person, strongest first. */
export const DUPLICATE_REASONS = ['cccd', 'cmnd', 'nameBirthDate', 'nameBirthYear'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];
export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  cccd: 'Trùng số CCCD',
  cmnd: 'Trùng số CMND cũ',
  nameBirthDate: 'Trùng họ tên và ngày sinh',
  nameBirthYear: 'Trùng họ tên và năm sinh, khác đơn vị',
};

/** Pairs returned at most (the total is still counted): more is a list no clerk works through at once. */
export const DUPLICATES_MAX = 2000;

export const memberDuplicatesSchema = z.strictObject({
  limit: z
    .number({ error: 'Số cặp cần xem phải là số.' })
    .int({ error: 'Số cặp cần xem phải là số nguyên.' })
    .min(1, { error: 'Số cặp cần xem ít nhất là 1.' })
    .max(DUPLICATES_MAX, { error: `Số cặp cần xem nhiều nhất là ${DUPLICATES_MAX}.` })
    .optional()
    .transform((v) => v ?? 500),
});

export interface DuplicatePair {
  /** The two records, the older one (smaller id) first. */
  a: Member;
  b: Member;
  reasons: DuplicateReason[];
}

export interface MemberDuplicatesResult {
  pairs: DuplicatePair[];
  /** Every pair found, also those beyond the limit. */
  total: number;
}

/** The member fields the clerk may take from the removed record when merging. */
export const MERGE_FIELDS = [
  'name',
  'birthDate',
  'gender',
  'ethnicity',
  'religion',
  'cccd',
  'cmnd',
  'phone',
  'jobTitle',
  'unionPosition',
  'joinedOn',
  'memberCode',
  'partyMember',
  'partyDate',
  'education',
  'notes',
] as const satisfies readonly (keyof MemberFields & ImportField)[];
export type MergeField = (typeof MERGE_FIELDS)[number];
export const MERGE_FIELD_LABELS: Record<MergeField, string> = Object.fromEntries(
  MERGE_FIELDS.map((f) => [f, IMPORT_FIELD_LABELS[f]]),
) as Record<MergeField, string>;

const differentRecords = { error: 'Hãy chọn hai hồ sơ khác nhau.' };

export const memberMergeSchema = z
  .strictObject({
    /** The record that stays (its id, unit and status history continue). */
    keepId: id,
    /** The record merged into it and then removed. */
    removeId: id,
    /** Fields whose value is taken from the removed record instead of the kept one. */
    take: z
      .array(z.enum(MERGE_FIELDS, { error: 'Trường thông tin không hợp lệ.' }), { error: 'Danh sách trường không hợp lệ.' })
      .max(MERGE_FIELDS.length, { error: 'Danh sách trường quá dài.' })
      .optional()
      .transform((v) => [...new Set(v ?? [])]),
  })
  .refine((v) => v.keepId !== v.removeId, differentRecords);

export const memberNotDuplicateSchema = z.strictObject({ aId: id, bId: id }).refine((v) => v.aId !== v.bId, differentRecords);

export interface MemberMergeResult {
  member: Member;
  events: MemberEvent[];
  removedId: number;
  /** Events of the two records written differently so that the merged history holds together. */
  adjusted: number;
}
