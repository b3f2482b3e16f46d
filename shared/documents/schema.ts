import { z } from '../api/zod-vi';
import { isoDate, optionalLines, optionalText, requiredLines, requiredText } from '../api/fields';
import { cleanText } from '../text/vi';
import { DOCUMENT_KINDS, type OfficialDocument } from './model';

// Validation of an official document as the API receives it. Text is NFC-normalised and
// white space collapsed (the same as every other free-text field).

const MAX_TEXT = 5000;

const blockText = (label: string) => requiredText(label, MAX_TEXT);

const cellText = z
  .string({ error: 'Ô của bảng phải là chữ.' })
  .transform(cleanText)
  .pipe(z.string().max(1000, { error: 'Ô của bảng dài quá 1000 ký tự.' }));

const headingBlock = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Cấp đề mục phải là 1, 2 hoặc 3.' }),
  text: requiredText('tên đề mục', 500),
});

const paragraphBlock = z.strictObject({ type: z.literal('paragraph'), text: blockText('nội dung đoạn văn') });
const bulletBlock = z.strictObject({ type: z.literal('bullet'), text: blockText('nội dung gạch đầu dòng') });
const pointBlock = z.strictObject({ type: z.literal('point'), text: blockText('nội dung điểm') });

const tableBlock = z
  .strictObject({
    type: z.literal('table'),
    columns: z
      .array(requiredText('tên cột', 200), { error: 'Danh sách cột không hợp lệ.' })
      .min(1, { error: 'Bảng cần ít nhất 1 cột.' })
      .max(30, { error: 'Bảng có tối đa 30 cột.' }),
    rows: z
      .array(z.array(cellText, { error: 'Dòng của bảng không hợp lệ.' }), { error: 'Các dòng của bảng không hợp lệ.' })
      .max(2000, { error: 'Bảng có tối đa 2000 dòng.' }),
    boldRows: z
      .array(z.number().int().min(0), { error: 'Các dòng in đậm của bảng không hợp lệ.' })
      .max(2000, { error: 'Các dòng in đậm của bảng không hợp lệ.' })
      .optional(),
  })
  .refine((t) => t.rows.every((r) => r.length === t.columns.length), {
    error: 'Mỗi dòng của bảng phải có đủ số ô bằng số cột.',
  })
  .refine((t) => (t.boldRows ?? []).every((i) => i < t.rows.length), { error: 'Các dòng in đậm của bảng không hợp lệ.' });

export const blockSchema = z.discriminatedUnion('type', [headingBlock, paragraphBlock, bulletBlock, pointBlock, tableBlock], {
  error: 'Khối nội dung không hợp lệ.',
});

const blocks = z.array(blockSchema, { error: 'Nội dung văn bản không hợp lệ.' }).max(3000, { error: 'Văn bản quá dài.' });
const paragraphs = (label: string) =>
  z.array(blockText(label), { error: `Danh sách ${label} không hợp lệ.` }).max(50, { error: `Tối đa 50 đoạn ${label}.` });

export const documentHeaderSchema = z.strictObject({
  superiorBody: optionalLines('tên cơ quan cấp trên', 200),
  issuingBody: requiredLines('tên đơn vị ban hành', 200),
  number: z
    .number({ error: 'Số văn bản phải là số.' })
    .int({ error: 'Số văn bản phải là số nguyên.' })
    .min(1, { error: 'Số văn bản phải từ 1 trở lên.' })
    .max(99999, { error: 'Số văn bản quá lớn.' })
    .nullable(),
  codeSuffix: requiredText('ký hiệu viết tắt của đơn vị', 30),
  placeName: requiredText('địa danh', 100),
  date: isoDate('ngày ban hành'),
});

export const annexSchema = z.strictObject({
  title: requiredText('tên phụ lục', 500),
  note: optionalText('dòng ghi chú của phụ lục', 500),
  blocks,
  landscape: z.boolean({ error: 'Hướng trang của phụ lục không hợp lệ.' }).optional(),
  source: z.literal('report-round', { error: 'Loại phụ lục không hợp lệ.' }).optional(),
  signatures: z
    .array(
      z.strictObject({
        lines: z.array(requiredText('dòng chức danh ký', 100)).min(1).max(4, { error: 'Mỗi chỗ ký có tối đa 4 dòng chức danh.' }),
        note: optionalText('dòng ghi chú dưới chức danh ký', 100),
      }),
      { error: 'Các chỗ ký của phụ lục không hợp lệ.' },
    )
    .max(3, { error: 'Phụ lục có tối đa 3 chỗ ký.' })
    .optional(),
});

export const officialDocumentSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS, { error: 'Loại văn bản không hợp lệ.' }),
  header: documentHeaderSchema,
  title: requiredText('trích yếu nội dung', 500),
  addressees: z
    .array(requiredText('nơi được kính gửi', 300), { error: 'Danh sách "Kính gửi" không hợp lệ.' })
    .max(30, { error: 'Tối đa 30 nơi được kính gửi.' })
    .optional(),
  basis: paragraphs('căn cứ'),
  intro: paragraphs('mở đầu'),
  body: blocks,
  closing: paragraphs('kết thúc'),
  signer: z.strictObject({
    authority: optionalText('thẩm quyền ký', 100),
    title: requiredText('chức danh người ký', 100),
    name: requiredText('họ tên người ký', 100),
  }),
  recipients: z
    .array(requiredText('nơi nhận', 300), { error: 'Danh sách nơi nhận không hợp lệ.' })
    .max(50, { error: 'Tối đa 50 nơi nhận.' }),
  annexes: z.array(annexSchema, { error: 'Danh sách phụ lục không hợp lệ.' }).max(20, { error: 'Tối đa 20 phụ lục.' }),
  // Compile-time check: what the schema outputs is a valid model.
}) satisfies z.ZodType<OfficialDocument>;
