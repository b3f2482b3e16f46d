import { z } from '../api/zod-vi';
import { id, isoDate, optionalIsoDate, optionalText, requiredText } from '../api/fields';
import { foldVi } from '../text/vi';

// Activity log (sổ hoạt động): what the office and its grassroots units did, with the members
// supported, money by funding source and the reporting round the activity counts toward.

// ---------------------------------------------------------------------------------------------
// Code lists

/**
 * What an activity measures. An activity type maps each measure to indicator codes of the round
 * (activity_type_indicators): e.g. a visit's beneficiaries feed '2.1', its union money '2.3.1'.
 */
export const MEASURES = [
  'activities',
  'participants',
  'beneficiaries',
  'accident',
  'occupational',
  'illness',
  'hardship',
  'money_total',
  'money_union',
  'money_employer',
  'money_social',
  'money_government',
] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  activities: 'Số hoạt động (mỗi hoạt động tính 1)',
  participants: 'Số người tham gia',
  beneficiaries: 'Số người được hỗ trợ (đoàn viên chọn trong danh sách + người khác)',
  accident: 'Người được hỗ trợ: bị tai nạn lao động',
  occupational: 'Người được hỗ trợ: mắc bệnh nghề nghiệp',
  illness: 'Người được hỗ trợ: ốm đau, bệnh hiểm nghèo',
  hardship: 'Người được hỗ trợ: hoàn cảnh khó khăn',
  money_total: 'Tổng số tiền (mọi nguồn)',
  money_union: 'Tiền từ kinh phí công đoàn',
  money_employer: 'Tiền do người sử dụng lao động hỗ trợ',
  money_social: 'Tiền vận động xã hội hóa',
  money_government: 'Tiền do chính quyền hỗ trợ',
};

/** Short labels for tables ("Nguồn" column). */
export const MEASURE_SHORT: Record<Measure, string> = {
  activities: 'số hoạt động',
  participants: 'người tham gia',
  beneficiaries: 'người được hỗ trợ',
  accident: 'tai nạn lao động',
  occupational: 'bệnh nghề nghiệp',
  illness: 'ốm đau, bệnh hiểm nghèo',
  hardship: 'hoàn cảnh khó khăn',
  money_total: 'tổng tiền',
  money_union: 'kinh phí công đoàn',
  money_employer: 'người sử dụng lao động',
  money_social: 'xã hội hóa',
  money_government: 'chính quyền',
};

/** The situation of a member supported, feeding the "trong đó" rows of the visits indicators. */
export const SITUATIONS = ['accident', 'occupational', 'illness', 'hardship'] as const;
export type Situation = (typeof SITUATIONS)[number];
export const SITUATION_LABELS: Record<Situation, string> = {
  accident: 'Tai nạn lao động',
  occupational: 'Bệnh nghề nghiệp',
  illness: 'Ốm đau, bệnh hiểm nghèo',
  hardship: 'Hoàn cảnh khó khăn',
};

// ---------------------------------------------------------------------------------------------
// Field schemas

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const wholeNumber = (label: string, max: number) =>
  z
    .number({ error: `${cap(label)} phải là số.` })
    .int({ error: `${cap(label)} phải là số nguyên.` })
    .min(0, { error: `${cap(label)} không được là số âm.` })
    .max(max, { error: `${cap(label)} lớn quá mức cho phép; hãy kiểm tra lại.` })
    .nullable()
    .optional()
    .transform((v) => v ?? 0);

/** Money in whole đồng (up to 10,000 tỷ). */
export const moneyField = (label: string) => wholeNumber(label, 1e13);
export const countField = (label: string) => wholeNumber(label, 10_000_000);

export const indicatorCodeField = z
  .string({ error: 'Mã chỉ tiêu phải là chữ.' })
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, { error: 'Mã chỉ tiêu không được để trống.' })
      .max(20, { error: 'Mã chỉ tiêu dài quá 20 ký tự.' })
      .regex(/^[\p{L}\p{N}._-]+$/u, { error: 'Mã chỉ tiêu chỉ gồm chữ, số và các dấu . - _ (ví dụ 2.1).' }),
  );

export const beneficiaryInputSchema = z.strictObject({
  memberId: id,
  situation: z
    .enum(SITUATIONS, { error: 'Hoàn cảnh phải chọn trong danh sách.' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  note: optionalText('ghi chú của người được hỗ trợ', 300),
});

export const activityFields = {
  typeId: id,
  date: isoDate('ngày tổ chức'),
  endDate: optionalIsoDate('ngày kết thúc'),
  /** The organising grassroots unit; null = the office itself. */
  unitId: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  title: requiredText('tên hoạt động', 300),
  place: optionalText('địa điểm', 300),
  participants: countField('số người tham gia'),
  otherBeneficiaries: countField('số người được hỗ trợ ngoài danh sách đoàn viên'),
  moneyUnion: moneyField('số tiền từ kinh phí công đoàn'),
  moneyEmployer: moneyField('số tiền do người sử dụng lao động hỗ trợ'),
  moneySocial: moneyField('số tiền xã hội hóa'),
  moneyGovernment: moneyField('số tiền do chính quyền hỗ trợ'),
  notes: optionalText('ghi chú', 2000),
  /** Absent: the round whose period contains the date. Null: counts toward no round. */
  roundId: id.nullable().optional(),
  beneficiaries: z
    .array(beneficiaryInputSchema, { error: 'Danh sách người được hỗ trợ không hợp lệ.' })
    .max(2000, { error: 'Mỗi hoạt động ghi tối đa 2.000 người được hỗ trợ.' })
    .optional()
    .transform((v) => v ?? []),
};

type Refinable = { date: string; endDate: string | null; beneficiaries: { memberId: number }[] };
const activityRules = (a: Refinable, ctx: z.RefinementCtx) => {
  if (a.endDate && a.endDate < a.date) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ngày kết thúc phải từ ngày tổ chức trở đi.' });
  }
  const seen = new Set<number>();
  a.beneficiaries.forEach((b, i) => {
    if (seen.has(b.memberId))
      ctx.addIssue({
        code: 'custom',
        path: ['beneficiaries', i, 'memberId'],
        message: 'Đoàn viên này đã có trong danh sách người được hỗ trợ.',
      });
    seen.add(b.memberId);
  });
};

export const activityCreateSchema = z.strictObject(activityFields).superRefine(activityRules);
export const activityUpdateSchema = z.strictObject({ id, ...activityFields }).superRefine(activityRules);
export const activityIdSchema = z.strictObject({ id });
export type ActivityInput = z.input<typeof activityCreateSchema>;
export type ActivityParsed = z.output<typeof activityCreateSchema>;

export const activityListSchema = z.strictObject({
  query: z.string({ error: 'Từ khóa tìm kiếm không hợp lệ.' }).max(200, { error: 'Từ khóa tìm kiếm quá dài.' }).optional(),
  typeId: id.nullable().optional(),
  /** 'office': activities of the office itself; a unit id: that unit's. */
  organiser: z
    .union([z.literal('office'), id], { error: 'Đơn vị tổ chức không hợp lệ.' })
    .nullable()
    .optional(),
  roundId: id.nullable().optional(),
  from: optionalIsoDate('từ ngày'),
  to: optionalIsoDate('đến ngày'),
  offset: z.number({ error: 'Vị trí trang không hợp lệ.' }).int().min(0).max(10_000_000).optional(),
  limit: z.number({ error: 'Số dòng mỗi trang không hợp lệ.' }).int().min(1).max(5000, { error: 'Tối đa 5.000 dòng mỗi lần.' }).optional(),
});
export type ActivityListInput = z.output<typeof activityListSchema>;

export const memberSupportSchema = z.strictObject({ memberId: id });

export const priorSupportSchema = z.strictObject({
  memberIds: z
    .array(id, { error: 'Danh sách đoàn viên không hợp lệ.' })
    .min(1, { error: 'Hãy chọn đoàn viên.' })
    .max(2000, { error: 'Quá nhiều đoàn viên.' }),
  /** The round of the activity being edited; null: the calendar year of `date`. */
  roundId: id.nullable(),
  date: optionalIsoDate('ngày tổ chức'),
  /** The activity being edited (its own beneficiaries are not "earlier support"). */
  excludeActivityId: id.optional(),
});

export const activityTypeInputSchema = z.strictObject({
  id: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  name: requiredText('tên loại hoạt động', 200),
  hasBeneficiaries: z.boolean({ error: 'Hãy chọn có ghi người được hỗ trợ hay không.' }),
  indicators: z.partialRecord(
    z.enum(MEASURES, { error: 'Loại số liệu không hợp lệ.' }),
    z
      .array(indicatorCodeField, { error: 'Danh sách mã chỉ tiêu không hợp lệ.' })
      .max(10, { error: 'Mỗi loại số liệu ghi tối đa 10 chỉ tiêu.' }),
  ),
});

export const activityTypesSaveSchema = z.strictObject({
  types: z
    .array(activityTypeInputSchema, { error: 'Danh sách loại hoạt động không hợp lệ.' })
    .min(1, { error: 'Cần ít nhất một loại hoạt động.' })
    .max(100, { error: 'Tối đa 100 loại hoạt động.' })
    .superRefine((list, ctx) => {
      const seen = new Map<string, number>();
      list.forEach((t, i) => {
        const key = foldVi(t.name);
        if (seen.has(key))
          ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Tên "${t.name}" trùng với dòng ${seen.get(key)! + 1}.` });
        else seen.set(key, i);
      });
    }),
});
export type ActivityTypeInput = z.input<typeof activityTypeInputSchema>;

// ---------------------------------------------------------------------------------------------
// Results

export interface ActivityType {
  id: number;
  name: string;
  sortOrder: number;
  hasBeneficiaries: boolean;
  /** Measure → indicator codes. */
  indicators: Partial<Record<Measure, string[]>>;
  /** Activities of this type (a type in use cannot be deleted). */
  used: number;
}

export interface ActivitySummary {
  id: number;
  typeId: number;
  typeName: string;
  date: string;
  endDate: string | null;
  /** Null: the office itself. */
  unitId: number | null;
  unitCode: string | null;
  unitName: string | null;
  title: string;
  place: string | null;
  participants: number;
  /** Members picked from the register. */
  memberCount: number;
  otherBeneficiaries: number;
  moneyUnion: number;
  moneyEmployer: number;
  moneySocial: number;
  moneyGovernment: number;
  moneyTotal: number;
  roundId: number | null;
  roundName: string | null;
  notes: string | null;
}

export interface Beneficiary {
  /** Null when the member record was deleted afterwards. */
  memberId: number | null;
  memberName: string;
  unitName: string | null;
  situation: Situation | null;
  note: string | null;
}

export interface ActivityDetail extends ActivitySummary {
  beneficiaries: Beneficiary[];
  createdAt: string;
  updatedAt: string;
}

export interface ActivityListResult {
  items: ActivitySummary[];
  total: number;
  offset: number;
  limit: number;
  /** Over every matching activity, not only the page. */
  sums: { participants: number; beneficiaries: number; money: number };
}

export interface ActivitySaveResult {
  activity: ActivityDetail;
  /** Things the clerk may want to check (member supported earlier in the same round…). */
  warnings: string[];
}

export interface MemberSupport {
  activityId: number;
  date: string;
  title: string;
  typeName: string;
  /** Null: the office itself. */
  organiserName: string | null;
  roundId: number | null;
  roundName: string | null;
  situation: Situation | null;
  note: string | null;
  /** Money of the whole activity and the number of people it supported (for "≈ per person"). */
  moneyTotal: number;
  beneficiaryCount: number;
}

export interface PriorSupport {
  memberId: number;
  memberName: string;
  activities: { id: number; title: string; date: string; typeName: string }[];
}

export function moneyTotal(a: Pick<ActivitySummary, 'moneyUnion' | 'moneyEmployer' | 'moneySocial' | 'moneyGovernment'>): number {
  return a.moneyUnion + a.moneyEmployer + a.moneySocial + a.moneyGovernment;
}
