import { z } from '../api/zod-vi';
import { optionalLines, optionalText, requiredLines, requiredText } from '../api/fields';

/** The office's identity, used by every document and print view. */
export const officeSettingsSchema = z.strictObject({
  superiorBody: optionalLines('tên cơ quan cấp trên', 200),
  issuingBody: requiredLines('tên đơn vị ban hành', 200),
  placeName: requiredText('địa danh ghi ở dòng ngày tháng', 100),
  codeSuffix: requiredText('ký hiệu viết tắt của đơn vị', 30).refine((s) => /^[\p{L}\p{N}\-.]+$/u.test(s), {
    error: 'Ký hiệu chỉ gồm chữ, số và dấu gạch ngang, không có dấu cách (ví dụ: LĐLĐ).',
  }),
  signerAuthority: optionalText('thẩm quyền ký', 100),
  signerTitle: requiredText('chức danh người ký', 100),
  signerName: requiredText('họ tên người ký', 100),
  recipients: z
    .array(requiredText('nơi nhận', 200), { error: 'Danh sách nơi nhận không hợp lệ.' })
    .max(50, { error: 'Tối đa 50 nơi nhận.' }),
  address: optionalText('địa chỉ', 300),
  phone: optionalText('số điện thoại', 50),
  email: optionalText('email', 200),
});

export type OfficeSettingsInput = z.input<typeof officeSettingsSchema>;
export type OfficeSettings = z.output<typeof officeSettingsSchema>;

export interface OfficeSettingsState {
  settings: OfficeSettings | null;
  /** True until the clerk has saved the identity once. */
  isEmpty: boolean;
}

export const EXAMPLE_OFFICE: OfficeSettings = {
  superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG',
  issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN',
  placeName: 'Vĩnh Thuận',
  codeSuffix: 'LĐLĐ',
  signerAuthority: 'TM. BAN THƯỜNG VỤ',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Lê Kim Thoa',
  recipients: ['Ban TG-NC LĐLĐ tỉnh', 'Ban Thường vụ LĐLĐ huyện', 'Các CĐCS trực thuộc', 'Lưu: VT'],
  address: null,
  phone: null,
  email: null,
};
