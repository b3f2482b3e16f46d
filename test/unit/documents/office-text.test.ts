import { describe, expect, it } from 'vitest';
import { nameInText, officeLevel, shortName } from '../../../shared/documents/office-text';
import { recipientLines } from '../../../shared/documents/layout';
import { normaliseRecipient } from '../../../shared/documents/office-wording';

describe('office names in running text', () => {
  it.each([
    ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN', 'Liên đoàn Lao động huyện Vĩnh Thuận', 'huyện', 'LĐLĐ huyện'],
    ['LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG', 'Liên đoàn Lao động tỉnh Kiên Giang', 'tỉnh', 'LĐLĐ tỉnh'],
    ['CÔNG ĐOÀN PHƯỜNG BẾN NGHÉ', 'Công đoàn phường Bến Nghé', 'phường', 'Công đoàn phường'],
    ['CÔNG ĐOÀN ĐẶC KHU PHÚ QUỐC', 'Công đoàn đặc khu Phú Quốc', 'đặc khu', 'Công đoàn đặc khu'],
    ['LIÊN ĐOÀN LAO ĐỘNG THỊ XÃ HÀ TIÊN', 'Liên đoàn Lao động thị xã Hà Tiên', 'thị xã', 'LĐLĐ thị xã'],
  ])('%s', (caps, text, level, short) => {
    expect(nameInText(caps)).toBe(text);
    expect(officeLevel(caps)).toBe(level);
    expect(shortName(caps)).toBe(short);
  });

  it('keeps a name typed in mixed case and handles names without a level', () => {
    expect(nameInText('Công đoàn Giáo dục tỉnh X')).toBe('Công đoàn Giáo dục tỉnh X');
    expect(nameInText('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM')).toBe('Tổng Liên đoàn Lao động Việt Nam');
    expect(officeLevel('CÔNG ĐOÀN CÔNG TY TNHH ABC')).toBeNull();
    expect(shortName('CÔNG ĐOÀN CÔNG TY TNHH ABC')).toMatch(/^Công đoàn /);
    expect(nameInText(null)).toBe('');
  });
});

describe('the file copy line among the recipients (NĐ 30: "- Lưu: VT, …")', () => {
  it.each([
    ['Lưu VT', 'Lưu: VT'],
    ['Lưu VT.', 'Lưu: VT'],
    ['lưu: vt', 'Lưu: VT'],
    ['Lưu văn thư', 'Lưu: VT'],
    ['Lưu VT; TG-NC. DŨNG.30', 'Lưu: VT, TG-NC, DŨNG.30'],
    ['Lưu: VT, TG-NC.', 'Lưu: VT, TG-NC'],
    ['Lưu', 'Lưu: VT'],
  ])('%s → %s', (typed, printed) => {
    expect(normaliseRecipient(typed)).toBe(printed);
  });

  it('leaves other recipients as typed', () => {
    for (const r of ['Ban TG-NC LĐLĐ tỉnh', 'Lưu trữ cơ quan', 'Lưu Văn Tám (để biết)']) expect(normaliseRecipient(r)).toBe(r);
  });

  it('prints one line each, "- …;" and the last "- Lưu: VT."', () => {
    expect(recipientLines(['Ban TG-NC LĐLĐ tỉnh.', 'Các CĐCS trực thuộc', 'Lưu VT.'])).toEqual([
      '- Ban TG-NC LĐLĐ tỉnh;',
      '- Các CĐCS trực thuộc;',
      '- Lưu: VT.',
    ]);
  });
});
