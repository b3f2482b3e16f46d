import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultIndicators } from '../../../electron/services/reports/catalogue';
import { extractReport, readWorkbook } from '../../../electron/services/reports/extract';
import { readReportFast } from '../../../electron/services/reports/fast-read';
import { buildTemplate, makeProtection, templateBuffer } from '../../../electron/services/reports/template-writer';
import { fillTemplate, hasSoffice, homeMadeReport, libreOfficeResave, testSigner } from '../../fixtures/reports/generate';
import { toTcvn3, toVni } from '../../../shared/text/legacy-vn';

// The lean reader must read exactly what exceljs reads, on files from exceljs and LibreOffice.

let blank: Buffer;
let filled: Buffer;

async function viaExceljs(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return readWorkbook(wb, 'x.xlsx');
}

beforeAll(async () => {
  const indicators = defaultIndicators().map((d, i) => ({ ...d, id: i + 1, sortOrder: i + 1, hasValues: false }));
  const round = {
    uuid: '11111111-2222-4333-8444-555555555555',
    code: 'TCN2024',
    name: 'Kết quả Tháng Công nhân năm 2024',
    periodFrom: null,
    periodTo: null,
    deadline: '2024-05-26',
  };
  blank = await templateBuffer(
    buildTemplate(
      round,
      indicators,
      { code: 'CD&1', name: 'Trường <THCS> "Vĩnh Thuận"' },
      { issuingBody: null },
      await makeProtection(),
      new Date('2024-05-02T08:00:00Z'),
      testSigner,
    ),
  );
  filled = await fillTemplate(blank, {
    values: {
      '1.1': 5,
      '1.2': '1.500',
      '1.3': 0.85,
      '1.4': 'Hội thao & văn nghệ <vui>',
      '2.1': { formula: 'E20+1', result: 12 } as ExcelJS.CellFormulaValue,
      '2.1.1': { formula: 'E21*0' } as ExcelJS.CellFormulaValue,
      '2.1.2': { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue,
      '2.2': -5,
      '2.3': new Date(Date.UTC(2024, 4, 1)),
      '2.3.1': true,
      '2.3.2': '  2tr ',
      '3.1': 'năm',
    },
    notes: { '2.3': 'Gồm quà' },
    highlights: 'Dòng 1\nDòng 2',
    reporterName: 'Lê Kim Thoa',
    reporterPhone: '0912 345 678',
  });
});

describe('lean reader', () => {
  it('reads the same as exceljs: blank and filled templates', async () => {
    for (const data of [blank, filled]) {
      const fast = readReportFast(data);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(await viaExceljs(data));
    }
    const fast = readReportFast(filled)!;
    expect(fast.identity).toMatchObject({ unitCode: 'CD&1', unitName: 'Trường <THCS> "Vĩnh Thuận"' });
    const byCode = Object.fromEntries(fast.rows.map((r) => [r.code, r.value]));
    expect(byCode['1.1']).toEqual({ type: 'number', value: 5, percent: false });
    expect(byCode['2.1.1']).toEqual({ type: 'formula-no-result' });
    expect(byCode['2.1.2']).toEqual({ type: 'error', display: '#DIV/0!' });
    expect(byCode['2.3']).toEqual({ type: 'date', display: '01/05/2024' });
    expect(fast.free.highlights).toBe('Dòng 1 Dòng 2');
  });

  it('reads a home-made sheet and one without the hidden sheet like exceljs', async () => {
    const home = await homeMadeReport();
    expect(readReportFast(home)).toEqual(await viaExceljs(home));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(filled as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet('ThongTinMau')!.id);
    const stripped = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const fast = readReportFast(stripped);
    expect(fast).toEqual(await viaExceljs(stripped));
    expect(fast!.identity?.unitCode).toBe('CD&1');
  });

  it.skipIf(!hasSoffice)(
    'reads a file re-saved by LibreOffice like exceljs',
    async () => {
      const lo = libreOfficeResave(filled)!;
      const fast = readReportFast(lo);
      expect(fast).not.toBeNull();
      const slow = await viaExceljs(lo);
      // LibreOffice recalculates and caches =E21*0 as 0; exceljs 4.4 drops a cached 0 (falsy check),
      // the lean reader keeps it. Everything else must match.
      expect(fast!.rows.find((r) => r.code === '2.1.1')!.value).toEqual({ type: 'number', value: 0, percent: false });
      expect(slow.rows.find((r) => r.code === '2.1.1')!.value).toEqual({ type: 'formula-no-result' });
      slow.rows.find((r) => r.code === '2.1.1')!.value = { type: 'number', value: 0, percent: false };
      expect(fast).toEqual(slow);
      expect(fast!.rows.find((r) => r.code === '1.1')!.value).toEqual({ type: 'number', value: 5, percent: false });
    },
    120_000,
  );

  it('hands anything unusual to exceljs', async () => {
    const files = unzipSync(filled);
    files['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(files['xl/worksheets/sheet1.xml']).replace(/<c r="B5"/, '<c'));
    const odd = Buffer.from(zipSync(files));
    expect(readReportFast(odd)).toBeNull();
    const r = await extractReport(odd, 'la.xlsx');
    expect(r.identity?.unitCode).toBe('CD&1');
  });
});

describe('text typed with old Vietnamese fonts', () => {
  it('reads notes, free text and text figures typed in TCVN3 or VNI as Unicode', async () => {
    const data = await fillTemplate(blank, {
      values: { '1.1': 5, '1.4': toTcvn3('Hội thao và văn nghệ chào mừng') },
      notes: { '1.1': toVni('Gồm cả người lao động thời vụ') },
      highlights: toTcvn3('Tổ chức hội thao thu hút 300 lượt người tham gia'),
      reporterName: toVni('Nguyễn Thị Hồng Nhung'),
    });
    const r = await extractReport(data, 'cu.xlsx');
    const byCode = Object.fromEntries(r.rows.map((x) => [x.code, x]));
    expect(byCode['1.4'].value).toEqual({ type: 'text', value: 'Hội thao và văn nghệ chào mừng' });
    expect(byCode['1.1'].note).toBe('Gồm cả người lao động thời vụ');
    expect(r.free.highlights).toBe('Tổ chức hội thao thu hút 300 lượt người tham gia');
    expect(r.free.reporterName).toBe('Nguyễn Thị Hồng Nhung');
  });
});
