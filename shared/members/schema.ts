import { z } from '../api/zod-vi';
import { id, isoDate, optionalIsoDate, optionalPhone, optionalText, requiredText } from '../api/fields';
import { isValidIsoDate } from '../text/dates';
import {
  GENDERS,
  UNION_POSITIONS,
  MEMBER_STATUSES,
  START_KINDS,
  type Gender,
  type UnionPosition,
  type MemberStatus,
  type MemberEventKind,
} from './codes';

// Code lists (stored codes → Vietnamese labels): codes.ts.
export * from './codes';

// ---------------------------------------------------------------------------------------------
// Field schemas

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** True for 'YYYY' (1900–2200) or a real ISO date. */
export function isPartialDate(s: string): boolean {
  if (/^\d{4}$/.test(s)) return Number(s) >= 1900 && Number(s) <= 2200;
  return isValidIsoDate(s);
}

/** A date that may be known only by its year: '' → null, 'YYYY' or 'YYYY-MM-DD'. */
export const optionalPartialDate = (label: string) =>
  z
    .string({ error: `${cap(label)} không hợp lệ.` })
    .max(10, { error: `${cap(label)} không hợp lệ: nhập ngày/tháng/năm hoặc chỉ năm.` })
    .transform((s) => s.trim())
    .refine((s) => s === '' || isPartialDate(s), { error: `${cap(label)} không hợp lệ: nhập ngày/tháng/năm hoặc chỉ năm.` })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/** CCCD (căn cước công dân): exactly 12 digits; spaces and dots typed between groups are dropped. */
export const optionalCccd = z
  .string({ error: 'Số CCCD phải là dãy 12 chữ số.' })
  .max(40, { error: 'Số CCCD phải gồm đúng 12 chữ số.' })
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .refine((s) => s === '' || /^\d+$/.test(s), { error: 'Số CCCD chỉ gồm chữ số.' })
  .refine((s) => s === '' || !/^\d+$/.test(s) || s.length === 12, { error: cccdLengthMessage })
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/** The old identity card (CMND): 9 digits; 8 digits lost their leading zero in a spreadsheet. */
export const optionalCmnd = z
  .string({ error: 'Số CMND cũ phải là dãy 9 chữ số.' })
  .max(40, { error: 'Số CMND cũ phải gồm 9 chữ số.' })
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .refine((s) => s === '' || /^\d{8,9}$/.test(s), { error: 'Số CMND cũ gồm 9 chữ số.' })
  .transform((s) => (s === '' ? null : s.padStart(9, '0')))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

function cccdLengthMessage(issue: { input?: unknown }): string {
  const n = typeof issue.input === 'string' ? issue.input.length : 0;
  return n === 9
    ? 'Số CCCD phải gồm đúng 12 chữ số; số 9 chữ số là CMND cũ, hãy nhập số CCCD.'
    : `Số CCCD phải gồm đúng 12 chữ số (đang có ${n}).`;
}

export const memberCodeField = optionalText('mã số đoàn viên', 30).refine((s) => s === null || /^[\p{L}\p{N}_.\-/]+$/u.test(s), {
  error: 'Mã số đoàn viên chỉ gồm chữ, số và các dấu - _ . / (không có dấu cách).',
});

const nullableEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .enum(values, { error: message })
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const memberFields = {
  name: requiredText('họ và tên', 100),
  birthDate: optionalPartialDate('ngày sinh'),
  gender: nullableEnum(GENDERS, 'Giới tính chỉ là Nam hoặc Nữ.'),
  ethnicity: optionalText('dân tộc', 50),
  religion: optionalText('tôn giáo', 50),
  cccd: optionalCccd,
  cmnd: optionalCmnd,
  phone: optionalPhone,
  jobTitle: optionalText('nghề nghiệp, chức vụ', 200),
  unionPosition: nullableEnum(UNION_POSITIONS, 'Chức vụ công đoàn phải chọn trong danh sách.'),
  joinedOn: optionalPartialDate('ngày vào Công đoàn'),
  memberCode: memberCodeField,
  partyMember: z
    .boolean({ error: 'Đảng viên: chọn Có hoặc Không.' })
    .optional()
    .transform((v) => v ?? false),
  partyDate: optionalPartialDate('ngày vào Đảng'),
  education: optionalText('trình độ', 100),
  notes: optionalText('ghi chú', 1000),
};

type MemberFieldsObject = z.ZodObject<typeof memberFields, z.core.$strict>;
/** Member fields after parsing (what the services store). */
export type MemberFields = z.output<MemberFieldsObject>;

export const memberCreateSchema = z.strictObject({
  ...memberFields,
  unitId: id,
  /** How membership in the unit starts; default 'register' (already a member, entered in the register). */
  startKind: z
    .enum(START_KINDS, { error: 'Hình thức vào sổ không hợp lệ.' })
    .optional()
    .transform((v) => v ?? 'register'),
  /** Date of the start event; default the join date (register) — required for admit / transfer in. */
  startDate: optionalIsoDate('ngày bắt đầu sinh hoạt'),
  decisionNo: optionalText('số quyết định', 50),
  externalUnit: optionalText('đơn vị chuyển đến từ', 255),
});
export type MemberCreateInput = z.input<typeof memberCreateSchema>;

export const memberUpdateSchema = z.strictObject({ id, ...memberFields });
export const memberIdSchema = z.strictObject({ id });

// ---------------------------------------------------------------------------------------------
// Events

const decisionNo = optionalText('số quyết định', 50);
const note = optionalText('ghi chú', 500);
const memberId = id;

export const memberEventSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ memberId, kind: z.literal('admit'), date: isoDate('ngày kết nạp'), unitId: id, decisionNo, note }),
    z.strictObject({
      memberId,
      kind: z.literal('transferIn'),
      date: isoDate('ngày chuyển đến'),
      unitId: id,
      externalUnit: optionalText('nơi chuyển đến từ', 255),
      decisionNo,
      note,
    }),
    z.strictObject({ memberId, kind: z.literal('transfer'), date: isoDate('ngày chuyển sinh hoạt'), toUnitId: id, decisionNo, note }),
    z.strictObject({
      memberId,
      kind: z.literal('transferOut'),
      date: isoDate('ngày chuyển đi'),
      externalUnit: optionalText('nơi chuyển đến', 255),
      decisionNo,
      note,
    }),
    z.strictObject({
      memberId,
      kind: z.literal('leave'),
      date: isoDate('ngày thôi sinh hoạt'),
      reason: requiredText('lý do thôi sinh hoạt', 500),
      decisionNo,
      note,
    }),
    z.strictObject({ memberId, kind: z.literal('card'), date: isoDate('ngày cấp thẻ'), cardNo: optionalText('số thẻ', 30), note }),
  ],
  { error: 'Hãy chọn loại biến động: kết nạp, chuyển đến, chuyển sinh hoạt, chuyển đi, thôi sinh hoạt hoặc cấp thẻ.' },
);
export type MemberEventParsed = z.output<typeof memberEventSchema>;

export const memberEventDeleteSchema = z.strictObject({ memberId: id, eventId: id });

// ---------------------------------------------------------------------------------------------
// List / search / export

const age = (label: string) =>
  z
    .number({ error: `${label} phải là số tuổi.` })
    .int({ error: `${label} phải là số nguyên.` })
    .min(0, { error: `${label} không hợp lệ.` })
    .max(150, { error: `${label} không hợp lệ.` })
    .optional();

export const memberFilterFields = {
  query: z.string({ error: 'Từ khóa tìm kiếm không hợp lệ.' }).max(200, { error: 'Từ khóa tìm kiếm quá dài.' }).optional(),
  unitId: id.nullable().optional(),
  sectorId: id.nullable().optional(),
  gender: z.enum(GENDERS, { error: 'Giới tính chỉ là Nam hoặc Nữ.' }).nullable().optional(),
  /** Default 'active'; 'all' shows everyone ever registered. */
  status: z.enum([...MEMBER_STATUSES, 'all'], { error: 'Trạng thái không hợp lệ.' }).optional(),
  partyMember: z.boolean({ error: 'Đảng viên: chọn Có hoặc Không.' }).nullable().optional(),
  ageMin: age('Tuổi từ'),
  ageMax: age('Tuổi đến'),
  joinedFrom: optionalIsoDate('ngày vào Công đoàn (từ)'),
  joinedTo: optionalIsoDate('ngày vào Công đoàn (đến)'),
};
export const memberFilterSchema = z.strictObject(memberFilterFields);
export type MemberFilter = z.output<typeof memberFilterSchema>;

export const memberListSchema = z.strictObject({
  ...memberFilterFields,
  offset: z.number({ error: 'Vị trí trang không hợp lệ.' }).int().min(0).max(10_000_000).optional(),
  limit: z
    .number({ error: 'Số dòng mỗi trang không hợp lệ.' })
    .int()
    .min(1)
    .max(1000, { error: 'Tối đa 1.000 dòng mỗi trang.' })
    .optional(),
});
export type MemberListInput = z.output<typeof memberListSchema>;

// ---------------------------------------------------------------------------------------------
// Results

export interface Member {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  sectorId: number | null;
  sectorName: string | null;
  status: MemberStatus;
  name: string;
  birthDate: string | null;
  gender: Gender | null;
  ethnicity: string | null;
  religion: string | null;
  cccd: string | null;
  cmnd: string | null;
  phone: string | null;
  jobTitle: string | null;
  unionPosition: UnionPosition | null;
  joinedOn: string | null;
  memberCode: string | null;
  partyMember: boolean;
  partyDate: string | null;
  education: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MemberListResult {
  items: Member[];
  total: number;
  offset: number;
  limit: number;
}

export interface MemberEvent {
  id: number;
  memberId: number;
  kind: MemberEventKind;
  date: string;
  fromUnitId: number | null;
  fromUnitName: string | null;
  toUnitId: number | null;
  toUnitName: string | null;
  externalUnit: string | null;
  decisionNo: string | null;
  reason: string | null;
  cardNo: string | null;
  note: string | null;
  createdAt: string;
  /** Only the latest event can be deleted (to correct a mistake), and never the only start event. */
  canDelete: boolean;
}

export interface MemberWithEvents {
  member: Member;
  events: MemberEvent[];
}

// ---------------------------------------------------------------------------------------------
// Cross-field rules (need "today", so they run in the service and in forms, not in the schema)

function yearOf(d: string): number {
  return Number(d.slice(0, 4));
}

/** Adds `years` to a partial date, keeping its precision ('1990' → '2005', '1990-02-28' → '2005-02-28'). */
export function addYears(d: string, years: number): string {
  if (d.length === 4) return String(yearOf(d) + years);
  const y = yearOf(d) + years;
  const md = d.slice(5);
  return `${y}-${md === '02-29' ? '02-28' : md}`;
}

/** Compares partial dates by their common precision (a year-only date equals every date in that year). */
export function comparePartial(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function showPartial(d: string): string {
  return d.length === 4 ? d : `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

export const MIN_JOIN_AGE = 15;

/**
 * Rules that need today's date or several fields: dates not in the future, joined the union at
 * 15 or older, Party membership not before birth. Returns field → Vietnamese message.
 */
export function memberRuleIssues(f: Pick<MemberFields, 'birthDate' | 'joinedOn' | 'partyDate'>, today: string): Record<string, string> {
  const issues: Record<string, string> = {};
  const future = (v: string | null, key: string, label: string) => {
    if (v && comparePartial(v, today) > 0) issues[key] = `${label} (${showPartial(v)}) không được sau ngày hôm nay.`;
  };
  future(f.birthDate, 'birthDate', 'Ngày sinh');
  future(f.joinedOn, 'joinedOn', 'Ngày vào Công đoàn');
  future(f.partyDate, 'partyDate', 'Ngày vào Đảng');
  if (f.birthDate && !issues.birthDate && comparePartial(addYears(f.birthDate, MIN_JOIN_AGE), today) > 0) {
    issues.birthDate = `Người sinh ${f.birthDate.length === 4 ? 'năm' : 'ngày'} ${showPartial(f.birthDate)} chưa đủ ${MIN_JOIN_AGE} tuổi để vào Công đoàn.`;
  }
  if (f.birthDate && f.joinedOn && !issues.joinedOn) {
    const earliest = addYears(f.birthDate, MIN_JOIN_AGE);
    if (comparePartial(f.joinedOn, earliest) < 0) {
      issues.joinedOn = `Ngày vào Công đoàn (${showPartial(f.joinedOn)}) phải sau ngày sinh ít nhất ${MIN_JOIN_AGE} năm (từ ${showPartial(earliest)} trở đi).`;
    }
  }
  if (f.birthDate && f.partyDate && !issues.partyDate && comparePartial(f.partyDate, f.birthDate) <= 0) {
    issues.partyDate = `Ngày vào Đảng (${showPartial(f.partyDate)}) phải sau ngày sinh.`;
  }
  return issues;
}
