import { describe, expect, it } from 'vitest';
import { nameInText, officeLevel, shortName } from '../../../shared/documents/office-text';

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
