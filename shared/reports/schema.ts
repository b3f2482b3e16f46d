import { z } from '../api/zod-vi';
import { batchId, id, isoDate, optionalIsoDate, optionalText, requiredText, typedPath } from '../api/fields';
import { foldVi } from '../text/vi';
import type { SubmissionState } from './lateness';
import { INDICATOR_KINDS, type IndicatorKind } from './parse-number';

// Reporting rounds (đợt báo cáo): which units report what, by when; templates out, reports in.

export const roundCodeSchema = requiredText('mã đợt', 20).refine((s) => /^[A-Za-z0-9_-]+$/.test(s), {
  error: 'Mã đợt chỉ gồm chữ không dấu, chữ số, dấu - hoặc _ (ví dụ TCN và năm viết liền); mã này được ghi vào tên tệp mẫu.',
});

export const indicatorKindSchema = z.enum(INDICATOR_KINDS, { error: 'Hãy chọn kiểu số liệu của chỉ tiêu.' });

export const indicatorFields = {
  code: requiredText('mã chỉ tiêu', 20).refine((s) => /^[\p{L}\p{N}._-]+$/u.test(s), {
    error: 'Mã chỉ tiêu chỉ gồm chữ, số và các dấu . - _ (ví dụ 2.1), không có dấu cách.',
  }),
  group: optionalText('nhóm chỉ tiêu', 200),
  label: requiredText('nội dung chỉ tiêu', 500),
  unit: optionalText('đơn vị tính', 50),
  kind: indicatorKindSchema,
  target: z
    .number({ error: 'Chỉ tiêu giao phải là số.' })
    .min(0, { error: 'Chỉ tiêu giao không được là số âm.' })
    .max(1e15, { error: 'Chỉ tiêu giao lớn quá mức cho phép.' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  /** Every report must give a figure for it; a received report without one is "Thiếu số liệu". */
  required: z
    .boolean({ error: 'Hãy chọn chỉ tiêu có bắt buộc hay không.' })
    .optional()
    .transform((v) => v ?? false),
};

export const indicatorInputSchema = z.strictObject({
  /** Present for an indicator already saved in the round; absent for a new row. */
  id: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  ...indicatorFields,
});

export const indicatorListSchema = z
  .array(indicatorInputSchema, { error: 'Danh sách chỉ tiêu không hợp lệ.' })
  .max(300, { error: 'Một đợt báo cáo có tối đa 300 chỉ tiêu.' })
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((ind, i) => {
      const key = foldVi(ind.code);
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `Mã chỉ tiêu "${ind.code}" trùng với dòng ${seen.get(key)! + 1}.` });
      } else seen.set(key, i);
      if (ind.target === null) return;
      if (ind.kind === 'text') {
        ctx.addIssue({ code: 'custom', path: [i, 'target'], message: 'Chỉ tiêu ghi bằng chữ không có chỉ tiêu giao; hãy để trống.' });
      } else if (ind.kind === 'percent' && ind.target > 100) {
        ctx.addIssue({ code: 'custom', path: [i, 'target'], message: 'Tỷ lệ giao phải từ 0 đến 100.' });
      } else if ((ind.kind === 'count' || ind.kind === 'money') && !Number.isInteger(ind.target)) {
        ctx.addIssue({ code: 'custom', path: [i, 'target'], message: 'Chỉ tiêu giao phải là số nguyên.' });
      }
    });
  });

export type IndicatorInput = z.input<typeof indicatorInputSchema>;

export const roundFields = {
  name: requiredText('tên đợt báo cáo', 200),
  code: roundCodeSchema,
  periodFrom: optionalIsoDate('ngày bắt đầu kỳ báo cáo'),
  periodTo: optionalIsoDate('ngày kết thúc kỳ báo cáo'),
  deadline: isoDate('hạn nộp báo cáo'),
  notes: optionalText('ghi chú', 1000),
  /** Units that must report; null = every active unit at the time of saving. */
  unitIds: z
    .array(id, { error: 'Danh sách đơn vị không hợp lệ.' })
    .max(10_000, { error: 'Danh sách đơn vị quá dài.' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
};

export const periodOrder = (r: { periodFrom: string | null; periodTo: string | null }, ctx: z.RefinementCtx) => {
  if (r.periodFrom && r.periodTo && r.periodFrom > r.periodTo) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.' });
  }
};

export const roundCreateSchema = z.strictObject({ ...roundFields, indicators: indicatorListSchema }).superRefine(periodOrder);
export const roundUpdateSchema = z.strictObject({ id, ...roundFields }).superRefine(periodOrder);
export const roundIdSchema = z.strictObject({ id });
export const roundRefSchema = z.strictObject({ roundId: id });
export const saveIndicatorsSchema = z.strictObject({ roundId: id, indicators: indicatorListSchema });

/** An absolute folder path typed or chosen by the clerk (a USB stick, the Desktop…). */
export const folderSchema = typedPath('Hãy nhập đường dẫn thư mục.', 'Đường dẫn thư mục quá dài.');

export const writeTemplatesSchema = z.strictObject({
  roundId: id,
  folder: folderSchema,
  /** Replace files of the same name already in the folder (default: keep them, they may be filled reports). */
  overwrite: z.boolean().optional(),
  unitIds: z.array(id).max(10_000).optional(),
  /** Create the folder when it does not exist yet (the clerk agreed to it). */
  createFolder: z.boolean().optional(),
});

export const unitTemplateSchema = z.strictObject({ roundId: id, unitId: id });
export const scanFolderSchema = z.strictObject({ roundId: id, folder: folderSchema });

/** The largest report or template file the app takes (the server refuses more). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * One file picked by the clerk. An empty or oversized file is still listed, without its content
 * (`dataBase64` empty, `size` its size), so that the preview gives it its own line.
 */
const pickedReportFile = z.strictObject({
  fileName: requiredText('tên tệp', 255),
  dataBase64: z
    .string({ error: 'Tệp gửi lên không hợp lệ.' })
    .max(70_000_000, { error: 'Tệp quá lớn (tối đa 50 MB).' })
    .regex(/^[A-Za-z0-9+/=\r\n]*$/, { error: 'Tệp gửi lên không hợp lệ.' }),
  size: z.number().int().min(0).optional(),
});

export const previewUploadSchema = z.strictObject({
  roundId: id,
  files: z
    .array(pickedReportFile, { error: 'Hãy chọn tệp báo cáo.' })
    .min(1, { error: 'Hãy chọn ít nhất một tệp báo cáo.' })
    .max(1000, { error: 'Mỗi lần nhập tối đa 1.000 tệp.' }),
  /** Add these files to a preview already open (large folders are sent in parts). */
  batchId: batchId.optional(),
});

/** The clerk's ticks that differ from what the preview proposed, by file key. */
const fileChoices = z
  .array(
    z.strictObject({
      key: z.number().int().min(0),
      include: z.boolean({ error: 'Hãy chọn có nhập tệp hay không.' }),
      /** The file's name names another unit than its template: its figures are that unit's. */
      forNamedUnit: z.boolean().optional(),
    }),
  )
  .max(10_000);
export type FileChoice = z.output<typeof fileChoices>[number];

export const commitImportSchema = z.strictObject({
  batchId,
  choices: fileChoices.optional(),
  /** The day the office received the reports (default: today); lateness is judged on it. */
  receivedOn: optionalIsoDate('ngày nhận báo cáo'),
  /** Files received another day (a paper report typed later, a late USB stick), by file key. */
  fileDates: z
    .array(z.strictObject({ key: z.number().int().min(0), receivedOn: isoDate('ngày nhận tệp') }))
    .max(10_000)
    .optional(),
});
export const discardImportSchema = z.strictObject({ batchId });
/** The preview again with the clerk's ticks (which file of a unit wins, blank files taken after all). */
export const previewChoicesSchema = z.strictObject({ batchId, choices: fileChoices });

export const submissionRefSchema = z.strictObject({ roundId: id, unitId: id });
export const archivedFileSchema = z.strictObject({ submissionId: id });
/** "Dùng bản này": an earlier version of a unit's report becomes the one in use. */
export const useSubmissionSchema = z.strictObject({ submissionId: id });

export const manualValueSchema = z.strictObject({
  indicatorId: id,
  value: z.union([z.string().max(4000, { error: 'Nội dung quá dài.' }), z.number()], { error: 'Giá trị không hợp lệ.' }).nullable(),
});

export const saveManualSchema = z.strictObject({
  roundId: id,
  unitId: id,
  receivedOn: isoDate('ngày nhận báo cáo'),
  values: z.array(manualValueSchema).max(300, { error: 'Quá nhiều chỉ tiêu.' }),
  highlights: optionalText('kết quả nổi bật', 4000),
  difficulties: optionalText('khó khăn, vướng mắc', 4000),
  proposals: optionalText('đề xuất, kiến nghị', 4000),
  reporterName: optionalText('người lập báo cáo', 100),
  reporterPhone: optionalText('số điện thoại', 50),
  note: optionalText('ghi chú', 500),
});
export type SaveManualInput = z.input<typeof saveManualSchema>;

// ---------------------------------------------------------------------------------------------
// Results

export interface Indicator {
  id: number;
  sortOrder: number;
  code: string;
  group: string | null;
  label: string;
  unit: string | null;
  kind: IndicatorKind;
  target: number | null;
  required: boolean;
  /** Some report already holds a figure for it: it cannot be deleted. */
  hasValues: boolean;
}

/** An indicator as validated from input (`id` null for a new row). */
export type IndicatorParsed = z.output<typeof indicatorInputSchema>;

export type DefaultIndicator = Omit<IndicatorParsed, 'id'>;

/** A saved indicator as the start of another set (its id, order and figures stay behind). */
export function indicatorCopy({ code, group, label, unit, kind, target, required }: Indicator): DefaultIndicator {
  return { code, group, label, unit, kind, target, required };
}

export interface RoundCounts {
  required: number;
  received: number;
  late: number;
  missing: number;
}

/** The stored fields of a round. */
export interface RoundFields {
  id: number;
  uuid: string;
  code: string;
  name: string;
  periodFrom: string | null;
  periodTo: string | null;
  deadline: string;
  notes: string | null;
}

export interface RoundSummary extends RoundCounts, RoundFields {
  /** Days from today to the deadline (negative once passed). */
  daysLeft: number;
  indicatorCount: number;
  createdAt: string;
}

export interface RoundDetail extends RoundSummary {
  indicators: Indicator[];
  unitIds: number[];
  submissionCount: number;
}

export interface TemplateWriteResult {
  folder: string;
  written: string[];
  skipped: { fileName: string; reason: string }[];
}

/** What becomes of a file of a received batch, in the order the preview counts them. */
export const IMPORT_FILE_STATUSES = ['new', 'replace', 'blank', 'duplicate', 'skip', 'error'] as const;
export type ImportFileStatus = (typeof IMPORT_FILE_STATUSES)[number];

export const IMPORT_STATUS_LABELS: Record<ImportFileStatus, string> = {
  new: 'Mới',
  duplicate: 'Đã nhập rồi',
  replace: 'Thay thế bản trước',
  blank: 'Mẫu còn trống',
  skip: 'Bỏ qua',
  error: 'Lỗi',
};

export interface CellProblem {
  sheet: string;
  /** A1-style reference, e.g. "E14". */
  cell: string;
  message: string;
  indicatorCode: string | null;
}

export interface ImportPreviewFile {
  key: number;
  /** As found: the path relative to the scanned folder, or the uploaded name. */
  fileName: string;
  status: ImportFileStatus;
  unitId: number | null;
  unitCode: string | null;
  unitName: string | null;
  roundCode: string | null;
  roundName: string | null;
  /** When the file was last saved (workbook properties, else the file's date). ISO date-time. */
  savedAt: string | null;
  sha256: string | null;
  /** Number of indicators with a figure. */
  filled: number;
  /** Imported on "Lưu" (what the app proposes, or the clerk's tick). */
  included: boolean;
  /** The clerk may tick or untick it (not for damaged files or files already imported). */
  choosable: boolean;
  /**
   * The file's name names another unit than the template inside (a unit filled another unit's
   * form): the clerk says whose figures they are.
   */
  unitChoice: { template: { code: string; name: string }; named: { code: string; name: string }; forNamed: boolean } | null;
  messages: string[];
  problems: CellProblem[];
}

export interface ImportPreview {
  batchId: string;
  roundId: number;
  folder: string | null;
  files: ImportPreviewFile[];
  counts: Record<ImportFileStatus, number>;
}

export interface ImportResult {
  created: number;
  replaced: number;
  duplicates: number;
  skipped: number;
  errors: number;
}

export type { SubmissionState };
export const SUBMISSION_SOURCES = ['file', 'manual'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];

export interface StatusRow {
  unitId: number;
  unitCode: string;
  unitName: string;
  sectorName: string | null;
  dissolved: boolean;
  state: SubmissionState;
  /** First time the office received a report from this unit in this round (lateness is judged on it). */
  firstReceivedOn: string | null;
  lastReceivedOn: string | null;
  source: SubmissionSource | null;
  fileName: string | null;
  submissionId: number | null;
  versions: number;
  /** Codes of the required indicators the current report leaves without a figure ("Thiếu số liệu"). */
  missingFigures: string[];
}

export interface RoundStatus {
  round: RoundSummary;
  rows: StatusRow[];
  counts: RoundCounts & { onTime: number; manual: number; incomplete: number };
}

export interface SubmissionValue {
  indicatorId: number;
  value: number | string | null;
}

export interface SubmissionInfo {
  id: number;
  source: SubmissionSource;
  fileName: string | null;
  sha256: string | null;
  receivedOn: string;
  createdAt: string;
  savedAt: string | null;
  isCurrent: boolean;
  supersededAt: string | null;
}

export interface SubmissionDetail extends SubmissionInfo {
  reporterName: string | null;
  reporterPhone: string | null;
  highlights: string | null;
  difficulties: string | null;
  proposals: string | null;
  note: string | null;
  values: SubmissionValue[];
}

export interface UnitSubmissions {
  unit: { id: number; code: string; name: string };
  required: boolean;
  current: SubmissionDetail | null;
  /** Every submission, newest first (the current one included). */
  history: SubmissionInfo[];
}

export interface ReportsDashboard {
  today: string;
  rounds: (RoundCounts & { id: number; name: string; code: string; deadline: string; daysLeft: number })[];
}

export interface FolderSuggestion {
  path: string;
  label: string;
  kind: 'removable' | 'folder';
}
