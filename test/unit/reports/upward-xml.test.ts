// Editing a worksheet's XML in place, and the pieces of the table finder and matcher, on their own.
import { describe, expect, it } from 'vitest';
import { recalcOnLoad, scanSheet, writeNumbers } from '../../../electron/services/reports/upward/sheet-xml';
import { findTable, type Grid } from '../../../electron/services/reports/upward/table';
import { labelKey, Matcher } from '../../../electron/services/reports/upward/match';
import { upwardCellValue, upwardFileName } from '../../../shared/reports/upward-schema';

const sheet = (data: string, tail = '') => `<worksheet xmlns="m"><sheetData>${data}</sheetData>${tail}</worksheet>`;

describe('writeNumbers', () => {
  it('replaces a text cell by a number, keeping its style and other attributes', () => {
    const xml = sheet('<row r="3" spans="1:4"><c r="B3" s="2" t="s"><v>0</v></c><c r="C3" s="7" t="inlineStr"><is><t>-</t></is></c></row>');
    expect(writeNumbers(xml, [{ r: 3, c: 3, value: 12 }])).toBe(
      sheet('<row r="3" spans="1:4"><c r="B3" s="2" t="s"><v>0</v></c><c r="C3" s="7"><v>12</v></c></row>'),
    );
  });

  it('inserts missing cells and rows in order, with a namespace prefix where the file uses one', () => {
    const xml =
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="2" spans="1:3"><x:c r="A2"/><x:c r="C2"/></x:row><x:row r="5"/></x:sheetData></x:worksheet>';
    const out = writeNumbers(xml, [
      { r: 2, c: 2, value: 1 },
      { r: 2, c: 4, value: 2 },
      { r: 4, c: 2, value: 0.85 },
      { r: 5, c: 1, value: 3 },
      { r: 9, c: 1, value: 1e-7 },
    ]);
    expect(out).toBe(
      '<x:worksheet xmlns:x="m"><x:sheetData>' +
        '<x:row r="2"><x:c r="A2"/><x:c r="B2"><x:v>1</x:v></x:c><x:c r="C2"/><x:c r="D2"><x:v>2</x:v></x:c></x:row>' +
        '<x:row r="4"><x:c r="B4"><x:v>0.85</x:v></x:c></x:row>' +
        '<x:row r="5"><x:c r="A5"><x:v>3</x:v></x:c></x:row>' +
        '<x:row r="9"><x:c r="A9"><x:v>0.0000001</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    );
  });

  it('opens an empty sheetData and reads formulas and merges back', () => {
    const out = writeNumbers('<worksheet><sheetData/><mergeCells><mergeCell ref="A1:C1"/></mergeCells></worksheet>', [
      { r: 1, c: 4, value: 5 },
    ]);
    expect(out).toBe(
      '<worksheet><sheetData><row r="1"><c r="D1"><v>5</v></c></row></sheetData><mergeCells><mergeCell ref="A1:C1"/></mergeCells></worksheet>',
    );
    const scan = scanSheet(
      sheet('<row r="1"><c r="A1" s="3"><f>SUM(B1:B2)</f><v>0</v></c></row>', '<mergeCells><mergeCell ref="B2:C3"/></mergeCells>'),
    );
    expect(scan.cells.get('A1')).toEqual({ style: 3, formula: true });
    expect(scan.merges).toEqual([{ r1: 2, c1: 2, r2: 3, c2: 3 }]);
  });

  it('asks for recalculation on opening, in the schema’s place', () => {
    expect(recalcOnLoad('<workbook><sheets/><calcPr calcId="1"/></workbook>')).toBe(
      '<workbook><sheets/><calcPr calcId="1" fullCalcOnLoad="1"/></workbook>',
    );
    expect(recalcOnLoad('<workbook><sheets/><definedNames/><extLst/></workbook>')).toBe(
      '<workbook><sheets/><definedNames/><calcPr fullCalcOnLoad="1"/><extLst/></workbook>',
    );
  });
});

function grid(rows: (string | number)[][]): Grid {
  return {
    lastRow: rows.length,
    lastCol: Math.max(...rows.map((r) => r.length)),
    text: (r, c) => String(rows[r - 1]?.[c - 1] ?? ''),
    isNumber: (r, c) => typeof rows[r - 1]?.[c - 1] === 'number',
  };
}

describe('findTable', () => {
  it('takes "Kết quả" over "Chỉ tiêu giao" and "Ghi chú", and skips a merged title', () => {
    const t = findTable(
      grid([
        ['BÁO CÁO NỘI DUNG HOẠT ĐỘNG', 'BÁO CÁO NỘI DUNG HOẠT ĐỘNG', 'BÁO CÁO NỘI DUNG HOẠT ĐỘNG'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu giao', 'Kết quả', 'Ghi chú'],
        ['1', 'Số hoạt động', 'hoạt động', 10, '', ''],
        ['', '', '', '', '', ''],
        ['', '', '', '', '', ''],
        ['', '', '', '', '', ''],
        ['', 'Người lập biểu', '', '', '', ''],
      ]),
    );
    expect(t).toMatchObject({ headerRow: 2, labelCol: 2, valueCol: 5, unitCol: 3, numberCol: 1 });
    expect(t!.rows.map((r) => r.label)).toEqual(['Số hoạt động']);
  });
});

describe('matching and values', () => {
  it('reads abbreviations and sub-rows', () => {
    const m = new Matcher([
      { id: 1, code: '2.1', label: 'Số đoàn viên, người lao động được thăm hỏi', unit: 'người', kind: 'count' },
      { id: 2, code: '2.1.1', label: 'Trong đó: bị tai nạn lao động', unit: 'người', kind: 'count' },
      { id: 3, code: '2.3', label: 'Tổng số tiền thăm hỏi', unit: 'đồng', kind: 'money' },
    ]);
    const rows = [
      { label: 'Số ĐV, NLĐ được thăm hỏi', unit: 'Người', parentLabel: null },
      { label: '- Bị TNLĐ', unit: 'Người', parentLabel: 'Số ĐV, NLĐ được thăm hỏi' },
      { label: 'Số tiền thăm hỏi', unit: 'Triệu đồng', parentLabel: null },
    ];
    expect(m.assign(rows, new Map()).map((a) => a.chosen)).toEqual([0, 1, 2]);
    expect(labelKey('2.1. Trong đó: Bị tai nạn')).toBe('bi tai nan');
  });

  it('writes percent as a fraction in a percent cell and money in millions', () => {
    expect(upwardCellValue(85, 'percent', { divisor: 1, percentCell: true })).toBe(0.85);
    expect(upwardCellValue(85, 'percent', { divisor: 1, percentCell: false })).toBe(85);
    expect(upwardCellValue(4_250_000, 'money', { divisor: 1_000_000, percentCell: false })).toBe(4.25);
    expect(upwardCellValue(12, 'count', { divisor: 1_000_000, percentCell: false })).toBe(12);
    expect(upwardCellValue(null, 'count', { divisor: 1, percentCell: false })).toBeNull();
    expect(upwardFileName('C:\\Mau\\Bieu 01.XLSX')).toBe('Bieu 01 - đã điền.xlsx');
    expect(upwardFileName('Bieu.xlsm')).toBe('Bieu - đã điền.xlsm');
  });
});
