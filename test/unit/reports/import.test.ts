import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, RoundDetail } from '../../../shared/reports/schema';
import { call, dumpDatabase, ok, tempDir, testContext } from '../../support/context';
import { damagedXlsx, doctypeXlsx, encryptedXlsx, legacyXls, notAnXlsx, zipBombXlsx } from '../../fixtures/files/hostile';
import { fillTemplate, hasSoffice, homeMadeReport, libreOfficeResave, millionRowTemplate } from '../../fixtures/reports/generate';
import { figures, read, seedRound, upload, writeTemplates, type Ctx } from './helpers';

// What a unit really types, and what must be stored.
const TYPED: Record<string, ExcelJS.CellValue> = {
  '1.1': 5,
  '1.2': '1.500',
  '1.3': '85%',
  '1.4': 'Hội thao, văn nghệ, thăm hỏi công nhân',
  '2.1': { formula: 'E26+E27+E28+E29', result: 12 } as ExcelJS.CellFormulaValue,
  '2.1.1': 2,
  '2.1.3': '  4  ',
  '2.1.4': '6 người',
  '2.2': '12',
  '2.3': '1.500.000',
  '2.3.1': '1,500,000',
  '2.3.2': '1500000 đ',
  '2.3.3': '2tr',
  '3.3': '1,5 triệu',
  '4.1': 3,
  '6.5': '1tr5',
};
const STORED: Record<string, number | string> = {
  '1.1': 5,
  '1.2': 1500,
  '1.3': 85,
  '1.4': 'Hội thao, văn nghệ, thăm hỏi công nhân',
  '2.1': 12,
  '2.1.1': 2,
  '2.1.3': 4,
  '2.1.4': 6,
  '2.2': 12,
  '2.3': 1_500_000,
  '2.3.1': 1_500_000,
  '2.3.2': 1_500_000,
  '2.3.3': 2_000_000,
  '3.3': 1_500_000,
  '4.1': 3,
  '6.5': 1_500_000,
};

let ctx: Ctx;
let round: RoundDetail;
let templates: Record<string, string>;

beforeAll(async () => {
  ctx = testContext();
  round = await seedRound(ctx);
  templates = (await writeTemplates(ctx, round.id)).byUnit;
});
afterAll(() => ctx.close());

const statusOf = (p: ImportPreview) => Object.fromEntries(p.files.map((f) => [f.fileName, f.status]));

describe('templates out', () => {
  it('writes one recognisable, protected template per unit with input rules', async () => {
    expect(Object.keys(templates).sort()).toEqual(['CD001', 'CD002', 'CD003']);
    expect(path.basename(templates.CD001)).toBe('BC_TCN2026_CD001_Truong_THCS_Vinh_Thuan.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(read(templates.CD001) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Báo cáo')!;
    expect(ws.getCell('A2').value).toBe('BÁO CÁO KẾT QUẢ THÁNG CÔNG NHÂN NĂM 2026');
    expect(ws.getCell('B5').value).toBe('Trường THCS Vĩnh Thuận');
    expect(String(ws.getCell('B6').value)).toContain('CD001');
    // Instructions in Vietnamese.
    const text = Array.from({ length: 14 }, (_, i) => String(ws.getCell(`A${i + 1}`).value ?? '')).join('\n');
    expect(text).toContain('HƯỚNG DẪN');
    expect(text).toMatch(/Chỉ nhập vào các ô nền vàng/);
    // Protected sheet; value cells unlocked with a number rule; labels locked.
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, algorithmName: 'SHA-512' });
    expect(protection.insertRows).toBeUndefined(); // not allowed
    expect(protection.deleteRows).toBeUndefined();
    let checked = 0;
    ws.eachRow((row) => {
      if (row.getCell(1).value === '2.3') {
        expect(row.getCell(5).protection?.locked).toBe(false);
        expect(row.getCell(2).protection?.locked).not.toBe(false);
        expect(row.getCell(5).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 999999999999999] });
        checked += 1;
      }
      if (row.getCell(1).value === '2.1') {
        expect(row.getCell(5).dataValidation).toMatchObject({ type: 'whole', formulae: [0, 999999999] });
        checked += 1;
      }
    });
    expect(checked).toBe(2);
    const meta = wb.getWorksheet('ThongTinMau')!;
    expect(meta.state).toBe('veryHidden');
    expect(wb.keywords).toBe(`congdoan-bc round=${round.uuid} unit=CD001 v=2`);
  });

  it('does not overwrite a file already in the folder unless asked', async () => {
    const folder = path.dirname(templates.CD001);
    const r = await ok(ctx, 'reports.writeTemplates', { roundId: round.id, folder });
    expect(r.written).toEqual([]);
    expect(r.skipped).toHaveLength(3);
    expect(r.skipped[0].reason).toMatch(/không ghi đè/);
    const again = await ok(ctx, 'reports.writeTemplates', { roundId: round.id, folder, overwrite: true, unitIds: [round.unitIds[0]] });
    expect(again.written).toHaveLength(1);
  });

  it('checks the folder: absolute, existing, a directory', async () => {
    const cases: [string, RegExp][] = [
      ['bao-cao', /không phải đường dẫn đầy đủ/],
      [path.join(tempDir(), 'khong-co'), /Không tìm thấy thư mục/],
      [templates.CD001, /là một tệp, không phải thư mục/],
    ];
    for (const [folder, msg] of cases) {
      const r = await call(ctx, 'reports.writeTemplates', { roundId: round.id, folder });
      // A folder not made yet is offered to be created (see choices.test.ts); the others are refused.
      if (msg.source.includes('Không tìm thấy')) expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      else expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { folder: expect.stringMatching(msg) } } });
      const s = await call(ctx, 'reports.scanFolder', { roundId: round.id, folder });
      expect(s).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { folder: expect.stringMatching(msg) } } });
    }
  });

  it("offers all templates as one zip and one unit's template alone", async () => {
    const zip = await ok(ctx, 'reports.templatesZip', { roundId: round.id });
    expect(zip.fileName).toBe('Mau_bao_cao_TCN2026.zip');
    const { unzipSync } = await import('fflate');
    expect(Object.keys(unzipSync(Buffer.from(zip.dataBase64, 'base64'))).sort()).toEqual(
      Object.values(templates)
        .map((f) => path.basename(f))
        .sort(),
    );
    const one = await ok(ctx, 'reports.unitTemplate', { roundId: round.id, unitId: round.unitIds[1] });
    expect(one.fileName).toMatch(/^BC_TCN2026_CD00\d_/);
  });
});

describe('reports in', () => {
  it('imports filled templates from a folder (renamed, in a sub-folder) and stores exactly what was typed', async () => {
    const usb = tempDir('usb-');
    fs.mkdirSync(path.join(usb, 'Truong THCS'));
    fs.writeFileSync(
      path.join(usb, 'Truong THCS', 'bao cao thang cong nhan.xlsx'),
      await fillTemplate(read(templates.CD001), {
        values: TYPED,
        highlights: 'Tổ chức hội thao thu hút 300 lượt người.',
        difficulties: 'Kinh phí còn hạn chế.',
        proposals: 'Đề nghị hỗ trợ thêm quà cho công nhân khó khăn.',
        reporterName: 'Lê Kim Thoa, Chủ tịch CĐCS',
        reporterPhone: '0912 345 678',
        notes: { '2.3': 'Gồm tiền mặt và quà' },
      }),
    );
    fs.writeFileSync(
      path.join(usb, path.basename(templates.CD002)),
      await fillTemplate(read(templates.CD002), { values: { '1.1': 2, '5.1': 10 } }),
    );
    fs.writeFileSync(path.join(usb, '~$lock-file.xlsx'), Buffer.from('owner')); // Excel lock file: ignored
    const before = dumpDatabase(ctx);
    const preview = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    expect(dumpDatabase(ctx)).toEqual(before); // a preview writes nothing
    expect(statusOf(preview)).toEqual({
      'Truong THCS/bao cao thang cong nhan.xlsx': 'new',
      'BC_TCN2026_CD002_Cong_ty_TNHH_Thuy_san_Minh_Phu.xlsx': 'new',
    });
    const first = preview.files.find((f) => f.unitCode === 'CD001')!;
    expect(first).toMatchObject({
      unitName: 'Trường THCS Vĩnh Thuận',
      roundCode: 'TCN2026',
      filled: Object.keys(STORED).length,
      problems: [],
    });

    const result = await ok(ctx, 'reports.commitImport', { batchId: preview.batchId, receivedOn: '2026-11-21' });
    expect(result).toEqual({ created: 2, replaced: 0, duplicates: 0, skipped: 0, errors: 0 });
    expect(await figures(ctx, round, 'CD001')).toEqual(STORED);
    expect(await figures(ctx, round, 'CD002')).toEqual({ '1.1': 2, '5.1': 10 });

    const s = await ok(ctx, 'reports.unitSubmissions', { roundId: round.id, unitId: first.unitId! });
    expect(s.current).toMatchObject({
      source: 'file',
      fileName: 'Truong THCS/bao cao thang cong nhan.xlsx',
      receivedOn: '2026-11-21',
      highlights: 'Tổ chức hội thao thu hút 300 lượt người.',
      difficulties: 'Kinh phí còn hạn chế.',
      proposals: 'Đề nghị hỗ trợ thêm quà cho công nhân khó khăn.',
      reporterName: 'Lê Kim Thoa, Chủ tịch CĐCS',
      reporterPhone: '0912 345 678',
    });
    // The file is archived under its SHA-256 and can be downloaded again.
    const archived = path.join(ctx.dataDir, 'archive', 'reports', `${first.sha256}.xlsx`);
    expect(fs.existsSync(archived)).toBe(true);
    const back = await ok(ctx, 'reports.archivedFile', { submissionId: s.current!.id });
    expect(
      Buffer.from(back.dataBase64, 'base64').equals(fs.readFileSync(path.join(usb, 'Truong THCS', 'bao cao thang cong nhan.xlsx'))),
    ).toBe(true);

    // The same folder again: every file "đã nhập rồi", and saving changes nothing.
    const again = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    expect(again.counts).toMatchObject({ duplicate: 2, new: 0 });
    expect(again.files[0].messages.join(' ')).toMatch(/đã được nhập \(nhận ngày 21\/11\/2026\) và đang được dùng; không có gì thay đổi/);
    const snapshot = dumpDatabase(ctx);
    const archiveFiles = fs.readdirSync(path.join(ctx.dataDir, 'archive', 'reports'));
    expect(await ok(ctx, 'reports.commitImport', { batchId: again.batchId })).toEqual({
      created: 0,
      replaced: 0,
      duplicates: 2,
      skipped: 0,
      errors: 0,
    });
    expect(dumpDatabase(ctx)).toEqual(snapshot);
    expect(fs.readdirSync(path.join(ctx.dataDir, 'archive', 'reports'))).toEqual(archiveFiles);
  });

  it('a newer file from the same unit replaces the report and keeps the old one as history', async () => {
    const v2 = await fillTemplate(read(templates.CD002), {
      values: { '1.1': 4, '5.1': 11, '5.2': 1 },
      savedAt: new Date('2024-05-25T08:00:00Z'),
    });
    const older = await fillTemplate(read(templates.CD002), { values: { '1.1': 3 }, savedAt: new Date('2024-05-22T08:00:00Z') });
    const p = await ok(ctx, 'reports.previewUpload', {
      roundId: round.id,
      files: [upload('CD002-ban-sua.xlsx', v2), upload('CD002-ban-nhap.xlsx', older)],
    });
    expect(statusOf(p)).toEqual({ 'CD002-ban-sua.xlsx': 'replace', 'CD002-ban-nhap.xlsx': 'skip' });
    expect(p.files[0].messages.join(' ')).toMatch(/Sẽ thay thế tệp .* nhận ngày 21\/11\/2026; bản cũ vẫn được giữ trong lịch sử/);
    expect(p.files[1].messages.join(' ')).toMatch(/có tệp lưu sau hơn .*"CD002-ban-sua.xlsx"/);
    expect(await ok(ctx, 'reports.commitImport', { batchId: p.batchId })).toMatchObject({ created: 0, replaced: 1, skipped: 1 });
    expect(await figures(ctx, round, 'CD002')).toEqual({ '1.1': 4, '5.1': 11, '5.2': 1 });
    const cd002 = (await ok(ctx, 'units.list', { query: 'CD002' })).items[0].id;
    const s = await ok(ctx, 'reports.unitSubmissions', { roundId: round.id, unitId: cd002 });
    expect(s.history.map((h) => [h.isCurrent, h.fileName])).toEqual([
      [true, 'CD002-ban-sua.xlsx'],
      [false, 'BC_TCN2026_CD002_Cong_ty_TNHH_Thuy_san_Minh_Phu.xlsx'],
    ]);
    expect(s.history[1].supersededAt).not.toBeNull();
    // The old figures are still there.
    const old = ctx.db.prepare('SELECT COUNT(*) AS n FROM report_values WHERE submission_id = ?').get(s.history[1].id) as { n: number };
    expect(old.n).toBe(2);
  });

  it('still recognises a report whose hidden sheet was lost, from the workbook properties', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fillTemplate(read(templates.CD003), { values: { '1.1': 9, '2.3': '2tr' } })) as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet('ThongTinMau')!.id);
    const stripped = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const p = await ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload('khong-co-trang-an.xlsx', stripped)] });
    expect(p.files[0]).toMatchObject({ status: 'new', unitCode: 'CD003', filled: 2 });
    await ok(ctx, 'reports.discardImport', { batchId: p.batchId });
  });

  it.skipIf(!hasSoffice)(
    'reads a report re-saved by LibreOffice',
    async () => {
      const filled = await fillTemplate(read(templates.CD003), {
        values: { '1.1': 7, '2.3': '1.500.000', '1.3': 90, '1.4': 'Văn nghệ' },
        highlights: 'Làm tốt.',
      });
      const resaved = libreOfficeResave(filled)!;
      expect(resaved.equals(filled)).toBe(false);
      const p = await ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload('LibreOffice.xlsx', resaved)] });
      expect(p.files[0]).toMatchObject({ status: 'new', unitCode: 'CD003', problems: [] });
      await ok(ctx, 'reports.commitImport', { batchId: p.batchId });
      expect(await figures(ctx, round, 'CD003')).toEqual({ '1.1': 7, '2.3': 1_500_000, '1.3': 90, '1.4': 'Văn nghệ' });
    },
    120_000,
  );
});

describe('bad input: each file gets its own message and nothing is written', () => {
  let cases: [string, Buffer, RegExp][];
  beforeAll(async () => {
    const other = await seedRound(ctx, { code: 'TCN2025', name: 'Kết quả Tháng Công nhân năm 2025', deadline: '2025-05-26' });
    const otherTpl = (await writeTemplates(ctx, other.id)).byUnit.CD001;
    // A unit that disappears after its template went out.
    await ok(ctx, 'units.create', { code: 'CD099', name: 'Đơn vị tạo nhầm' });
    const ghostId = (await ok(ctx, 'units.list', { query: 'CD099' })).items[0].id;
    await ok(ctx, 'reports.updateRound', {
      id: round.id,
      name: round.name,
      code: round.code,
      deadline: round.deadline,
      unitIds: [...round.unitIds, ghostId],
    });
    const ghost = (await ok(ctx, 'reports.unitTemplate', { roundId: round.id, unitId: ghostId })).dataBase64;
    await ok(ctx, 'units.delete', { id: ghostId });
    const base = read(templates.CD003);
    cases = [
      ['khong-phai-excel.xlsx', notAnXlsx(), /không phải tệp Excel \.xlsx/],
      [
        'dot-khac.xlsx',
        await fillTemplate(read(otherTpl), { values: { '1.1': 1 } }),
        /mẫu của đợt "Kết quả Tháng Công nhân năm 2025" \(mã TCN2025\), không phải đợt/,
      ],
      ['don-vi-la.xlsx', Buffer.from(ghost, 'base64'), /mã đơn vị "CD099".*không có trong danh sách công đoàn cơ sở/],
      ['hong.xlsx', await damagedXlsx(), /hỏng/],
      ['mat-khau.xlsx', encryptedXlsx(), /mật khẩu/],
      ['bom.xlsx', await zipBombXlsx(), /bom nén/],
      ['doctype.xlsx', await doctypeXlsx(), /DOCTYPE/],
      ['trieu-dong.xlsx', millionRowTemplate(base), /quá nhiều dòng/],
      ['cu.xls', legacyXls(), /Excel đời cũ \(\.xls\)/],
      ['tu-lam.xlsx', await homeMadeReport(), /không phải mẫu báo cáo do phần mềm gửi đi/],
      ['bang.ods', Buffer.from('PK\u0003\u0004 ods'), /OpenDocument \(\.ods\)/],
      [
        'o-sai.xlsx',
        await fillTemplate(base, {
          values: {
            '2.1': 'năm người',
            '2.2': -5,
            '2.3': new Date(Date.UTC(2024, 4, 1)),
            '1.1': { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue,
          },
        }),
        /Có 4 ô chưa đúng/,
      ],
    ];
  });

  it('refuses every bad file in one folder, each with its message, and the app stays responsive', async () => {
    const folder = tempDir('bad-');
    for (const [name, data] of cases) fs.writeFileSync(path.join(folder, name), data);
    const before = dumpDatabase(ctx);
    let maxGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 10);
    const p = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder });
    clearInterval(ticker);
    // Parsing happens in worker threads: the main thread never stalls for long.
    expect(maxGap).toBeLessThan(750);
    for (const [name, , message] of cases) {
      const f = p.files.find((x) => x.fileName === name)!;
      expect(f, name).toBeDefined();
      expect(f.status, name).toBe('error');
      expect(f.messages.join(' '), name).toMatch(message);
    }
    const cells = p.files.find((f) => f.fileName === 'o-sai.xlsx')!.problems;
    expect(cells.map((c) => c.message)).toEqual([
      expect.stringMatching(/^Ô E\d+: công thức bị lỗi \(#DIV\/0!\)/),
      expect.stringMatching(/^Ô E\d+: 'năm người' không phải là số/),
      expect.stringMatching(/^Ô E\d+: '-5' là số âm/),
      expect.stringMatching(/^Ô E\d+: '01\/05\/2024' là ngày tháng, không phải số/),
    ]);
    expect(cells.every((c) => c.sheet === 'Báo cáo')).toBe(true);
    expect(cells.map((c) => c.indicatorCode)).toEqual(['1.1', '2.1', '2.2', '2.3']);
    expect(p.counts.error).toBe(cases.length);
    expect(await ok(ctx, 'reports.commitImport', { batchId: p.batchId })).toEqual({
      created: 0,
      replaced: 0,
      duplicates: 0,
      skipped: 0,
      errors: cases.length,
    });
    expect(dumpDatabase(ctx)).toEqual(before);
  }, 60_000);

  it('refuses the same files uploaded one by one', async () => {
    const before = dumpDatabase(ctx);
    for (const [name, data, message] of cases) {
      const p = await ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload(name, data)] });
      expect(p.files[0].status, name).toBe('error');
      expect(p.files[0].messages.join(' '), name).toMatch(message);
      await ok(ctx, 'reports.discardImport', { batchId: p.batchId });
    }
    expect(dumpDatabase(ctx)).toEqual(before);
  }, 60_000);

  it('says so when a preview has expired, and when a folder holds no spreadsheet', async () => {
    const r = await call(ctx, 'reports.commitImport', { batchId: '00000000-0000-4000-8000-000000000000' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/hết hạn/) } });
    const empty = tempDir('empty-');
    fs.writeFileSync(path.join(empty, 'ghi-chu.txt'), 'x');
    const s = await call(ctx, 'reports.scanFolder', { roundId: round.id, folder: empty });
    expect(s).toMatchObject({ ok: false, error: { fields: { folder: expect.stringMatching(/Không tìm thấy tệp Excel/) } } });
  });
});
