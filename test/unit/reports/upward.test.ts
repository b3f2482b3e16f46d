// "Điền mẫu của cấp trên": the office fills its superior's template with the round's totals.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundDetail } from '../../../shared/reports/schema';
import type { UpwardPreview } from '../../../shared/reports/upward-schema';
import { defaultIndicators } from '../../../electron/services/reports/catalogue';
import { call, dumpDatabase, ok, testContext } from '../../support/context';
import { damagedXlsx, legacyXls, notAnXlsx, zipBombXlsx } from '../../fixtures/files/hostile';
import { hasSoffice, libreOfficeResave } from '../../fixtures/reports/generate';
import {
  FOREIGN_CELLS,
  FOREIGN_NEW_MEMBERS_LABEL,
  FOREIGN_TOTAL,
  FOREIGN_UNMATCHED,
  appTemplateFromSuperior,
  foreignTemplate,
} from '../../fixtures/reports/upward';
import { UNITS, seedRound, upload, type Ctx } from './helpers';

// What two units reported (manual entry, as the clerk types a paper report).
const REPORTED: Record<string, [number | string, number | string]> = {
  '1.1': [5, 7],
  '1.2': [120, 300],
  '1.3': [80, 90],
  '1.4': ['Hội thao', 'Văn nghệ'],
  '2.1': [10, 4],
  '2.1.1': [1, 2],
  '2.3': [2_500_000, 1_750_000],
  '5.1': [3, 6],
  '7.1': [2, 1],
};

let ctx: Ctx;
let round: RoundDetail;
let totals: Record<string, number | null>;

beforeAll(async () => {
  ctx = testContext();
  round = await seedRound(ctx);
  const units = (await ok(ctx, 'units.list', {})).items;
  for (const [n, u] of UNITS.slice(0, 2).entries()) {
    const unitId = units.find((x) => x.code === u.code)!.id;
    await ok(ctx, 'reports.saveManual', {
      roundId: round.id,
      unitId,
      receivedOn: '2026-11-20',
      values: Object.entries(REPORTED).map(([code, v]) => ({
        indicatorId: round.indicators.find((i) => i.code === code)!.id,
        value: v[n],
      })),
    });
  }
  // The figures the results page shows: what must be written.
  const results = await ok(ctx, 'results.round', { roundId: round.id });
  totals = Object.fromEntries(results.indicators.map((i) => [i.code, i.total]));
});

const idOf = (code: string) => round.indicators.find((i) => i.code === code)!.id;
const codeOf = (id: number | null) => round.indicators.find((i) => i.id === id)?.code ?? null;
const rowAt = (p: UpwardPreview, key: string) => p.rows.find((r) => r.key === key)!;
const asIs = (p: UpwardPreview) => p.rows.map((r) => ({ key: r.key, indicatorId: r.indicatorId }));

async function openFilled(dataBase64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

function sheetXml(dataBase64: string, part: string): string {
  return strFromU8(unzipSync(Buffer.from(dataBase64, 'base64'))[part]);
}

describe('a template made by this app for another office', () => {
  it('is filled by indicator code, every figure in its row, the hidden identity and protection kept', async () => {
    expect(totals['1.1']).toBe(12);
    const { data, roundUuid } = await appTemplateFromSuperior(defaultIndicators());
    const preview = await ok(ctx, 'reports.upwardPreview', { roundId: round.id, file: upload('BC_TCNTINH2026_XA07.xlsx', data) });
    expect(preview.kind).toBe('app');
    expect(preview.superior).toEqual({ roundName: 'Kết quả Tháng Công nhân năm 2026 (toàn tỉnh)', unitName: 'Công đoàn xã Vĩnh Thuận' });
    expect(preview.sheet).toBe('Báo cáo');
    // Every indicator of the (same) catalogue is found by its code.
    expect(preview.rows).toHaveLength(round.indicators.length);
    for (const r of preview.rows) {
      expect(r.source).toBe('code');
      expect(codeOf(r.indicatorId)).toBe(r.number);
    }
    // One unit of three has not reported: the clerk is told.
    expect(preview.warnings.join(' ')).toMatch(/Còn 1\/3 đơn vị chưa nộp/);

    const file = await ok(ctx, 'reports.upwardFill', {
      roundId: round.id,
      batchId: preview.batchId,
      matches: asIs(preview),
      remember: true,
    });
    expect(file.fileName).toBe('BC_TCNTINH2026_XA07 - đã điền.xlsx');
    const wb = await openFilled(file.dataBase64);
    const ws = wb.getWorksheet('Báo cáo')!;
    for (let r = 1; r <= ws.rowCount; r++) {
      const code = ws.getCell(r, 1).value;
      if (typeof code !== 'string' || !(code in totals)) continue;
      const ind = round.indicators.find((i) => i.code === code)!;
      const expected = ind.kind === 'text' ? null : totals[code];
      expect(ws.getCell(r, 5).value ?? null, `row ${r} (${code})`).toBe(expected);
    }
    expect(totals['2.3']).toBe(4_250_000);
    expect(totals['1.3']).toBe(85);
    // The superior's identity sheet and the protection are untouched.
    const meta = wb.getWorksheet('ThongTinMau')!;
    expect(meta.state).toBe('veryHidden');
    expect(meta.getCell('B4').value).toBe(roundUuid);
    const original = strFromU8(unzipSync(data)['xl/worksheets/sheet1.xml']);
    const filled = sheetXml(file.dataBase64, 'xl/worksheets/sheet1.xml');
    expect(/<sheetProtection[^>]*>/.exec(filled)![0]).toBe(/<sheetProtection[^>]*>/.exec(original)![0]);
    expect(filled.match(/<dataValidation /g)?.length).toBe(original.match(/<dataValidation /g)?.length);
  });

  it('warns when the file is the office’s own template for this round', async () => {
    const t = await ok(ctx, 'reports.unitTemplate', { roundId: round.id, unitId: (await ok(ctx, 'units.list', {})).items[0].id });
    const p = await ok(ctx, 'reports.upwardPreview', { roundId: round.id, file: { fileName: t.fileName, dataBase64: t.dataBase64 } });
    expect(p.warnings.join(' ')).toMatch(/mẫu do chính văn phòng gửi cho đơn vị cơ sở/);
  });
});

describe('a template laid out by another program', () => {
  let preview: UpwardPreview;

  it('finds the table under merged titles and a two-row header, and matches rows by label', async () => {
    preview = await ok(ctx, 'reports.upwardPreview', { roundId: round.id, file: upload('Bieu 01 - tinh.xlsx', foreignTemplate()) });
    expect(preview).toMatchObject({ kind: 'foreign', sheet: 'Biểu 01', headerRow: 5, labelColumn: 'B', valueColumn: 'D', superior: null });
    for (const [code, key] of Object.entries(FOREIGN_CELLS)) {
      const r = rowAt(preview, key);
      expect(codeOf(r.indicatorId), `${key} "${r.label}"`).toBe(code);
      expect(r.source).toBe('label');
    }
    // Old TCVN3 text read in Unicode.
    expect(rowAt(preview, FOREIGN_CELLS['5.1']).label).toBe(FOREIGN_NEW_MEMBERS_LABEL);
    expect(rowAt(preview, FOREIGN_CELLS['2.3'])).toMatchObject({ unit: 'Triệu đồng', divisor: 1_000_000 });
    expect(rowAt(preview, FOREIGN_CELLS['1.3']).percentCell).toBe(true);
    expect(rowAt(preview, FOREIGN_UNMATCHED)).toMatchObject({ indicatorId: null, source: 'none' });
    expect(rowAt(preview, FOREIGN_TOTAL)).toMatchObject({ fillable: false, indicatorId: null });
    // Section titles merged across the row are not rows to fill.
    expect(preview.rows.map((r) => r.row)).not.toContain(8);
  });

  it('writes the numbers into a copy that keeps layout, styles, formulas, protection and other sheets', async () => {
    const original = foreignTemplate();
    const file = await ok(ctx, 'reports.upwardFill', {
      roundId: round.id,
      batchId: preview.batchId,
      matches: asIs(preview),
      remember: false,
    });
    expect(file.fileName).toBe('Bieu 01 - tinh - đã điền.xlsx');
    await checkForeignFilled(file.dataBase64);
    // Everything but the filled sheet and the recalculation flag is byte for byte the original.
    const before = unzipSync(original);
    const after = unzipSync(Buffer.from(file.dataBase64, 'base64'));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === 'xl/worksheets/sheet1.xml' || name === 'xl/workbook.xml') continue;
      expect(Buffer.from(after[name]).equals(Buffer.from(before[name])), name).toBe(true);
    }
    expect(strFromU8(after['xl/workbook.xml'])).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    // Outside the filled cells the sheet is unchanged.
    const strip = (xml: string) => xml.replace(/<c r="D(9|10|12|13|14|15|16)"[^>]*?(\/>|>.*?<\/c>)/g, '').replace(/ spans="[^"]*"/g, '');
    expect(strip(strFromU8(after['xl/worksheets/sheet1.xml']))).toBe(strip(strFromU8(before['xl/worksheets/sheet1.xml'])));
  });

  it('fills a copy re-saved by LibreOffice the same way', async (t) => {
    if (!hasSoffice) return t.skip();
    const resaved = libreOfficeResave(foreignTemplate(), 'bieu-01.xlsx')!;
    const p = await ok(ctx, 'reports.upwardPreview', { roundId: round.id, file: upload('bieu-01.xlsx', resaved) });
    for (const [code, key] of Object.entries(FOREIGN_CELLS)) expect(codeOf(rowAt(p, key).indicatorId), key).toBe(code);
    const file = await ok(ctx, 'reports.upwardFill', { roundId: round.id, batchId: p.batchId, matches: asIs(p), remember: false });
    await checkForeignFilled(file.dataBase64);
  }, 120_000);

  it('remembers the clerk’s matches for the next preview of the same template', async () => {
    const first = await ok(ctx, 'reports.upwardPreview', { roundId: round.id, file: upload('Bieu 01.xlsx', foreignTemplate()) });
    // The clerk says the unknown row is the culture indicator and the new-members row is not to be filled.
    const matches = asIs(first).map((m) =>
      m.key === FOREIGN_UNMATCHED ? { ...m, indicatorId: idOf('7.1') } : m.key === FOREIGN_CELLS['5.1'] ? { ...m, indicatorId: null } : m,
    );
    const file = await ok(ctx, 'reports.upwardFill', { roundId: round.id, batchId: first.batchId, matches, remember: true });
    const ws = (await openFilled(file.dataBase64)).getWorksheet('Biểu 01')!;
    expect(ws.getCell(FOREIGN_UNMATCHED).value).toBe(totals['7.1']);
    expect(ws.getCell(FOREIGN_CELLS['5.1']).value).toBe('-');

    const second = await ok(ctx, 'reports.upwardPreview', {
      roundId: round.id,
      file: upload('Bieu 01 (nhan lai).xlsx', foreignTemplate()),
    });
    expect(rowAt(second, FOREIGN_UNMATCHED)).toMatchObject({ indicatorId: idOf('7.1'), source: 'remembered', confidence: 1 });
    expect(rowAt(second, FOREIGN_CELLS['5.1'])).toMatchObject({ indicatorId: null, source: 'remembered' });
    expect(rowAt(second, FOREIGN_CELLS['1.1'])).toMatchObject({ indicatorId: idOf('1.1'), source: 'remembered' });
    // Rows matched by code are not stored and fills without "remember" store nothing: one template in memory.
    const stored = ctx.db.prepare("SELECT value FROM settings WHERE key = 'reports.upwardMatches'").pluck().get() as string;
    expect(Object.keys(JSON.parse(stored).templates)).toHaveLength(1);
  });
});

async function checkForeignFilled(dataBase64: string): Promise<void> {
  const wb = await openFilled(dataBase64);
  const ws = wb.getWorksheet('Biểu 01')!;
  expect(ws.getCell(FOREIGN_CELLS['1.1']).value).toBe(12);
  expect(ws.getCell(FOREIGN_CELLS['1.2']).value).toBe(420);
  expect(ws.getCell(FOREIGN_CELLS['2.1']).value).toBe(14);
  expect(ws.getCell(FOREIGN_CELLS['2.1.1']).value).toBe(3);
  expect(ws.getCell(FOREIGN_CELLS['2.3']).value).toBe(4.25); // triệu đồng
  expect(ws.getCell(FOREIGN_CELLS['1.3']).value).toBe(0.85);
  expect(ws.getCell(FOREIGN_CELLS['1.3']).numFmt).toBe('0.0%');
  expect(ws.getCell(FOREIGN_CELLS['5.1']).value).toBe(9);
  expect(ws.getCell(FOREIGN_UNMATCHED).value ?? null).toBeNull();
  expect(ws.getCell(FOREIGN_TOTAL).formula).toBe('SUM(D9:D10)');
  expect(ws.getCell('B2').value).toBe('BIỂU TỔNG HỢP KẾT QUẢ THÁNG CÔNG NHÂN NĂM 2026');
  expect(ws.getCell('D5').value).toBe('Kết quả thực hiện');
  expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:E1', 'A5:A6', 'D5:E5', 'B8:E8']));
  // LibreOffice writes sheet="true" where Excel writes sheet="1"; exceljs reads only the latter.
  const protection = /<sheetProtection [^>]*>/.exec(sheetXml(dataBase64, 'xl/worksheets/sheet1.xml'))?.[0] ?? '';
  expect(protection).toMatch(/ sheet="(1|true)"/);
  expect(protection).toMatch(/ password="cc3d"/i);
  expect(wb.getWorksheet('Hướng dẫn')!.getCell('A1').value).toMatch(/^Hướng dẫn/);
}

describe('bad files', () => {
  it('a damaged, foreign or bomb file gives a clear BAD_FILE and changes nothing', async () => {
    const before = dumpDatabase(ctx);
    const cases: [string, Buffer][] = [
      ['hong.xlsx', await damagedXlsx()],
      ['danh-sach.xlsx', notAnXlsx()],
      ['bom.xlsx', await zipBombXlsx()],
      ['mau-cu.xls', legacyXls()],
    ];
    for (const [name, data] of cases) {
      const r = await call(ctx, 'reports.upwardPreview', { roundId: round.id, file: upload(name, data) });
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error.code, name).toBe('BAD_FILE');
        expect(r.error.message, name).toContain(`Tệp "${name}"`);
      }
      const f = await call(ctx, 'reports.upwardFill', { roundId: round.id, file: upload(name, data), matches: [], remember: true });
      expect(f.ok || f.error.code, name).toBe('BAD_FILE');
    }
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('a workbook without a recognisable table is refused with what to do', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Họ và tên', 'Ngày sinh']);
    const data = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await call(ctx, 'reports.upwardPreview', { roundId: round.id, file: upload('ds.xlsx', data) });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'BAD_FILE', message: expect.stringMatching(/không tìm thấy bảng số liệu/) });
  });

  it('refuses rows that are not in the table and indicators of another round', async () => {
    const p = await ok(ctx, 'reports.upwardPreview', { roundId: round.id, file: upload('Bieu.xlsx', foreignTemplate()) });
    const wrongRow = await call(ctx, 'reports.upwardFill', {
      roundId: round.id,
      batchId: p.batchId,
      matches: [{ key: 'Z99', indicatorId: idOf('1.1') }],
      remember: false,
    });
    expect(wrongRow.ok ? null : wrongRow.error.code).toBe('INVALID_INPUT');
    const wrongInd = await call(ctx, 'reports.upwardFill', {
      roundId: round.id,
      batchId: p.batchId,
      matches: [{ key: 'D9', indicatorId: 999_999 }],
      remember: false,
    });
    expect(wrongInd.ok ? null : wrongInd.error.code).toBe('INVALID_INPUT');
    const nothing = await call(ctx, 'reports.upwardFill', {
      roundId: round.id,
      batchId: p.batchId,
      matches: [{ key: 'D9', indicatorId: null }],
      remember: false,
    });
    expect(nothing.ok ? null : nothing.error.message).toMatch(/Không có ô nào để điền/);
  });
});
