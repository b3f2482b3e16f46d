import { z } from '../api/zod-vi';
import { id, optionalIsoDate } from '../api/fields';
import type { IndicatorKind } from '../reports/parse-number';
import type { SubmissionSource, SubmissionState } from '../reports/schema';
import { foldVi } from '../text/vi';

// Results of a reporting round: totals per indicator from the unit reports plus the office's own
// activities, by sector and by unit, share of units with at least one activity, comparison with
// the same round of the previous year. The counting rule is in electron/services/results/compute.ts
// and explained to the clerk by COUNTING_RULE below.

export const SECTOR_KINDS = ['enterprise', 'public', 'other'] as const;
export type SectorKind = (typeof SECTOR_KINDS)[number];
export const SECTOR_KIND_LABELS: Record<SectorKind, string> = {
  enterprise: 'Khối doanh nghiệp',
  public: 'Khối hành chính, sự nghiệp (khu vực công)',
  other: 'Khác (không tính chỉ tiêu)',
};

/** Targets of Workers' Month 2025: ≥ 55% of enterprise units and ≥ 35% of public-sector units. */
export const DEFAULT_TARGETS: Record<Exclude<SectorKind, 'other'>, number> = { enterprise: 55, public: 35 };
export const DEFAULT_ACTIVITY_CODE = '1.1';

/** The kind of a sector when the clerk has not chosen one: from its name. */
export function defaultSectorKind(name: string | null): SectorKind {
  if (!name) return 'other';
  const k = foldVi(name);
  if (k.startsWith('doanh nghiep') || k.includes('fdi') || k.includes('hop tac xa') || k.startsWith('cong ty')) return 'enterprise';
  if (k.startsWith('nghiep doan') || k === 'khac' || k.endsWith(', khac') || k.startsWith('khac')) return 'other';
  return 'public';
}

export const COUNTING_RULE = [
  'Tổng của mỗi chỉ tiêu = số liệu trong báo cáo của các công đoàn cơ sở (bản mới nhất của mỗi đơn vị) + các hoạt động do văn phòng trực tiếp tổ chức.',
  'Hoạt động ghi cho một công đoàn cơ sở đã nộp báo cáo chỉ để tham khảo, không cộng thêm: báo cáo của đơn vị đã gồm hoạt động đó.',
  'Hoạt động ghi cho công đoàn cơ sở chưa nộp báo cáo được cộng vào tổng (có thể tắt), và không cộng nữa khi đơn vị nộp báo cáo.',
];

const percent = (label: string) =>
  z
    .number({ error: `${label} phải là số phần trăm.` })
    .min(0, { error: `${label} phải từ 0 đến 100.` })
    .max(100, { error: `${label} phải từ 0 đến 100.` })
    .nullable();

export const resultsRoundSchema = z.strictObject({ roundId: id });

export const resultsSettingsSchema = z.strictObject({
  roundId: id,
  enterpriseTarget: percent('Chỉ tiêu khối doanh nghiệp'),
  publicTarget: percent('Chỉ tiêu khối hành chính, sự nghiệp'),
  activityCode: z
    .string({ error: 'Mã chỉ tiêu không hợp lệ.' })
    .max(20, { error: 'Mã chỉ tiêu dài quá 20 ký tự.' })
    .transform((s) => s.trim())
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
  countUnitActivities: z.boolean({ error: 'Hãy chọn có cộng hoạt động của đơn vị chưa báo cáo hay không.' }),
  /** 'auto': the same round of the previous year; 'none'; or a round id. */
  compare: z.union([z.literal('auto'), z.literal('none'), id], { error: 'Đợt so sánh không hợp lệ.' }),
  sectorKinds: z
    .array(z.strictObject({ sectorId: id, kind: z.enum(SECTOR_KINDS, { error: 'Nhóm khối không hợp lệ.' }) }), {
      error: 'Danh sách khối không hợp lệ.',
    })
    .max(500, { error: 'Danh sách khối quá dài.' }),
});
export type ResultsSettingsInput = z.input<typeof resultsSettingsSchema>;

export const indicatorRefSchema = z.strictObject({ roundId: id, indicatorId: id });

export const draftReportSchema = z.strictObject({
  roundId: id,
  /** Date written on the report; default today. */
  date: optionalIsoDate('ngày báo cáo'),
});

// ---------------------------------------------------------------------------------------------
// Results

export interface ResultsSettings {
  enterpriseTarget: number | null;
  publicTarget: number | null;
  activityCode: string;
  countUnitActivities: boolean;
  compare: 'auto' | 'none' | number;
  sectorKinds: { sectorId: number; name: string; kind: SectorKind; chosen: boolean }[];
}

/** A column of the by-sector breakdown: a sector, units without a sector, or the office itself. */
export interface ResultsColumn {
  key: string;
  sectorId: number | null;
  name: string;
  kind: SectorKind | 'office';
  /** Units of the round in this sector (0 for the office column). */
  units: number;
}

export interface IndicatorResult {
  id: number;
  code: string;
  group: string | null;
  label: string;
  unit: string | null;
  kind: IndicatorKind;
  target: number | null;
  /** Sum (count, money) or average of the reporting units (percent); null for text or no figure. */
  total: number | null;
  /** From the unit reports (sum, or average for percent). */
  reports: number;
  /** From activities the office organised itself. */
  office: number;
  /** From activities logged for units that have not reported (counted). */
  unitActivities: number;
  /** From activities logged for units that have reported: already in their reports, not added. */
  informational: number;
  /** Units whose report has a figure for this indicator. */
  reportCount: number;
  /** Activities adding to the total. */
  activityCount: number;
  /** Aligned with RoundResults.columns. */
  byColumn: (number | null)[];
  /** By group of sectors (the office's own activities are in no group, only in the total). */
  byKind: Record<SectorKind, number | null>;
  previous: number | null;
}

export interface ShareGroup {
  kind: SectorKind;
  label: string;
  units: number;
  active: number;
  /** Null when the group has no unit. */
  percent: number | null;
  target: number | null;
  met: boolean | null;
}

export interface RoundResults {
  round: { id: number; code: string; name: string; periodFrom: string | null; periodTo: string | null; deadline: string; year: number };
  settings: ResultsSettings;
  counts: { required: number; received: number; onTime: number; late: number; missing: number };
  columns: ResultsColumn[];
  indicators: IndicatorResult[];
  share: {
    groups: ShareGroup[];
    total: { units: number; active: number; percent: number | null };
    /** The indicator read as "held at least one activity", or null if the round has none. */
    activityIndicator: { code: string; label: string } | null;
  };
  activities: {
    /** Activities of this round. */
    total: number;
    office: number;
    unitCounted: number;
    unitInformational: number;
    /** Activities of units without a report, not added because the clerk switched that off. */
    unitExcluded: number;
    /** Type measures whose indicator code is not in this round (their figures go nowhere). */
    unmatched: { typeName: string; measure: string; code: string }[];
  };
  previous: { id: number; code: string; name: string; year: number } | null;
  /** Rounds that can be picked for the comparison (all others). */
  otherRounds: { id: number; code: string; name: string }[];
  rule: string[];
}

export interface SourceSubmission {
  submissionId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  sectorName: string | null;
  source: SubmissionSource;
  fileName: string | null;
  receivedOn: string;
  value: number | string;
}

/**
 * How an activity enters the totals: 'office' and 'counted' are added; 'informational' (the unit's
 * report already holds it) and 'excluded' (unit without a report, adding switched off) are not.
 */
export const ACTIVITY_STATUSES = ['office', 'counted', 'informational', 'excluded'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  office: 'Văn phòng tổ chức: cộng vào tổng',
  counted: 'Đơn vị chưa báo cáo: cộng vào tổng',
  informational: 'Đã nằm trong báo cáo của đơn vị: không cộng thêm',
  excluded: 'Đơn vị chưa báo cáo, không cộng (đã tắt trong cài đặt)',
};

export interface SourceActivity {
  activityId: number;
  title: string;
  date: string;
  unitId: number | null;
  organiserName: string | null;
  status: ActivityStatus;
  value: number;
  /** Which measures of the activity feed this indicator ('người được hỗ trợ', 'kinh phí công đoàn'…). */
  measures: string;
}

export interface IndicatorSources {
  indicator: IndicatorResult;
  submissions: SourceSubmission[];
  activities: SourceActivity[];
}

export interface UnitBreakdownRow {
  unitId: number;
  unitCode: string;
  unitName: string;
  sectorName: string | null;
  state: SubmissionState;
  submissionId: number | null;
  fileName: string | null;
  report: number | string | null;
  /** Counted activity figures (unit has not reported). */
  activities: number;
  /** Activity figures already in the unit's report. */
  informational: number;
  total: number | null;
  /** Held at least one activity (share of units). */
  active: boolean;
}

export interface UnitBreakdown {
  indicator: IndicatorResult;
  rows: UnitBreakdownRow[];
}
