import { describe, expect, it } from 'vitest';
import { annexNoteText, documentCode, documentDateLine, documentNumberLine } from '../../../shared/documents/dates';

describe('documentDateLine', () => {
  it('prints the seed date as is', () => {
    expect(documentDateLine('Vĩnh Thuận', '2024-03-28')).toBe('Vĩnh Thuận, ngày 28 tháng 3 năm 2024');
  });

  it('gives day < 10 and months 1–2 a leading zero', () => {
    expect(documentDateLine('Vĩnh Thuận', '2024-01-05')).toBe('Vĩnh Thuận, ngày 05 tháng 01 năm 2024');
    expect(documentDateLine('Kon Tum', '2023-02-09')).toBe('Kon Tum, ngày 09 tháng 02 năm 2023');
    expect(documentDateLine('Kon Tum', '2023-02-10')).toBe('Kon Tum, ngày 10 tháng 02 năm 2023');
    expect(documentDateLine('Rạch Giá', '2025-10-01')).toBe('Rạch Giá, ngày 01 tháng 10 năm 2025');
    expect(documentDateLine('Rạch Giá', '2025-03-01')).toBe('Rạch Giá, ngày 01 tháng 3 năm 2025');
    expect(documentDateLine('Rạch Giá', '2025-12-31')).toBe('Rạch Giá, ngày 31 tháng 12 năm 2025');
  });

  it('rejects an invalid date', () => {
    expect(() => documentDateLine('Vĩnh Thuận', '2024-02-30')).toThrow(RangeError);
    expect(() => documentDateLine('Vĩnh Thuận', '28/3/2024')).toThrow(RangeError);
  });
});

describe('documentNumberLine', () => {
  it('numbers with type code and office suffix', () => {
    expect(documentNumberLine(29, 'KH', 'LĐLĐ')).toBe('Số: 29/KH-LĐLĐ');
    expect(documentNumberLine(5, 'KH', 'LĐLĐ')).toBe('Số: 05/KH-LĐLĐ');
    expect(documentNumberLine(10, 'BC', 'LĐLĐ')).toBe('Số: 10/BC-LĐLĐ');
    expect(documentNumberLine(1, 'HD', 'CĐP')).toBe('Số: 01/HD-CĐP');
    expect(documentNumberLine(3, 'TB', 'LĐLĐ')).toBe('Số: 03/TB-LĐLĐ');
  });

  it('a công văn has no type code', () => {
    expect(documentNumberLine(243, 'CV', 'LĐLĐ')).toBe('Số: 243/LĐLĐ');
    expect(documentNumberLine(7, 'CV', 'LĐLĐ')).toBe('Số: 07/LĐLĐ');
  });

  it('leaves a blank for a draft', () => {
    expect(documentNumberLine(null, 'KH', 'LĐLĐ')).toBe('Số:      /KH-LĐLĐ');
    expect(documentNumberLine(null, 'CV', 'LĐLĐ')).toBe('Số:      /LĐLĐ');
    expect(documentCode(null, 'KH', 'LĐLĐ')).toBe('     /KH-LĐLĐ');
  });
});

describe('annexNoteText', () => {
  it('refers to the document', () => {
    expect(annexNoteText('KH', 29, 'LĐLĐ', '2024-03-28')).toBe('(Kèm theo Kế hoạch số 29/KH-LĐLĐ ngày 28 tháng 3 năm 2024)');
    expect(annexNoteText('HD', 3, 'LĐLĐ', '2023-02-01')).toBe('(Kèm theo Hướng dẫn số 03/HD-LĐLĐ ngày 01 tháng 02 năm 2023)');
    expect(annexNoteText('KH', null, 'LĐLĐ', '2024-03-28')).toBe('(Kèm theo Kế hoạch số …/KH-LĐLĐ ngày 28 tháng 3 năm 2024)');
  });
});
