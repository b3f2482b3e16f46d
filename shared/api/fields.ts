import { z } from './zod-vi';
import { cleanLines, cleanText } from '../text/vi';
import { isValidIsoDate } from '../text/dates';

// Reusable field schemas with messages a clerk understands. Used by forms and the API alike.

export const requiredText = (label: string, max = 255) =>
  z
    .string({ error: `Hãy nhập ${label}.` })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: `Hãy nhập ${label}.` })
        .max(max, { error: `${capitalise(label)} dài quá ${max} ký tự.` }),
    );

/** Optional free text: empty or blank becomes null. */
export const optionalText = (label: string, max = 500) =>
  z
    .string({ error: `${capitalise(label)} phải là chữ.` })
    .max(max * 4, { error: `${capitalise(label)} dài quá ${max} ký tự.` })
    .transform(cleanText)
    .pipe(z.string().max(max, { error: `${capitalise(label)} dài quá ${max} ký tự.` }))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/** A name printed in the document header: like requiredText, but a line break the clerk typed stays. */
export const requiredLines = (label: string, max = 255) =>
  z
    .string({ error: `Hãy nhập ${label}.` })
    .transform(cleanLines)
    .pipe(
      z
        .string()
        .min(1, { error: `Hãy nhập ${label}.` })
        .max(max, { error: `${capitalise(label)} dài quá ${max} ký tự.` }),
    );

/** Optional header name with its line breaks: empty or blank becomes null. */
export const optionalLines = (label: string, max = 500) =>
  z
    .string({ error: `${capitalise(label)} phải là chữ.` })
    .max(max * 4, { error: `${capitalise(label)} dài quá ${max} ký tự.` })
    .transform(cleanLines)
    .pipe(z.string().max(max, { error: `${capitalise(label)} dài quá ${max} ký tự.` }))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const optionalIsoDate = (label: string) =>
  z
    .string({ error: `${capitalise(label)} không hợp lệ.` })
    .refine((s) => s === '' || isValidIsoDate(s), { error: `${capitalise(label)} không phải ngày hợp lệ.` })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const isoDate = (label: string) =>
  z.string({ error: `Hãy chọn ${label}.` }).refine(isValidIsoDate, { error: `${capitalise(label)} không phải ngày hợp lệ.` });

export const optionalEmail = optionalText('email', 200).refine((s) => s === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
  error: 'Email không đúng dạng, ví dụ: congdoan@gmail.com.',
});

export const optionalPhone = optionalText('số điện thoại', 50).refine((s) => s === null || /^[+0-9 ().\-/]{6,50}$/.test(s), {
  error: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang.',
});

export const id = z
  .number({ error: 'Mã bản ghi không hợp lệ.' })
  .int({ error: 'Mã bản ghi không hợp lệ.' })
  .positive({ error: 'Mã bản ghi không hợp lệ.' });

export const noInput = z.strictObject({});

/** A path typed or pasted by the clerk (the quotes Windows' "Copy as path" adds are removed). */
export const typedPath = (required: string, tooLong: string) =>
  z
    .string({ error: required })
    .max(1000, { error: tooLong })
    .transform((s) => s.trim().replace(/^"(.*)"$/, '$1'))
    .pipe(z.string().min(1, { error: required }));

/** Base64 file payload sent from the renderer (file picker or drag-and-drop). */
export const uploadedFile = z.strictObject({
  fileName: requiredText('tên tệp', 255),
  dataBase64: z
    .string({ error: 'Tệp gửi lên không hợp lệ.' })
    .min(1, { error: 'Tệp rỗng.' })
    .max(70_000_000, { error: 'Tệp quá lớn (tối đa 50 MB).' })
    .regex(/^[A-Za-z0-9+/=\r\n]*$/, { error: 'Tệp gửi lên không hợp lệ.' }),
});

/** The id of a file read once and kept on the server for its preview and import. */
export const batchId = z
  .string({ error: 'Mã lần nhập không hợp lệ.' })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: 'Mã lần nhập không hợp lệ.' });

export interface DownloadFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
