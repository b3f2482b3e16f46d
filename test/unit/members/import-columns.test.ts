import { describe, expect, it } from 'vitest';
import { fieldForHeader } from '../../../electron/services/members/import-columns';

describe('header variants', () => {
  it('reads the usual headers with or without diacritics and with abbreviations', () => {
    const cases: [string, string | null][] = [
      ['Họ và tên', 'name'],
      ['Ho va ten', 'name'],
      ['HỌ TÊN', 'name'],
      ['Ngày sinh', 'birthDate'],
      ['NS', 'birthDate'],
      ['Năm sinh', 'birthDate'],
      ['Ngày tháng năm sinh', 'birthDate'],
      ['Ngày vào CĐ', 'joinedOn'],
      ['Ngày vào công đoàn', 'joinedOn'],
      ['SĐT', 'phone'],
      ['Số ĐT', 'phone'],
      ['Số CMND/CCCD', 'cccd'],
      ['Số định danh cá nhân', 'cccd'],
      ['Đảng viên (x)', 'partyMember'],
      ['Ngày vào Đảng', 'partyDate'],
      ['Nữ (x)', 'female'],
      ['Giới tính', 'gender'],
      ['Số thẻ ĐV', 'memberCode'],
      ['Đơn vị', 'unit'],
      ['Quê quán', null],
    ];
    expect(cases.map(([h]) => [h, fieldForHeader(h, new Map())])).toEqual(cases);
  });
});
