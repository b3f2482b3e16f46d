import { describe, expect, it } from 'vitest';
import { cccdWarnings, restoreCccdZeros } from '../../../shared/members/cccd';

describe('CCCD', () => {
  it('restores the zeros a spreadsheet dropped: one for provinces 010–096, two for 001–009', () => {
    expect(restoreCccdZeros('91188001122')).toEqual({ cccd: '091188001122', added: 1 });
    expect(restoreCccdZeros('1088001122')).toEqual({ cccd: '001088001122', added: 2 });
    expect(restoreCccdZeros('091188001122')).toEqual({ cccd: '091188001122', added: 0 });
    expect(restoreCccdZeros('123456789')).toEqual({ cccd: '123456789', added: 0 }); // 9 digits: an old CMND, not a CCCD
  });

  it('is quiet when the number fits the person', () => {
    expect(cccdWarnings('091188001122', 'nu', '1988-03-12')).toEqual([]); // 1: woman, 20th century; 88
    expect(cccdWarnings('001088001122', 'nam', '1988')).toEqual([]);
    expect(cccdWarnings('079303001122', 'nu', '2003-01-01')).toEqual([]); // 3: woman, 21st century
    expect(cccdWarnings('079303001122', null, null)).toEqual([]);
  });

  it('warns on an unknown province, a gender or a birth year the number does not encode', () => {
    expect(cccdWarnings('099188001122', 'nu', '1988')).toEqual([expect.stringMatching(/mã tỉnh 099 không có thật/)]);
    expect(cccdWarnings('091188001122', 'nam', '1988')).toEqual([expect.stringMatching(/là của nữ .* giới tính ghi là nam/)]);
    expect(cccdWarnings('091188001122', 'nu', '1987-05-01')).toEqual([
      expect.stringMatching(/ứng với năm sinh 1988, nhưng năm sinh ghi là 1987/),
    ]);
    expect(cccdWarnings('091288001122', 'nam', '1988')).toEqual([expect.stringMatching(/ứng với năm sinh 2088/)]);
  });
});
