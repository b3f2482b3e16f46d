import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultIndicators } from '../../../electron/services/reports/catalogue';
import { readWorkbook } from '../../../electron/services/reports/extract';
import { buildTemplate, makeProtection, templateBuffer } from '../../../electron/services/reports/template-writer';
import { TemplateFactory } from '../../../electron/services/reports/template-factory';
import { testSigner } from '../../fixtures/reports/generate';

// Templates for many units are made by patching one exceljs-built package; the result must be
// the same workbook exceljs would have written for each unit.

async function load(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

describe('template factory', () => {
  it('gives each unit the same template exceljs builds directly, special characters included', async () => {
    const indicators = defaultIndicators().map((d, i) => ({ ...d, id: i + 1, sortOrder: i + 1, hasValues: false }));
    const round = {
      uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      code: 'TCN2024',
      name: 'Kết quả Tháng Công nhân năm 2024',
      periodFrom: '2024-05-01',
      periodTo: '2024-05-31',
      deadline: '2024-05-26',
    };
    const office = { issuingBody: 'Liên đoàn Lao động huyện Vĩnh Thuận' };
    const protection = await makeProtection();
    const now = new Date('2024-05-02T08:00:00Z');
    const factory = new TemplateFactory(round, indicators, office, protection, now, testSigner);
    for (const unit of [
      { code: 'CD001', name: 'Trường THCS Vĩnh Thuận' },
      { code: 'A&B/1', name: 'Công ty "Ánh Dương" <TNHH> & Cộng sự' },
      { code: 'X1', name: '=HYPERLINK("x")' },
    ]) {
      const fast = await load(await factory.build(unit));
      const direct = await load(await templateBuffer(buildTemplate(round, indicators, unit, office, protection, now, testSigner)));
      expect(readWorkbook(fast, 'a.xlsx')).toEqual(readWorkbook(direct, 'b.xlsx'));
      const ws = fast.getWorksheet('Báo cáo')!;
      expect(ws.getCell('B5').value).toBe(direct.getWorksheet('Báo cáo')!.getCell('B5').value);
      expect(ws.getCell('B6').value).toBe(`${unit.code}      (mã đợt báo cáo: TCN2024)`);
      expect(fast.keywords).toBe(`congdoan-bc round=${round.uuid} unit=${unit.code} v=2`);
      expect(fast.subject).toBe(`${round.name} — ${unit.name}`);
      expect(fast.getWorksheet('ThongTinMau')!.state).toBe('veryHidden');
    }
  });
});

describe('template text', () => {
  it('states the deadline one way only', async () => {
    const indicators = defaultIndicators().map((d, i) => ({ ...d, id: i + 1, sortOrder: i + 1, hasValues: false }));
    const round = {
      uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      code: 'TCN',
      name: 'Tháng Công nhân',
      periodFrom: null,
      periodTo: null,
      deadline: '2024-06-10',
    };
    const wb = await load(
      await templateBuffer(
        buildTemplate(round, indicators, { code: 'CD1', name: 'A' }, { issuingBody: null }, await makeProtection(), new Date(), testSigner),
      ),
    );
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value))));
    const deadlines = texts.filter((t) => t.includes('10/06/2024'));
    expect(deadlines.length).toBeGreaterThan(1);
    for (const t of deadlines) expect(t).toMatch(/chậm nhất trong ngày 10\/06\/2024/);
  });
});
