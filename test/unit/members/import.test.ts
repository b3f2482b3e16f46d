import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, dumpDatabase, ok, tempDir, testContext } from '../../support/context';
import { memberRecords, writeMemberWorkbook, type FixtureManifest } from '../../fixtures/members/generate';
import { withInlineStrings } from '../../fixtures/files/variants';
import { fileUpload, makeUnit, tempFile, type Ctx } from './helpers';

let ctx: Ctx;
let A: number;
let B: number;

beforeEach(async () => {
  ctx = testContext(); // today = 22/11/2026
  A = await makeUnit(ctx, 'THCS-VT', 'CĐCS Trường THCS Vĩnh Thuận', 2);
  B = await makeUnit(ctx, 'MAY-BM', 'CĐCS Công ty May Bình Minh', 4);
});
afterEach(() => ctx.close());

async function fixture(name: string, n = 24, opts: Parameters<typeof writeMemberWorkbook>[2] = {}, seed = 5) {
  const file = tempFile(name);
  const manifest = await writeMemberWorkbook(file, memberRecords(n, seed), { blankRate: 0.15, ...opts });
  return { file, manifest, upload: fileUpload(file) };
}

/** The sheet the preview reads (the first one taken). */
function sheetOf(p: {
  sheets: {
    take: boolean;
    name: string;
    headerRow: number;
    firstDataRow: number;
    mapping: Record<string, string>;
    columns: { letter: string; header: string; field: string | null }[];
  }[];
}) {
  return p.sheets.find((s) => s.take) ?? p.sheets[0];
}

function expectMatchesManifest(
  preview: { rows: { rowNumber: number; status: string; name: string; messages: string[]; warnings: string[] }[] },
  manifest: FixtureManifest,
) {
  expect(preview.rows.map((r) => [r.rowNumber, r.status])).toEqual(manifest.rows.map((r) => [r.rowNumber, r.expect]));
  for (const [i, row] of preview.rows.entries()) {
    const m = manifest.rows[i];
    expect(row.name).toBe(m.name);
    if (m.because) expect([...row.messages, ...row.warnings].join(' '), `row ${row.rowNumber}`).toContain(m.because);
    if (m.expect === 'error') expect(row.messages.join(' ')).toMatch(/^(Ô [A-Z]+\d+|Dòng \d+): /);
  }
}

describe('members.importPreview', () => {
  it('finds the header under title rows, reads shuffled columns and marks each row with its Excel row number', async () => {
    const { manifest, upload } = await fixture('danh-sach.xlsx');
    const p = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    expect(sheetOf(p).headerRow).toBe(manifest.headerRow);
    expect(sheetOf(p).firstDataRow).toBe(manifest.firstDataRow);
    expect(sheetOf(p).mapping).toMatchObject({
      name: manifest.letters.name,
      birthDate: manifest.letters.birth,
      gender: manifest.letters.gender,
      cccd: manifest.letters.cccd,
      joinedOn: manifest.letters.joined,
      memberCode: manifest.letters.memberCode,
      partyDate: manifest.letters.party,
      unionPosition: manifest.letters.position,
    });
    expect(sheetOf(p).columns.find((c) => c.letter === manifest.letters.name)).toEqual({
      letter: manifest.letters.name,
      header: 'Họ và tên',
      field: 'name',
    });
    expectMatchesManifest(p, manifest);
    expect(p.counts).toEqual({ new: 21, exists: 0, error: 3 });
    // The totals row and the signature block are not members.
    expect(p.rows.every((r) => r.rowNumber < manifest.totalsRow)).toBe(true);
    expect(p.previousImport).toBeNull();
  });

  it('cleans NFD names with stray spaces, restores the zero Excel dropped from a CCCD, reads year-only births', async () => {
    const { manifest, upload } = await fixture('danh-sach.xlsx');
    const p = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    const messy = p.rows.find((r) => r.rowNumber === manifest.rows[1].rowNumber)!;
    expect(messy.name).toBe(manifest.rows[1].record.name);
    expect(messy.name).toBe(messy.name.normalize('NFC'));
    const zero = p.rows.find((r) => r.rowNumber === manifest.rows[2].rowNumber)!;
    expect(zero.cccd).toBe(manifest.rows[2].record.cccd);
    expect(zero.warnings[0]).toMatch(/^Ô [A-Z]+\d+: số CCCD bị mất số 0 ở đầu/);
    for (const [i, row] of p.rows.entries()) {
      const rec = manifest.rows[i].record;
      if (row.status === 'new') {
        expect(row.birthDate).toBe(rec.birth);
        expect(row.gender).toBe(rec.gender);
      }
    }
  });

  it('reads the "Ngày sinh — Nam | Nữ" layout and skips the row of column numbers', async () => {
    const { manifest, upload } = await fixture('nam-nu.xlsx', 24, { layout: 'namNu' });
    const p = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    expect(sheetOf(p).firstDataRow).toBe(manifest.firstDataRow - 1); // the numbers row is recognised and skipped
    expect(sheetOf(p).mapping.birthMale).toBeDefined();
    expect(sheetOf(p).mapping.birthFemale).toBeDefined();
    expect(sheetOf(p).mapping.birthDate).toBeUndefined();
    expectMatchesManifest(p, manifest);
    for (const [i, row] of p.rows.entries()) expect(row.gender).toBe(manifest.rows[i].record.gender);
  });

  it('takes the unit from a unit column (code or name) and reports unknown units', async () => {
    const { manifest, upload } = await fixture('nhieu-don-vi.xlsx', 12, {
      quirks: false,
      unitOf: (_r, i) =>
        i === 5
          ? 'CĐCS Không Có Thật'
          : i % 3 === 0
            ? 'MAY-BM'
            : i % 3 === 1
              ? 'Công đoàn cơ sở Trường THCS Vĩnh Thuận'
              : 'cđcs trường thcs vĩnh thuận',
    });
    const p = await ok(ctx, 'members.importPreview', { file: upload });
    expect(sheetOf(p).mapping.unit).toBe(manifest.letters.unit);
    expect(p.rows.map((r) => r.unitName)).toEqual(
      manifest.rows.map((_r, i) =>
        i === 5 ? 'CĐCS Không Có Thật' : i % 3 === 0 ? 'CĐCS Công ty May Bình Minh' : 'CĐCS Trường THCS Vĩnh Thuận',
      ),
    );
    expect(p.rows[5].status).toBe('error');
    expect(p.rows[5].messages[0]).toMatch(/không tìm thấy công đoàn cơ sở "CĐCS Không Có Thật"/);
  });

  it('reads a unit name merged down over its members, and "Giới tính — Nam | Nữ" ticks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.mergeCells('A1:E1');
    ws.getCell('A1').value = 'DANH SÁCH ĐOÀN VIÊN CÁC CĐCS';
    ws.getRow(3).values = ['TT', 'Họ và tên', 'Giới tính', '', 'Đơn vị'];
    ws.mergeCells('C3:D3');
    ws.getRow(4).values = ['', '', 'Nam', 'Nữ', ''];
    ws.getRow(5).values = [1, 'Trần Văn An', 'x', '', 'Công ty May Bình Minh'];
    ws.getRow(6).values = [2, 'Lê Thị Bình', '', 'x'];
    ws.getRow(7).values = [3, 'Phạm Thị Chi', '', 'x'];
    ws.getRow(8).values = [4, 'Võ Văn Dũng', 'x', '', 'THCS-VT'];
    ws.mergeCells('E5:E7');
    const file = tempFile('gop-o.xlsx');
    await wb.xlsx.writeFile(file);
    const p = await ok(ctx, 'members.importPreview', { file: fileUpload(file) });
    expect(p.rows.map((r) => [r.rowNumber, r.name, r.gender, r.unitName, r.status])).toEqual([
      [5, 'Trần Văn An', 'nam', 'CĐCS Công ty May Bình Minh', 'new'],
      [6, 'Lê Thị Bình', 'nu', 'CĐCS Công ty May Bình Minh', 'new'],
      [7, 'Phạm Thị Chi', 'nu', 'CĐCS Công ty May Bình Minh', 'new'],
      [8, 'Võ Văn Dũng', 'nam', 'CĐCS Trường THCS Vĩnh Thuận', 'new'],
    ]);
  });

  it('proposes the unit named in the title; asks for one when the sheet has no unit and none was chosen', async () => {
    const { upload } = await fixture('ds.xlsx', 5);
    const p = await ok(ctx, 'members.importPreview', { file: upload });
    // The fixture's title names "CĐCS TRƯỜNG THCS VĨNH THUẬN".
    expect(p.sheets[0]).toMatchObject({ problem: null, unitId: A, unitSource: 'title' });
    const none = await ok(ctx, 'members.importPreview', { batchId: p.batchId, sheets: [{ index: 0, take: true, unitId: null }] });
    expect(none.sheets[0].problem).toEqual({ kind: 'unit', message: expect.stringMatching(/hãy chọn công đoàn cơ sở nhận danh sách/) });
    expect(none.rows).toEqual([]);
    const r = await call(ctx, 'members.importCommit', { batchId: p.batchId, sheets: [{ index: 0, take: true, unitId: null }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.unitId).toMatch(/hãy chọn công đoàn cơ sở nhận danh sách/);
    // Choosing the unit for the sheet, without sending the file again.
    const chosen = await ok(ctx, 'members.importPreview', { batchId: p.batchId, sheets: [{ index: 0, take: true, unitId: B }] });
    expect(chosen.sheets[0]).toMatchObject({ problem: null, unitId: B, unitSource: 'chosen' });
    expect(chosen.counts.new + chosen.counts.error).toBe(5);
    expect(chosen.rows.every((r) => r.unitName === 'CĐCS Công ty May Bình Minh')).toBe(true);
  });

  it('lets the clerk map an unknown header, and remembers the mapping after a successful import', async () => {
    const { manifest, upload } = await fixture('la.xlsx', 10, {
      quirks: false,
      headers: { name: 'Tên người lao động', cccd: 'Số thẻ CC' },
    });
    const r = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    expect(r.sheets[0].problem?.message).toMatch(/Không xác định được cột "Họ và tên".*"Tên người lao động"/);
    const mapping = { name: manifest.letters.name, cccd: manifest.letters.cccd.toLowerCase() };
    const p = await ok(ctx, 'members.importPreview', { file: upload, unitId: A, mapping });
    expect(sheetOf(p).mapping).toMatchObject({ name: manifest.letters.name, cccd: manifest.letters.cccd });
    expect(p.counts.new).toBe(10);
    expect(p.rows.map((x) => x.cccd)).toEqual(manifest.rows.map((x) => x.record.cccd));
    // Ignoring a column: its field is not read.
    const noPhone = await ok(ctx, 'members.importPreview', { file: upload, unitId: A, mapping: { ...mapping, phone: null } });
    expect(sheetOf(noPhone).mapping.phone).toBeUndefined();

    await ok(ctx, 'members.importCommit', { file: upload, unitId: A, mapping });
    // The next preview of a file with the same headers applies the remembered mapping by itself.
    const again = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    expect(sheetOf(again).mapping).toMatchObject({ name: manifest.letters.name, cccd: manifest.letters.cccd });
    expect(again.counts.exists).toBe(10);
  });
});

describe('members.importCommit', () => {
  it('imports a list without gender (name, birth date, CCCD only): unknown gender is kept as such and never counted as a woman', async () => {
    // Written the plain way another program would: no title rows, no gender column, one row without a birth date.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD']);
    ws.addRow([1, 'Nguyễn Thị Hoa', '12/03/1988', '091188001122']);
    ws.addRow([2, 'Trần Văn Bình', '1979', '091079003344']);
    const file = tempFile('khong-gioi-tinh.xlsx');
    await wb.xlsx.writeFile(file);
    const preview = await ok(ctx, 'members.importPreview', { file: fileUpload(file), unitId: A });
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'new']);
    expect(preview.rows[0].warnings.join(' ')).toMatch(/chưa rõ giới tính/);
    const res = await ok(ctx, 'members.importCommit', { file: fileUpload(file), unitId: A });
    expect(res.created).toBe(2);
    const list = await ok(ctx, 'members.list', { unitId: A, limit: 10 });
    expect(list.items.map((m) => m.gender)).toEqual([null, null]);
    const stats = await ok(ctx, 'members.stats', { asOf: '2026-11-22' });
    expect(stats.total).toMatchObject({ members: 2, women: 0 });
  });

  it('skips a merged totals row, the date line and the signature block under the table (also without a totals row)', async () => {
    const make = async (withTotals: boolean) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('DS');
      ws.addRow(['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN TRƯỜNG THCS VĨNH THUẬN']);
      ws.mergeCells('A1:F1');
      ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Ghi chú']);
      ws.addRow([1, 'Nguyễn Thị Hoa', '12/03/1988', 'Nữ', '091188001122', '']);
      ws.addRow(['Tổ Văn phòng']);
      ws.mergeCells('A4:F4');
      ws.addRow([2, 'Trần Văn Bình', '1979', 'Nam', '091079003344', '']);
      if (withTotals) {
        ws.addRow(['Tổng cộng: 02 đoàn viên']);
        ws.mergeCells(`A${ws.rowCount}:F${ws.rowCount}`);
      }
      ws.addRow([]);
      ws.addRow(['', '', '', 'Vĩnh Thuận, ngày 10 tháng 3 năm 2025']);
      ws.mergeCells(`D${ws.rowCount}:F${ws.rowCount}`);
      ws.addRow(['', 'NGƯỜI LẬP BIỂU', '', 'TM. BAN CHẤP HÀNH']);
      ws.mergeCells(`D${ws.rowCount}:F${ws.rowCount}`);
      ws.addRow(['', '', '', 'CHỦ TỊCH']);
      ws.addRow([]);
      ws.addRow(['', 'Lê Văn Tám', '', 'Phạm Văn Lợi']);
      const file = tempFile(`chu-ky-${withTotals}.xlsx`);
      await wb.xlsx.writeFile(file);
      return fileUpload(file);
    };
    for (const withTotals of [true, false]) {
      const preview = await ok(ctx, 'members.importPreview', { file: await make(withTotals), unitId: A });
      expect(
        preview.rows.map((r) => [r.name, r.status]),
        `totals row: ${withTotals}`,
      ).toEqual([
        ['Nguyễn Thị Hoa', 'new'],
        ['Trần Văn Bình', 'new'],
      ]);
    }
  });

  it('converts names typed with TCVN3 (headers too) or VNI fonts to Unicode, says so, and the members are then found by name', async () => {
    const tcvn = new ExcelJS.Workbook();
    const ws = tcvn.addWorksheet('DS');
    ws.addRow(['STT', 'Hä vµ tªn', 'Ngµy sinh', 'Giíi tÝnh', 'Sè CCCD']); // Họ và tên | Ngày sinh | Giới tính | Số CCCD
    ws.addRow([1, 'NguyÔn V¨n §øc', '12/03/1988', 'Nam', '091088001122']);
    ws.addRow([2, 'TrÇn ThÞ Mü H¹nh', '1979', 'N÷', '091179003344']);
    for (const c of [2, 3, 4, 5]) ws.getRow(1).getCell(c).font = { name: '.VnTime' };
    const vni = new ExcelJS.Workbook();
    const wv = vni.addWorksheet('DS');
    wv.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính']);
    wv.addRow([1, 'Döông Myõ Yeán', '05/06/1990', 'Nữ']);
    wv.addRow([2, 'Ñinh Vaên Tuaán', '1985', 'Nam']);
    const files = { tcvn: tempFile('tcvn3.xlsx'), vni: tempFile('vni.xlsx') };
    await tcvn.xlsx.writeFile(files.tcvn);
    await vni.xlsx.writeFile(files.vni);

    const p1 = await ok(ctx, 'members.importPreview', { file: fileUpload(files.tcvn), unitId: A });
    expect(p1.rows.map((r) => [r.name, r.gender, r.status])).toEqual([
      ['Nguyễn Văn Đức', 'nam', 'new'],
      ['Trần Thị Mỹ Hạnh', 'nu', 'new'],
    ]);
    expect(p1.legacyText).toEqual({
      count: 2,
      encodings: ['TCVN3'],
      examples: [
        { from: 'NguyÔn V¨n §øc', to: 'Nguyễn Văn Đức' },
        { from: 'TrÇn ThÞ Mü H¹nh', to: 'Trần Thị Mỹ Hạnh' },
      ],
    });
    const p2 = await ok(ctx, 'members.importPreview', { file: fileUpload(files.vni), unitId: A });
    expect(p2.rows.map((r) => r.name)).toEqual(['Dương Mỹ Yến', 'Đinh Văn Tuấn']);
    expect(p2.legacyText).toMatchObject({ count: 2, encodings: ['VNI'] });

    await ok(ctx, 'members.importCommit', { file: fileUpload(files.tcvn), unitId: A });
    await ok(ctx, 'members.importCommit', { file: fileUpload(files.vni), unitId: A });
    expect((await ok(ctx, 'members.list', { query: 'nguyen van duc', limit: 5 })).items.map((m) => m.name)).toEqual(['Nguyễn Văn Đức']);
    expect((await ok(ctx, 'members.list', { query: 'duong my yen', limit: 5 })).items.map((m) => m.name)).toEqual(['Dương Mỹ Yến']);
    // An ordinary Unicode list says nothing of the kind.
    const { upload } = await fixture('unicode.xlsx');
    expect((await ok(ctx, 'members.importPreview', { file: upload, unitId: A })).legacyText).toBeNull();
  });

  it('reads "Ngày sinh (Nam)" and "Ngày sinh (Nữ)" in one header row as the birth dates of men and of women', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Họ và tên', 'Ngày sinh (Nam)', 'Ngày sinh (Nữ)', 'Số CCCD']);
    ws.addRow([1, 'Nguyễn Văn Đức', '12/03/1988', '', '091088001122']);
    ws.addRow([2, 'Trần Thị Hạnh', '', '05/06/1979', '091179003344']);
    const file = tempFile('nam-nu.xlsx');
    await wb.xlsx.writeFile(file);
    const preview = await ok(ctx, 'members.importPreview', { file: fileUpload(file), unitId: A });
    expect(sheetOf(preview).mapping).toMatchObject({ birthMale: 'C', birthFemale: 'D' });
    expect(preview.rows.map((r) => [r.name, r.birthDate, r.gender, r.status])).toEqual([
      ['Nguyễn Văn Đức', '1988-03-12', 'nam', 'new'],
      ['Trần Thị Hạnh', '1979-06-05', 'nu', 'new'],
    ]);
  });

  it("enters members without a join date from the list's date (title), or 1/1 of this year, or the date the clerk chooses", async () => {
    const write = async (name: string, title: string | null) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('DS');
      if (title) ws.addRow(['', title]);
      ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào CĐ']);
      ws.addRow([1, 'Nguyễn Văn Đức', '12/03/1988', 'Nam', '']);
      ws.addRow([2, 'Trần Thị Hạnh', '05/06/1979', 'Nữ', '01/09/2005']);
      ws.addRow([3, 'Lê Văn Tám', '1990', 'Nam', '']);
      const file = tempFile(name);
      await wb.xlsx.writeFile(file);
      return fileUpload(file);
    };
    const titled = await write('co-ngay.xlsx', 'Vĩnh Thuận, ngày 10 tháng 3 năm 2025');
    const p = await ok(ctx, 'members.importPreview', { file: titled, unitId: A });
    expect(p.missingJoin).toEqual({ count: 2, date: '2025-03-10', source: 'title' });
    const plain = await write('khong-ngay.xlsx', null);
    expect((await ok(ctx, 'members.importPreview', { file: plain, unitId: A })).missingJoin).toEqual({
      count: 2,
      date: '2026-01-01',
      source: 'year',
    });
    const chosen = await ok(ctx, 'members.importPreview', { file: plain, unitId: A, missingJoinDate: '2024-06-01' });
    expect(chosen.missingJoin).toMatchObject({ date: '2024-06-01', source: 'chosen' });

    await ok(ctx, 'members.importCommit', { file: titled, unitId: A });
    const list = await ok(ctx, 'members.list', { unitId: A, limit: 10 });
    const duc = list.items.find((m) => m.name === 'Nguyễn Văn Đức')!;
    expect((await ok(ctx, 'members.events', { id: duc.id }))[0]).toMatchObject({ kind: 'register', date: '2025-03-10' });
    // They count on 31/5/2025, which registering them on the import day would have missed.
    expect((await ok(ctx, 'members.stats', { asOf: '2025-05-31' })).total.members).toBe(3);
  });

  it('keeps an old CMND in its own field: from a "Số CMND/CCCD" column by its length, or its own column; searchable', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CMND/CCCD']);
    ws.addRow([1, 'Nguyễn Văn Đức', '12/03/1988', 'Nam', '091088001122']);
    ws.addRow([2, 'Trần Thị Hạnh', '05/06/1979', 'Nữ', 361234567]); // a CMND typed as a number
    ws.addRow([3, 'Lê Văn Tám', '1990', 'Nam', 21234567]); // 8 digits: lost its leading zero
    const file = tempFile('cmnd.xlsx');
    await wb.xlsx.writeFile(file);
    const preview = await ok(ctx, 'members.importPreview', { file: fileUpload(file), unitId: A });
    expect(preview.rows.map((r) => [r.name, r.cccd, r.cmnd, r.status])).toEqual([
      ['Nguyễn Văn Đức', '091088001122', null, 'new'],
      ['Trần Thị Hạnh', null, '361234567', 'new'],
      ['Lê Văn Tám', null, '021234567', 'new'],
    ]);
    expect(preview.rows[1].warnings.join(' ')).toMatch(/số CMND cũ, đã ghi vào "Số CMND cũ"/);
    await ok(ctx, 'members.importCommit', { file: fileUpload(file), unitId: A });
    expect((await ok(ctx, 'members.list', { query: '361234567', limit: 5 })).items.map((m) => m.name)).toEqual(['Trần Thị Hạnh']);
    // The member form: both numbers on one person; 8 digits get their zero back.
    const m = await ok(ctx, 'members.create', {
      unitId: A,
      name: 'Phạm Văn Lợi',
      birthDate: '1975',
      cccd: '091075001234',
      cmnd: '36123456',
    });
    expect(m).toMatchObject({ cccd: '091075001234', cmnd: '036123456' });
    const bad = await call(ctx, 'members.create', { unitId: A, name: 'X', cmnd: '1234567890' });
    expect(bad.ok || bad.error.fields).toMatchObject({ cmnd: 'Số CMND cũ gồm 9 chữ số.' });
  });

  it('reads two header rows: group headers merged over sub-headers, "Nam | Nữ" under "Ngày sinh"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['DANH SÁCH ĐOÀN VIÊN']);
    ws.mergeCells('A1:H1');
    ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', '', 'Thông tin cá nhân', '', 'Thông tin công đoàn', '']);
    ws.addRow(['', '', 'Nam', 'Nữ', 'Số CCCD', 'Dân tộc', 'Ngày vào CĐ', 'Chức vụ CĐ']);
    for (const r of ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2']) ws.mergeCells(r);
    ws.addRow([1, 'Nguyễn Văn Đức', '12/03/1988', '', '091088001122', 'Kinh', '01/09/2010', '']);
    ws.addRow([2, 'Trần Thị Hạnh', '', '05/06/1979', '091179003344', 'Tày', '01/09/2005', '']);
    const file = tempFile('hai-dong-tieu-de.xlsx');
    await wb.xlsx.writeFile(file);
    const p = await ok(ctx, 'members.importPreview', { file: fileUpload(file), unitId: A });
    expect(sheetOf(p).mapping).toMatchObject({ name: 'B', birthMale: 'C', birthFemale: 'D', cccd: 'E', ethnicity: 'F', joinedOn: 'G' });
    expect(p.rows.map((r) => [r.name, r.birthDate, r.gender, r.joinedOn, r.status])).toEqual([
      ['Nguyễn Văn Đức', '1988-03-12', 'nam', '2010-09-01', 'new'],
      ['Trần Thị Hạnh', '1979-06-05', 'nu', '2005-09-01', 'new'],
    ]);
  });

  it('with error rows and no "skip errors" saves nothing', async () => {
    const { upload } = await fixture('danh-sach.xlsx');
    const before = dumpDatabase(ctx);
    const r = await call(ctx, 'members.importCommit', { file: upload, unitId: A });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Tệp có 3 dòng lỗi \(dòng \d+, dòng \d+, dòng \d+\)\. .*Chưa có gì được lưu\.$/);
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('saves the accepted rows with a register event each; a re-import marks them as existing', async () => {
    const { manifest, upload } = await fixture('danh-sach.xlsx');
    const res = await ok(ctx, 'members.importCommit', { file: upload, unitId: A, skipErrors: true });
    expect(res).toMatchObject({ created: 21, skippedExisting: 0, skippedErrors: 3 });
    const list = await ok(ctx, 'members.list', { unitId: A, limit: 100 });
    expect(list.total).toBe(21);
    const expectedNew = manifest.rows.filter((r) => r.expect === 'new');
    expect(list.items.map((m) => m.name).sort()).toEqual(expectedNew.map((r) => r.name).sort());
    // One fully checked record.
    const rec = expectedNew[3].record;
    const m = list.items.find((x) => x.cccd === rec.cccd)!;
    expect(m).toMatchObject({
      name: rec.name,
      birthDate: rec.birth,
      gender: rec.gender,
      ethnicity: rec.ethnicity,
      joinedOn: rec.joined,
      memberCode: rec.memberCode,
      education: rec.education,
      phone: rec.phone,
      status: 'active',
    });
    expect(m.partyMember).toBe(rec.partyDate !== null);
    const events = await ok(ctx, 'members.events', { id: m.id });
    expect(events).toMatchObject([{ kind: 'register', date: rec.joined, toUnitId: A }]);
    expect(events[0].note).toMatch(/^Nhập từ tệp danh-sach\.xlsx, dòng \d+$/);
    // As-of statistics see them from their join dates.
    const stats = await ok(ctx, 'members.stats', { asOf: '2026-05-31' });
    expect(stats.total.members).toBe(21);
    expect(stats.total.admitted).toBe(0); // registering existing members is not "kết nạp mới"
    // The file is kept with its hash.
    const imp = ctx.db.prepare('SELECT file_name, sha256, stored_path, created FROM member_imports').get() as {
      stored_path: string;
      created: number;
      sha256: string;
    };
    expect(imp.created).toBe(21);
    expect(fs.readFileSync(path.join(ctx.dataDir, imp.stored_path)).toString('base64')).toBe(upload.dataBase64);
    // Every row carries the import, one time stamp, and has its membership span.
    const raw = ctx.db
      .prepare(
        "SELECT COUNT(*) AS n, MIN(import_id) AS lo, MAX(import_id) AS hi, COUNT(DISTINCT created_at) AS stamps, SUM(created_at = updated_at AND status = 'active') AS same FROM members WHERE unit_id = ?",
      )
      .get(A);
    expect(raw).toEqual({ n: 21, lo: res.importId, hi: res.importId, stamps: 1, same: 21 });
    expect(ctx.db.prepare('SELECT COUNT(*) FROM member_spans WHERE unit_id = ? AND end_on IS NULL').pluck().get(A)).toBe(21);

    const again = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    expect(again.previousImport).toMatchObject({ fileName: 'danh-sach.xlsx', created: 21 });
    expect(again.counts).toEqual({ new: 0, exists: 21, error: 3 });
    expect(again.rows.find((r) => r.status === 'exists')!.messages[0]).toMatch(
      /^Đã có trong sổ: .+ \(CĐCS Trường THCS Vĩnh Thuận\), cùng số CCCD \d{12}\./,
    );
    const r = await call(ctx, 'members.importCommit', { file: upload, unitId: A, skipErrors: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Không có đoàn viên mới để nhập: cả 21 người/);
  });

  it('is all or nothing: a failure half-way leaves the database and data folder as they were', async () => {
    const { manifest, upload } = await fixture('danh-sach.xlsx');
    const victim = manifest.rows.filter((r) => r.expect === 'new')[15].name;
    ctx.db.exec(
      `CREATE TEMP TRIGGER fail_half_way BEFORE INSERT ON members WHEN NEW.name = '${victim}' BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    const before = dumpDatabase(ctx);
    const r = await call(ctx, 'members.importCommit', { file: upload, unitId: A, skipErrors: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INTERNAL');
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(
      fs.existsSync(path.join(ctx.dataDir, 'imports', 'members')) ? fs.readdirSync(path.join(ctx.dataDir, 'imports', 'members')) : [],
    ).toEqual([]);
    ctx.db.exec('DROP TRIGGER temp.fail_half_way');
    expect((await ok(ctx, 'members.importCommit', { file: upload, unitId: A, skipErrors: true })).created).toBe(21);
  });

  it('marks a row as existing when its CCCD or member code is already in the register', async () => {
    const { manifest, upload } = await fixture('ds.xlsx', 8, { quirks: false });
    const [r0, r1] = manifest.rows;
    await ok(ctx, 'members.create', { unitId: B, name: 'Người Đã Có', cccd: r0.record.cccd, joinedOn: '2010-01-01' });
    await ok(ctx, 'members.create', { unitId: B, name: 'Người Có Mã', memberCode: r1.record.memberCode, joinedOn: '2010-01-01' });
    const p = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    expect(p.rows[0]).toMatchObject({ status: 'exists' });
    expect(p.rows[0].messages[0]).toMatch(/Người Đã Có \(CĐCS Công ty May Bình Minh\), cùng số CCCD/);
    expect(p.rows[1].messages[0]).toMatch(/Người Có Mã .*cùng mã số đoàn viên/);
    expect(p.counts).toEqual({ new: 6, exists: 2, error: 0 });
    expect((await ok(ctx, 'members.importCommit', { file: upload, unitId: A })).created).toBe(6);
  });

  it('finds the rows already in the register in a big list too (read as sets past 500 rows), naming who holds them', async () => {
    const { manifest, upload } = await fixture('ds-lon.xlsx', 700, { quirks: false }, 11);
    const rows = manifest.rows.filter((r) => r.expect === 'new');
    const byCccd = rows.slice(550).find((r) => r.record.cccd)!;
    const byCode = rows.slice(550).find((r) => r.record.memberCode && r !== byCccd)!;
    await ok(ctx, 'members.create', { unitId: B, name: 'Người Đã Có', cccd: byCccd.record.cccd, joinedOn: '2010-01-01' });
    await ok(ctx, 'members.create', { unitId: B, name: 'Người Có Mã', memberCode: byCode.record.memberCode, joinedOn: '2010-01-01' });
    const p = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    const known = await ok(ctx, 'members.importRows', { batchId: p.batchId, revision: p.revision, status: 'exists', offset: 0, limit: 10 });
    expect(known.total).toBe(2);
    const status = (n: number) => known.rows.find((r) => r.rowNumber === n)!;
    expect(status(byCccd.rowNumber).messages[0]).toMatch(/Người Đã Có \(CĐCS Công ty May Bình Minh\), cùng số CCCD/);
    expect(status(byCode.rowNumber).messages[0]).toMatch(/Người Có Mã .*cùng mã số đoàn viên/);
    expect(p.counts.exists).toBe(2);
    expect(p.counts.new).toBe(rows.length - 2);
    expect((await ok(ctx, 'members.importCommit', { file: upload, unitId: A })).created).toBe(rows.length - 2);

    // The same list again: every row is now in the register.
    const again = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    expect(again.counts).toMatchObject({ new: 0, exists: rows.length });
  });
});

describe('files that are not member lists', () => {
  async function expectBadFile(data: Buffer, fileName: string, re: RegExp) {
    const before = dumpDatabase(ctx);
    for (const m of ['members.importPreview', 'members.importCommit'] as const) {
      const input = {
        file: { fileName, dataBase64: data.toString('base64') },
        unitId: A,
        ...(m === 'members.importCommit' ? { skipErrors: true } : {}),
      };
      const r = await call(ctx, m, input);
      expect(r.ok, `${m} ${fileName}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_FILE');
        expect(r.error.message).toMatch(re);
      }
    }
    expect(dumpDatabase(ctx)).toEqual(before);
  }

  it('refuses text, old .xls, damaged zips and sheets without a member header, changing nothing', async () => {
    await expectBadFile(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x9c, 0x00, 0x00, 0x13]), 'anh.xlsx', /không phải tệp bảng tính/);
    const xls = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
    await expectBadFile(xls, 'ds.xls', /hỏng/);
    const { file } = await fixture('ds.xlsx', 5);
    const good = fs.readFileSync(file);
    await expectBadFile(good.subarray(0, Math.floor(good.length / 2)), 'hong.xlsx', /hỏng|không phải tệp Excel \.xlsx hợp lệ/);
    // A sound zip whose sheet is not XML: passes the guard, fails in the reader.
    const entries = unzipSync(good);
    entries['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="x"><<<');
    await expectBadFile(Buffer.from(zipSync(entries)), 'hong2.xlsx', /hỏng|không tìm thấy dòng tiêu đề/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Kế hoạch').addRow(['Nội dung', 'Thời gian', 'Người thực hiện']);
    const other = Buffer.from(await wb.xlsx.writeBuffer());
    // Readable, but no member list: the preview says so on the sheet (for choosing columns by hand), the import refuses.
    const p = await ok(ctx, 'members.importPreview', {
      file: { fileName: 'ke-hoach.xlsx', dataBase64: other.toString('base64') },
      unitId: A,
    });
    expect(p.sheets[0]).toMatchObject({ name: 'Kế hoạch', take: false, problem: { kind: 'header' } });
    expect(p.sheets[0].sample[0]).toEqual(['1', 'Nội dung', 'Thời gian', 'Người thực hiện', ...Array(23).fill('')]);
    const r = await call(ctx, 'members.importCommit', { batchId: p.batchId });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toMatch(/^Tệp "ke-hoach.xlsx": Không tìm thấy dòng tiêu đề của danh sách đoàn viên.*Chưa có gì được lưu\.$/);
  });
});

// Big lists are read in a worker thread (files/sheets/worker-host.ts); here every file goes through it.
describe('member lists read in a worker thread', () => {
  const saved = process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES;
  beforeEach(() => {
    process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES = '0';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES;
    else process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES = saved;
  });

  it('gives the same preview as in-process reading, and commits', async () => {
    const { manifest, upload } = await fixture('danh-sach.xlsx', 60, { blankRate: 0.15 }, 9);
    const viaWorker = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES = 'Infinity';
    const inProcess = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
    expect({ ...viaWorker, batchId: '' }).toEqual({ ...inProcess, batchId: '' });
    expectMatchesManifest(viaWorker, manifest);
    process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES = '0';
    const r = await ok(ctx, 'members.importCommit', { file: upload, unitId: A, skipErrors: true });
    expect(r.created).toBe(viaWorker.counts.new);
  });

  it('fills merged cells and refuses damaged files with the same messages', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.getRow(3).values = ['TT', 'Họ và tên', 'Ngày sinh', 'Đơn vị'];
    ws.getRow(4).values = [1, 'Trần Văn An', '01/02/1980', 'Công ty May Bình Minh'];
    ws.getRow(5).values = [2, 'Lê Thị Bình', '03/04/1985'];
    ws.mergeCells('D4:D5');
    const merged = Buffer.from(await wb.xlsx.writeBuffer());
    const p = await ok(ctx, 'members.importPreview', { file: { fileName: 'gop.xlsx', dataBase64: merged.toString('base64') } });
    expect(p.rows.map((r) => [r.rowNumber, r.unitName])).toEqual([
      [4, 'CĐCS Công ty May Bình Minh'],
      [5, 'CĐCS Công ty May Bình Minh'],
    ]);
    const { file } = await fixture('ds.xlsx', 5);
    const entries = unzipSync(fs.readFileSync(file));
    entries['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="x"><<<');
    const r = await call(ctx, 'members.importCommit', {
      file: { fileName: 'hong2.xlsx', dataBase64: Buffer.from(zipSync(entries)).toString('base64') },
      unitId: A,
      skipErrors: true,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Tệp "hong2.xlsx": (tệp đã bị hỏng|không tìm thấy dòng tiêu đề)/);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Kế hoạch').addRow(['Nội dung', 'Thời gian', 'Người thực hiện']);
    const r2 = await call(ctx, 'members.importPreview', {
      file: { fileName: 'kh.xlsx', dataBase64: Buffer.from(await other.xlsx.writeBuffer()).toString('base64') },
      unitId: A,
    });
    expect(r2.ok).toBe(true);
    if (r2.ok) expect(r2.data.sheets[0].problem?.message).toMatch(/Không tìm thấy dòng tiêu đề của danh sách đoàn viên/);
  });
});

describe('reading leaves nothing behind', () => {
  const saved = { tmp: process.env.TMPDIR, min: process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES };
  afterEach(() => {
    for (const [k, v] of [
      ['TMPDIR', saved.tmp],
      ['CONGDOAN_SHEET_WORKER_MIN_BYTES', saved.min],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('writes no temporary copy of a list (or removes it), whether or not the file has shared strings', async () => {
    const { file, manifest } = await fixture('ds.xlsx', 40, {}, 21);
    const inline = withInlineStrings(fs.readFileSync(file));
    expect(unzipSync(inline)['xl/sharedStrings.xml']).toBeUndefined();
    const tmp = tempDir('members-tmp-');
    process.env.TMPDIR = tmp;
    process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES = 'Infinity'; // in-process: this process's temporary folder
    const normal = await ok(ctx, 'members.importPreview', { file: fileUpload(file), unitId: A });
    const fromInline = await ok(ctx, 'members.importPreview', {
      file: { fileName: 'ds.xlsx', dataBase64: inline.toString('base64') },
      unitId: A,
    });
    expect(fromInline.rows).toEqual(normal.rows);
    expectMatchesManifest(normal, manifest);
    const r = await ok(ctx, 'members.importCommit', {
      file: { fileName: 'ds.xlsx', dataBase64: inline.toString('base64') },
      unitId: A,
      skipErrors: true,
    });
    expect(r.created).toBe(normal.counts.new);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});

describe('an import keeps the register to itself until it ends', () => {
  it('makes other calls wait, so that a failed import does not take their changes with it', async () => {
    process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES = '0';
    try {
      const { upload } = await fixture('ds.xlsx', 300, {}, 8); // has error rows: without skipErrors the import fails
      const before = (await ok(ctx, 'members.list', { limit: 1 })).total;
      const order: string[] = [];
      const importing = call(ctx, 'members.importCommit', { file: upload, unitId: A }).then((r) => (order.push('import'), r));
      const creating = call(ctx, 'units.create', { code: 'MOI', name: 'CĐCS Đơn vị mới' }).then((r) => (order.push('unit'), r));
      const [imported, created] = await Promise.all([importing, creating]);
      expect(imported.ok).toBe(false);
      if (!imported.ok) expect(imported.error.message).toMatch(/dòng lỗi.*Chưa có gì được lưu/);
      expect(created.ok).toBe(true);
      expect(order).toEqual(['import', 'unit']);
      expect((await ok(ctx, 'units.list', {})).items.some((u) => u.code === 'MOI')).toBe(true);
      expect((await ok(ctx, 'members.list', { limit: 1 })).total).toBe(before);
      // And a successful import afterwards.
      const r = await ok(ctx, 'members.importCommit', { file: upload, unitId: A, skipErrors: true });
      expect((await ok(ctx, 'members.list', { limit: 1 })).total).toBe(before + r.created);
    } finally {
      delete process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES;
    }
  });

  it('reads file after file in workers, also after a damaged one', async () => {
    process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES = '0';
    try {
      const { upload, file } = await fixture('ds.xlsx', 30, {}, 12);
      const first = await ok(ctx, 'members.importPreview', { file: upload, unitId: A });
      const good = fs.readFileSync(file);
      const damaged = await call(ctx, 'members.importPreview', {
        file: { fileName: 'hong.xlsx', dataBase64: good.subarray(0, Math.floor(good.length / 2)).toString('base64') },
        unitId: A,
      });
      expect(damaged.ok).toBe(false);
      expect({ ...(await ok(ctx, 'members.importPreview', { file: upload, unitId: A })), batchId: '' }).toEqual({ ...first, batchId: '' });
      expect((await ok(ctx, 'members.importCommit', { file: upload, unitId: A, skipErrors: true })).created).toBe(first.counts.new);
    } finally {
      delete process.env.CONGDOAN_SHEET_WORKER_MIN_BYTES;
    }
  });
});
