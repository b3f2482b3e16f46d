import { describe, expect, it } from 'vitest';
import { parseDateCell } from '../../../electron/services/files/sheets/cell-dates';

describe('dates written in words', () => {
  it('reads "ngày 27 tháng 6 năm 1977" and "tháng 6 năm 1977"; two-digit years get a clear message', () => {
    expect(parseDateCell('ngày 27 tháng 6 năm 1977', true)).toEqual({ value: '1977-06-27' });
    expect(parseDateCell('Ngày 05 tháng 03 năm 1985', false)).toEqual({ value: '1985-03-05' });
    expect(parseDateCell('tháng 6 năm 1977', true)).toMatchObject({ value: '1977', warning: expect.stringMatching(/đã lấy năm 1977/) });
    expect(parseDateCell('ngày 31 tháng 2 năm 1977', true).error).toMatch(/không phải ngày hợp lệ/);
    expect(parseDateCell('05/03/85', true).error).toMatch(/năm bằng 2 chữ số/);
  });
});
