// Member list import: the columns the importer knows, the clerk's choices per sheet, and what the
// preview and the import answer (see electron/services/members/import-*.ts).
import { z } from '../api/zod-vi';
import { batchId, id, optionalIsoDate, uploadedFile } from '../api/fields';
import type { SheetFormat } from '../api/sheet-format';
import type { Gender } from './schema';

/** Columns the importer knows. `birthMale` / `birthFemale` are the "Ngày sinh — Nam | Nữ" layout. */
export const IMPORT_FIELDS = [
  'name',
  'familyName',
  'givenName',
  'birthDate',
  'birthMale',
  'birthFemale',
  'gender',
  'female',
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
  'unit',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Họ và tên',
  familyName: 'Họ và tên đệm',
  givenName: 'Tên',
  birthDate: 'Ngày sinh',
  birthMale: 'Ngày sinh (cột Nam)',
  birthFemale: 'Ngày sinh (cột Nữ)',
  gender: 'Giới tính (Nam/Nữ)',
  female: 'Nữ (đánh dấu x)',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  cccd: 'Số CCCD',
  cmnd: 'Số CMND cũ',
  phone: 'Điện thoại',
  jobTitle: 'Nghề nghiệp, chức vụ',
  unionPosition: 'Chức vụ công đoàn',
  joinedOn: 'Ngày vào Công đoàn',
  memberCode: 'Mã số đoàn viên / số thẻ',
  partyMember: 'Đảng viên',
  partyDate: 'Ngày vào Đảng',
  education: 'Trình độ',
  notes: 'Ghi chú',
  unit: 'Công đoàn cơ sở (mã hoặc tên)',
};

const columnLetterSchema = z
  .string({ error: 'Cột phải là chữ cái (A, B, C…).' })
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{1,3}$/, { error: 'Cột phải là chữ cái (A, B, C…).' }));

/** Explicit column mapping chosen by the clerk: field → column letter, or null to ignore the field. */
export const importMappingSchema = z.partialRecord(
  z.enum(IMPORT_FIELDS, { error: 'Tên trường không hợp lệ.' }),
  columnLetterSchema.nullable(),
);
export type ImportMapping = z.output<typeof importMappingSchema>;

/** What the clerk chose for one sheet of the workbook (by its position): read it or not, its unit, its columns. */
export const importSheetChoiceSchema = z.strictObject({
  index: z.number({ error: 'Trang không hợp lệ.' }).int().min(0).max(255),
  take: z.boolean({ error: 'Hãy chọn có nhập trang này hay không.' }),
  /** The unit receiving this sheet; null: the unit column of the sheet. Absent: proposed by the app. */
  unitId: id.nullable().optional(),
  mapping: importMappingSchema.optional(),
  /** For a sheet without a header row: the first row of members (the columns are chosen in `mapping`). */
  firstDataRow: z.number({ error: 'Dòng bắt đầu không hợp lệ.' }).int().min(1).max(200_000).optional(),
});
export type ImportSheetChoice = z.output<typeof importSheetChoiceSchema>;

const importOptions = {
  /** The grassroots unit receiving the list (sheets without their own unit); rows with a unit column use that column instead. */
  unitId: id.nullable().optional(),
  /** Column choices for every sheet read (a sheet's own choices win). */
  mapping: importMappingSchema.optional(),
  missingJoinDate: optionalIsoDate('ngày vào Công đoàn dùng cho các dòng không ghi'),
  sheets: z.array(importSheetChoiceSchema).max(256).optional(),
};

/** A file is read once: the first preview sends it and gets a batch id; later previews and the import use the id. */
export const memberImportPreviewSchema = z
  .strictObject({ file: uploadedFile.optional(), batchId: batchId.optional(), ...importOptions })
  .refine((v) => !!v.file !== !!v.batchId, { error: 'Hãy chọn tệp danh sách.' });

export const memberImportCommitSchema = z
  .strictObject({
    /** Either the batch of a preview, or the file itself (one call without preview, for scripts). */
    file: uploadedFile.optional(),
    batchId: batchId.optional(),
    ...importOptions,
    /** Save the rows that are fine and leave out the rows with errors. Without it, any error stops the import. */
    skipErrors: z.boolean({ error: 'Hãy chọn có bỏ qua các dòng lỗi hay không.' }).optional(),
    /** Remember this column mapping for the next import (default true when a mapping is given). */
    rememberMapping: z.boolean().optional(),
  })
  .refine((v) => !!v.file !== !!v.batchId, { error: 'Hãy chọn tệp danh sách.' });

export const memberImportDiscardSchema = z.strictObject({ batchId });

export const IMPORT_ROW_STATUSES = ['new', 'exists', 'error'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** How many rows the preview answers with; the others are asked for a page at a time (members.importRows). */
export const IMPORT_ROWS_PAGE = 100;

/** A page of the rows of the last preview of a batch, all or those of one status. */
export const memberImportRowsSchema = z.strictObject({
  batchId,
  /** The preview the page belongs to (MemberImportPreview.revision): a page of an older preview is refused. */
  revision: z.number().int().min(0),
  status: z.enum(IMPORT_ROW_STATUSES, { error: 'Tình trạng dòng không hợp lệ.' }).nullable(),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500),
});

export interface MemberImportRowsPage {
  rows: MemberImportRow[];
  /** Rows of that status (or all rows) in the preview. */
  total: number;
}

export interface MemberImportRow {
  /** The sheet (its position in the workbook) and the row number in it as Excel shows it. */
  sheetIndex: number;
  rowNumber: number;
  status: ImportRowStatus;
  name: string;
  birthDate: string | null;
  gender: Gender | null;
  cccd: string | null;
  /** The old 9-digit CMND, when the list has one. */
  cmnd: string | null;
  memberCode: string | null;
  /** Date of joining the union (partial: 'YYYY' or 'YYYY-MM-DD'), null when the list does not say. */
  joinedOn: string | null;
  /** Party member, with the date of joining the Party where the list gives it. */
  partyMember: boolean;
  partyDate: string | null;
  unitName: string | null;
  /** Errors (status 'error'), or why the row is 'exists'. */
  messages: string[];
  /** Things corrected or left out that the clerk may want to check; the row is still saved. */
  warnings: string[];
}

export interface ImportColumn {
  letter: string;
  header: string;
  field: ImportField | null;
}

export type ImportUnitSource = 'chosen' | 'column' | 'sheetName' | 'title' | 'file';

export interface MemberImportSheet {
  index: number;
  name: string;
  hidden: boolean;
  /** Read in this import (chosen, or proposed: every visible sheet with a member list). */
  take: boolean;
  /** Rows under the header (members, blank rows and totals not yet told apart for a sheet not read). */
  rowCount: number;
  unitId: number | null;
  unitName: string | null;
  /** Where the unit comes from: chosen by the clerk, a unit column, the sheet name, the title row, the unit chosen for the file. */
  unitSource: ImportUnitSource | null;
  /** 0 when the sheet has no header row (columns chosen by hand). */
  headerRow: number;
  firstDataRow: number;
  columns: ImportColumn[];
  /** Field → column letter actually used. */
  mapping: Partial<Record<ImportField, string>>;
  /** Why the sheet cannot be read as it is; null when it can. */
  problem: { kind: 'empty' | 'header' | 'name' | 'unit'; message: string } | null;
  /** Date columns read month first (m/d/yyyy), with an example. */
  monthFirst: { letter: string; header: string; example: string }[];
  /** The first rows as text, for choosing columns by hand when no header was found. */
  sample: string[][];
}

export interface MemberImportPreview {
  batchId: string;
  fileName: string;
  format: SheetFormat;
  sheets: MemberImportSheet[];
  /** Which preview of the batch this is (every preview of a batch has a new one); see memberImportRowsSchema. */
  revision: number;
  /** The first IMPORT_ROWS_PAGE rows read; the others through members.importRows (a list may hold 50,000). */
  rows: MemberImportRow[];
  counts: Record<ImportRowStatus, number>;
  /** New rows without a join date, and the date they will be entered from (chosen, from the title, or 1/1 of this year). */
  missingJoin: { count: number; date: string; source: 'chosen' | 'title' | 'year' } | null;
  /** Names typed with TCVN3 (.VnTime) or VNI fonts, converted to Unicode: how many, and examples. */
  legacyText: LegacySummary | null;
  /** Set when a file with the same content was imported before. */
  previousImport: { at: string; fileName: string; created: number } | null;
}

export interface LegacySummary {
  count: number;
  encodings: ('TCVN3' | 'VNI')[];
  examples: { from: string; to: string }[];
}

export interface MemberImportResult {
  importId: number;
  created: number;
  skippedExisting: number;
  skippedErrors: number;
}
