import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toTcvn3 } from '../../../shared/text/legacy-vn';
import { call, dumpDatabase, ok, testContext } from '../../support/context';
import { damagedXlsx, doctypeXlsx, encryptedXlsx, legacyXls, notAnXlsx, xlsxBuffer, zipBombXlsx } from '../../fixtures/files/hostile';
import { OFFICE_UNIT_LIST_EXPECTED, officeUnitList } from '../../fixtures/units/generate';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.close());

const upload = (name: string, data: Buffer) => ({ fileName: name, dataBase64: data.toString('base64') });

describe('unit list import', () => {
  it('previews an office-made list: title rows, shuffled columns, NFD names, errors with row and cell', async () => {
    const p = await ok(ctx, 'units.importPreview', { file: upload('ds.xlsx', await officeUnitList()) });
    expect(p.headerRow).toBe(4);
    expect(p.columns).toMatchObject({ name: 'B', code: 'C', sector: 'D', foundedOn: 'G' });
    expect(Object.fromEntries(p.rows.map((r) => [r.rowNumber, r.status]))).toEqual(OFFICE_UNIT_LIST_EXPECTED);
    const byRow = Object.fromEntries(p.rows.map((r) => [r.rowNumber, r]));
    expect(byRow[5].name).toBe('Trường THCS Vĩnh Thuận');
    expect(byRow[9].messages.join(' ')).toMatch(/trùng với dòng 5/);
    expect(byRow[10].messages.join(' ')).toMatch(/Hãy nhập tên công đoàn cơ sở/);
    expect(byRow[11].messages.join(' ')).toMatch(/Ô G11: "31\/02\/2001" không phải ngày hợp lệ/);
    expect(p.newSectors).toEqual(['Khối đặc thù mới']);
    expect(p.counts).toEqual({ new: 3, update: 0, unchanged: 0, error: 3 });
  });

  it('commits accepted rows in one go and marks them existing on re-import', async () => {
    const file = upload('ds.xlsx', await officeUnitList());
    expect(await ok(ctx, 'units.importCommit', { file, updateExisting: true })).toEqual({ created: 3, updated: 0, skipped: 3 });
    const units = (await ok(ctx, 'units.list', {})).items;
    expect(units.map((u) => u.code).sort()).toEqual(['CD001', 'CD002', 'CD003']);
    const thcs = units.find((u) => u.code === 'CD001')!;
    expect(thcs).toMatchObject({
      name: 'Trường THCS Vĩnh Thuận',
      sectorName: 'Giáo dục',
      chairName: 'Lê Văn Hùng',
      foundedOn: '1998-03-05',
    });
    expect(units.find((u) => u.code === 'CD002')!.foundedOn).toBe('2010-07-15');
    expect(units.find((u) => u.code === 'CD003')!.sectorName).toBe('Khối đặc thù mới');
    const again = await ok(ctx, 'units.importPreview', { file });
    expect(again.counts).toMatchObject({ new: 0, unchanged: 3 });
    const before = dumpDatabase(ctx);
    expect(await ok(ctx, 'units.importCommit', { file, updateExisting: true })).toEqual({ created: 0, updated: 0, skipped: 6 });
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('updates existing units only when asked', async () => {
    await ok(ctx, 'units.create', { code: 'CD002', name: 'Tên cũ' });
    const file = upload('ds.xlsx', await officeUnitList());
    const p = await ok(ctx, 'units.importPreview', { file });
    expect(p.rows.find((r) => r.code === 'CD002')!.status).toBe('update');
    await ok(ctx, 'units.importCommit', { file, updateExisting: false });
    expect((await ok(ctx, 'units.list', { query: 'CD002' })).items[0].name).toBe('Tên cũ');
    await ok(ctx, 'units.importCommit', { file, updateExisting: true });
    expect((await ok(ctx, 'units.list', { query: 'CD002' })).items[0].name).toBe('Công ty TNHH Thủy sản Minh Phú');
  });

  it("reads the file once: the import uses the preview's batch, which is then used up", async () => {
    const p = await ok(ctx, 'units.importPreview', { file: upload('ds.xlsx', await officeUnitList()) });
    expect(p.fileName).toBe('ds.xlsx');
    expect(await ok(ctx, 'units.importCommit', { batchId: p.batchId, updateExisting: true })).toEqual({
      created: 3,
      updated: 0,
      skipped: 3,
    });
    const again = await call(ctx, 'units.importCommit', { batchId: p.batchId, updateExisting: true });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/hết hạn hoặc đã được nhập/) });
  });

  it('reads a .csv unit list typed in TCVN3 (converted to Unicode) with ; separators', async () => {
    const rows = ['CD01;Trường THCS Vĩnh Thuận;Lê Văn Hùng', 'CD02;Công ty May Bình Minh;Nguyễn Thị Lan'].map(toTcvn3);
    const csv = ['Mã đơn vị;Tên công đoàn cơ sở;Chủ tịch', ...rows].join('\r\n');
    const p = await ok(ctx, 'units.importPreview', { file: upload('ds.csv', Buffer.from(csv)) });
    expect(p.rows.map((r) => r.name)).toEqual(['Trường THCS Vĩnh Thuận', 'Công ty May Bình Minh']);
    await ok(ctx, 'units.importCommit', { batchId: p.batchId, updateExisting: true });
    expect((await ok(ctx, 'units.list', { query: 'vinh thuan' })).items[0]).toMatchObject({ code: 'CD01', chairName: 'Lê Văn Hùng' });
  });

  it('round-trips an exported list', async () => {
    await ok(ctx, 'units.create', { code: 'X1', name: 'Trường Mầm non Sơn Ca', foundedOn: '2005-09-01', email: 'sonca@gmail.com' });
    const exported = await ok(ctx, 'units.exportXlsx', {});
    const p = await ok(ctx, 'units.importPreview', { file: { fileName: exported.fileName, dataBase64: exported.dataBase64 } });
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0].status).toBe('unchanged');
  });

  const badFiles: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
    // Text is read as a .csv: without the unit header it is refused as such.
    ['not-excel.xlsx', notAnXlsx, /không tìm thấy dòng tiêu đề/],
    ['cu.xls', legacyXls, /hỏng/],
    ['matkhau.xlsx', encryptedXlsx, /mật khẩu/],
    ['hong.xlsx', damagedXlsx, /hỏng/],
    ['doctype.xlsx', doctypeXlsx, /DOCTYPE/],
    ['bom.xlsx', zipBombXlsx, /bom nén/],
    ['rong.xlsx', () => Buffer.alloc(0), /rỗng/],
    ['khong-tieu-de.xlsx', () => xlsxBuffer((wb) => wb.addWorksheet('A').addRow(['x', 'y'])), /không tìm thấy dòng tiêu đề/],
  ];
  for (const [name, make, message] of badFiles) {
    it(`refuses ${name} with a clear message and changes nothing`, async () => {
      await ok(ctx, 'units.create', { code: 'KEEP', name: 'Đơn vị có sẵn' });
      const before = dumpDatabase(ctx);
      const data = await make();
      if (data.length === 0) {
        const r = await call(ctx, 'units.importPreview', { file: { fileName: name, dataBase64: '' } });
        expect(r.ok).toBe(false);
        return;
      }
      for (const method of ['units.importPreview', 'units.importCommit'] as const) {
        const r =
          method === 'units.importPreview'
            ? await call(ctx, method, { file: upload(name, data) })
            : await call(ctx, method, { file: upload(name, data), updateExisting: true });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('BAD_FILE');
          expect(r.error.message).toContain(name);
          expect(r.error.message).toMatch(message);
        }
      }
      expect(dumpDatabase(ctx)).toEqual(before);
    });
  }
});
