import { z } from '../api/zod-vi';
import { id, isoDate, optionalIsoDate, optionalText, requiredText, uploadedFile } from '../api/fields';
import { documentYear } from '../documents/api';
import { INCOMING_KINDS, type IncomingKind } from './kinds';

// Inputs and results of the incoming.* and registers.* API methods (sổ văn bản đến / đi).

const arrivalNo = z
  .number({ error: 'Số đến phải là số.' })
  .int({ error: 'Số đến phải là số nguyên.' })
  .min(1, { error: 'Số đến phải từ 1 trở lên.' })
  .max(99999, { error: 'Số đến quá lớn.' });

/** A register is kept per year, the same years as documents. */
export const registerYear = documentYear;

export const incomingFields = {
  receivedOn: isoDate('ngày đến'),
  /** Null or absent: the next number of the year, given by the app. */
  arrivalNo: arrivalNo
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  docNumber: requiredText('số và ký hiệu văn bản', 60),
  docDate: isoDate('ngày văn bản'),
  docKind: z.enum(INCOMING_KINDS, { error: 'Hãy chọn loại văn bản.' }),
  issuer: requiredText('nơi ban hành', 200),
  subject: requiredText('trích yếu', 500),
  deadline: optionalIsoDate('hạn xử lý'),
  handler: optionalText('người xử lý', 100),
  notes: optionalText('ghi chú', 500),
  done: z
    .boolean({ error: 'Dữ liệu không hợp lệ.' })
    .optional()
    .transform((v) => v ?? false),
};

export const incomingCreateSchema = z.strictObject({ ...incomingFields, file: uploadedFile.nullable().optional() });

export const incomingUpdateSchema = z.strictObject({
  id,
  ...incomingFields,
  /** A new file replaces the kept one; absent keeps it. */
  file: uploadedFile.nullable().optional(),
  /** True: the kept file is taken off this entry. */
  removeFile: z.boolean({ error: 'Dữ liệu không hợp lệ.' }).optional(),
});

export const incomingIdSchema = z.strictObject({ id });

/** The list's filter: entries still to be handled, or handled. */
export const INCOMING_STATUSES = ['pending', 'done'] as const;
export type IncomingStatus = (typeof INCOMING_STATUSES)[number];

export const incomingListSchema = z.strictObject({
  query: z.string({ error: 'Từ khóa tìm kiếm phải là chữ.' }).max(200, { error: 'Từ khóa tìm kiếm quá dài.' }).optional(),
  year: registerYear.nullable().optional(),
  status: z.enum(INCOMING_STATUSES, { error: 'Trạng thái không hợp lệ.' }).nullable().optional(),
});

export const nextArrivalSchema = z.strictObject({ receivedOn: isoDate('ngày đến') });

export const registerSchema = z.strictObject({ year: registerYear });

export type IncomingCreateInput = z.input<typeof incomingCreateSchema>;
export type IncomingFields = Omit<z.output<typeof incomingCreateSchema>, 'file'>;

export interface IncomingDocument {
  id: number;
  receivedOn: string;
  arrivalNo: number;
  docNumber: string;
  docDate: string;
  docKind: IncomingKind;
  issuer: string;
  subject: string;
  deadline: string | null;
  handler: string | null;
  notes: string | null;
  done: boolean;
  /** The kept file (name as received), or null when the clerk has not attached one. */
  file: { name: string; size: number } | null;
  createdAt: string;
  updatedAt: string;
}

export interface IncomingListResult {
  items: IncomingDocument[];
  /** Years that have entries, newest first (for the filter and the register). */
  years: number[];
  /** Entries in the register, whatever the filter. */
  total: number;
}

/** An open entry whose deadline is near or past, for the dashboard. */
export interface IncomingDue {
  id: number;
  arrivalNo: number;
  docNumber: string;
  docKind: IncomingKind;
  issuer: string;
  subject: string;
  deadline: string;
  /** Negative when overdue. */
  daysLeft: number;
  handler: string | null;
}

/** How far ahead the dashboard looks for deadlines. */
export const DUE_WITHIN_DAYS = 14;

export interface OutgoingRegisterRow {
  number: number;
  /** '29/KH-LĐLĐ'. */
  code: string;
  issuedOn: string;
  /** 'Kế hoạch tổ chức các hoạt động Tháng Công nhân năm 2024'. */
  subject: string;
  recipients: string;
  signer: string;
}

export interface IncomingRegister {
  year: number;
  rows: IncomingDocument[];
  years: number[];
}

export interface OutgoingRegister {
  year: number;
  rows: OutgoingRegisterRow[];
  years: number[];
}

export interface IncomingDashboard {
  items: IncomingDue[];
  withinDays: number;
}
