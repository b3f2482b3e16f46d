import { z } from '../api/zod-vi';
import { id, isoDate, optionalIsoDate, optionalText, requiredText, uploadedFile } from '../api/fields';
import { daysInMonth } from '../text/dates';
import type { AnniversaryEvent } from './anniversaries';
import { DOCUMENT_KINDS, type DocumentKind, type OfficialDocument } from './model';
import type { IncomingKind } from '../incoming/kinds';
import type { DocumentChange } from './next-year';
import type { YearCheck, YearReview } from './year-checks';
import { officialDocumentSchema } from './schema';

// Inputs and results of the documents.* API methods.

export const DOCUMENT_STATES = ['draft', 'issued'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

export const STATE_LABELS: Record<DocumentState, string> = { draft: 'Dự thảo', issued: 'Đã ban hành' };

const kind = z.enum(DOCUMENT_KINDS, { error: 'Loại văn bản không hợp lệ.' });

export const documentYear = z
  .number({ error: 'Năm phải là số, ví dụ 2025.' })
  .int({ error: 'Năm phải là số nguyên, ví dụ 2025.' })
  .min(2000, { error: 'Năm phải từ 2000 trở đi.' })
  .max(2100, { error: 'Năm phải trước 2100.' });

const documentNumber = z
  .number({ error: 'Số văn bản phải là số.' })
  .int({ error: 'Số văn bản phải là số nguyên.' })
  .min(1, { error: 'Số văn bản phải từ 1 trở lên.' })
  .max(99999, { error: 'Số văn bản quá lớn.' });

export const documentIdSchema = z.strictObject({ id });

export const documentListSchema = z.strictObject({
  year: documentYear.nullable().optional(),
  kind: kind.nullable().optional(),
  state: z.enum(DOCUMENT_STATES, { error: 'Trạng thái không hợp lệ.' }).nullable().optional(),
  query: z.string({ error: 'Từ khóa tìm kiếm phải là chữ.' }).max(200, { error: 'Từ khóa tìm kiếm quá dài.' }).optional(),
});

export const documentCreateSchema = z.strictObject({
  templateKey: z.string({ error: 'Hãy chọn mẫu văn bản.' }).regex(/^[a-z0-9:-]{1,60}$/, { error: 'Mẫu văn bản không hợp lệ.' }),
  year: documentYear,
  date: isoDate('ngày văn bản'),
  theme: optionalText('chủ đề', 300),
  deadline: optionalIsoDate('hạn báo cáo'),
  periodFrom: optionalIsoDate('ngày bắt đầu'),
  periodTo: optionalIsoDate('ngày kết thúc'),
  /** The incoming document this one carries out: its basis line is written in (sổ văn bản đến). */
  incomingId: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  /** Anniversaries ticked by the clerk ('southern-liberation@2025'); absent: the round ones. */
  anniversaries: z
    .array(z.string({ error: 'Ngày kỷ niệm không hợp lệ.' }).regex(/^[a-z0-9-]{1,60}@\d{4}$/, { error: 'Ngày kỷ niệm không hợp lệ.' }), {
      error: 'Danh sách ngày kỷ niệm không hợp lệ.',
    })
    .max(100, { error: 'Tối đa 100 ngày kỷ niệm.' })
    .optional(),
});

export const documentSaveSchema = z.strictObject({
  id,
  doc: officialDocumentSchema,
  /** Year the document is about (filters, next-year copy). */
  year: documentYear.optional(),
  /** A save the clerk asked for (kept in the history for good), not an autosave. */
  manual: z.boolean({ error: 'Dữ liệu không hợp lệ.' }).optional(),
});

export const documentIssueSchema = z.strictObject({
  id,
  /** Null: the next free number in the register. */
  number: documentNumber.nullable(),
  date: isoDate('ngày ban hành'),
});

/** Chooses the incoming document a draft carries out (its basis line is rewritten), or none. */
export const documentIncomingSchema = z.strictObject({ id, incomingId: id.nullable() });

/** A PDF of an issued document to keep beside its .docx (saved from the print view, or a signed scan). */
export const attachPdfSchema = z.strictObject({ id, file: uploadedFile });

export const proposeNumberSchema = z.strictObject({ id, date: isoDate('ngày ban hành') });

export const restoreVersionSchema = z.strictObject({ id, versionId: id });

export const nextYearSchema = z.strictObject({
  id,
  year: documentYear,
  /** Only say what would change and what to check; create nothing. */
  preview: z.boolean({ error: 'Dữ liệu không hợp lệ.' }).optional(),
});

export const saveTemplateSchema = z.strictObject({ id, name: requiredText('tên mẫu', 200) });

export const templateKeySchema = z.strictObject({
  key: z.string({ error: 'Mẫu văn bản không hợp lệ.' }).regex(/^[a-z0-9:-]{1,60}$/, { error: 'Mẫu văn bản không hợp lệ.' }),
});

/** A historical ISO date (years before 1900 allowed: 1886, 1890). */
const historicalDate = z.string({ error: 'Hãy nhập ngày của sự kiện.' }).refine(
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return y >= 1000 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
  },
  { error: 'Ngày của sự kiện không hợp lệ.' },
);

export const anniversaryEventSchema = z.strictObject({
  key: z
    .string({ error: 'Mã sự kiện không hợp lệ.' })
    .regex(/^[a-z0-9-]{1,60}$/, { error: 'Mã sự kiện chỉ gồm chữ thường không dấu, số và dấu gạch ngang.' }),
  label: requiredText('tên sự kiện', 200),
  date: historicalDate,
  padDay: z.boolean({ error: 'Dữ liệu không hợp lệ.' }).optional(),
});

export const anniversariesUpdateSchema = z.strictObject({
  events: z
    .array(anniversaryEventSchema, { error: 'Danh sách ngày kỷ niệm không hợp lệ.' })
    .max(100, { error: 'Tối đa 100 ngày kỷ niệm.' })
    .refine((list) => new Set(list.map((e) => e.key)).size === list.length, { error: 'Có hai sự kiện trùng mã.' }),
});

export interface DocumentSummary {
  id: number;
  kind: DocumentKind;
  year: number;
  state: DocumentState;
  number: number | null;
  /** '29/KH-LĐLĐ', or null for a draft. */
  code: string | null;
  /** ISO: the issue date, or the date written on the draft. */
  date: string;
  title: string;
  updatedAt: string;
}

/** The reporting round created from a plan or guidance: its results form follows the round's indicators. */
export interface LinkedRound {
  id: number;
  code: string;
  name: string;
}

export interface DocumentRecord extends DocumentSummary {
  doc: OfficialDocument;
  createdAt: string;
  /** The document this one was copied from (next-year copy, new draft). */
  source: { id: number; code: string | null; title: string; year: number } | null;
  round: LinkedRound | null;
  /** The incoming document this plan or guidance carries out (its basis line), while it is in the register. */
  incoming: LinkedIncoming | null;
}

/** An entry of the incoming register as a basis line cites it. */
export interface LinkedIncoming {
  id: number;
  docKind: IncomingKind;
  docNumber: string;
  docDate: string;
  issuer: string;
  subject: string;
}

export interface DocumentListResult {
  items: DocumentSummary[];
  /** Every year that has a document, newest first (for the filter). */
  years: number[];
  /** Documents in the database, whatever the filter. */
  total: number;
}

export type VersionReason = 'create' | 'autosave' | 'manual' | 'issue' | 'restore';

export interface DocumentVersionInfo {
  id: number;
  at: string;
  reason: VersionReason;
  /** Vietnamese: 'Tự động lưu', 'Ban hành', … */
  reasonLabel: string;
  title: string;
  /** Number of body blocks, a hint of how long that version was. */
  blocks: number;
}

export interface TemplateInfo {
  key: string;
  name: string;
  description: string;
  kind: DocumentKind;
  builtIn: boolean;
  /** Year the clerk's template was written for; null for built-in ones. */
  baseYear: number | null;
  /** Defaults for the values the template asks for; null when it does not use them. 'MM-DD'. */
  theme: string | null;
  deadline: string | null;
  period: { from: string; to: string } | null;
}

export interface CreateDocumentResult {
  document: DocumentRecord;
  warnings: string[];
}

export interface NextYearResult {
  /** Null for a preview: nothing is created until the clerk confirms. */
  document: DocumentRecord | null;
  changes: DocumentChange[];
  warnings: string[];
  /** Year-bound parts copied unchanged: what, where, what to do. */
  checks: YearCheck[];
  anniversaries: YearReview['anniversaries'];
}

export interface ProposedNumber {
  year: number;
  next: number;
  /** The last number issued this year for this type, with its document. */
  last: { number: number; title: string; date: string } | null;
}

export interface SaveDocumentResult {
  id: number;
  updatedAt: string;
}

export type { AnniversaryEvent, DocumentChange };
