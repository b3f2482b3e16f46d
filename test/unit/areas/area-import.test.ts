import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xlsxBuffer } from '../../fixtures/files/hostile';
import { call, dumpDatabase, ok, testContext } from '../../support/context';

// Unit lists carry the commune/ward: the export writes it, the import matches it by folded name
// and adds the missing ones inside its own transaction.

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.close());

const upload = (name: string, data: Buffer) => ({ fileName: name, dataBase64: data.toString('base64') });

function unitList(rows: (string | null)[][]): Promise<Buffer> {
  return xlsxBuffer((wb) => {
    const ws = wb.addWorksheet('DS');
    ws.addRow(['CÔNG ĐOÀN XÃ VĨNH THUẬN']);
    ws.addRow(['STT', 'Mã đơn vị', 'Tên công đoàn cơ sở', 'Xã/phường (địa bàn)', 'Khối']);
    rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  });
}

describe('unit import and export with communes/wards', () => {
  it('matches a listed commune/ward without diacritics, adds the new ones, and shows both in the preview', async () => {
    const known = await ok(ctx, 'areas.create', { name: 'Xã Vĩnh Thuận' });
    const file = upload(
      'ds.xlsx',
      await unitList([
        ['CD01', 'Trường THCS Vĩnh Thuận', 'xa vinh thuan', 'Giáo dục'],
        ['CD02', 'UBND xã Vĩnh Bình Bắc', 'Xã Vĩnh Bình Bắc', null],
        ['CD03', 'Trạm Y tế Vĩnh Bình Bắc', 'XÃ VĨNH BÌNH BẮC', null],
        ['CD04', 'Công ty TNHH Minh Phú', null, null],
        ['CD05', '', 'Phường Chỉ Có Ở Dòng Lỗi', null],
      ]),
    );
    const p = await ok(ctx, 'units.importPreview', { file });
    expect(p.columns).toMatchObject({ code: 'B', name: 'C', area: 'D' });
    expect(p.rows.map((r) => r.areaName)).toEqual([
      'xa vinh thuan',
      'Xã Vĩnh Bình Bắc',
      'XÃ VĨNH BÌNH BẮC',
      null,
      'Phường Chỉ Có Ở Dòng Lỗi',
    ]);
    // A commune/ward named only on a row with an error is not added.
    expect(p.newAreas).toEqual(['Xã Vĩnh Bình Bắc']);

    expect(await ok(ctx, 'units.importCommit', { batchId: p.batchId, updateExisting: true })).toEqual({
      created: 4,
      updated: 0,
      skipped: 1,
    });
    const areas = await ok(ctx, 'areas.list', {});
    expect(areas.map((a) => [a.name, a.unitCount])).toEqual([
      ['Xã Vĩnh Bình Bắc', 2],
      ['Xã Vĩnh Thuận', 1],
    ]);
    const units = (await ok(ctx, 'units.list', {})).items;
    expect(units.find((u) => u.code === 'CD01')!.areaId).toBe(known.id);
    expect(units.find((u) => u.code === 'CD04')!.areaId).toBeNull();
  });

  it('an import that fails part-way adds no commune/ward and changes nothing', async () => {
    await ok(ctx, 'units.create', { code: 'CD00', name: 'Đơn vị có sẵn' });
    // A real failure inside the import's transaction, after the new commune/ward was added.
    ctx.db.exec(`CREATE TRIGGER fail_import BEFORE INSERT ON units WHEN NEW.code = 'CD09'
                 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const before = dumpDatabase(ctx);
    const file = upload(
      'ds.xlsx',
      await unitList([
        ['CD01', 'Trường THCS An Biên', 'Xã An Biên', null],
        ['CD09', 'Trường Tiểu học An Biên', 'Xã An Biên', null],
      ]),
    );
    const r = await call(ctx, 'units.importCommit', { file, updateExisting: true });
    expect(r.ok).toBe(false);
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(await ok(ctx, 'areas.list', {})).toEqual([]);
  });

  it('updates the commune/ward of an existing unit, keeps it when the cell is empty', async () => {
    const a = await ok(ctx, 'areas.create', { name: 'Xã Vĩnh Thuận' });
    await ok(ctx, 'units.create', { code: 'CD01', name: 'Trường THCS Vĩnh Thuận', areaId: a.id });
    await ok(ctx, 'units.create', { code: 'CD02', name: 'Trường Tiểu học', areaId: a.id });
    const file = upload(
      'ds.xlsx',
      await unitList([
        ['CD01', 'Trường THCS Vĩnh Thuận', 'Phường Vĩnh Thông', null],
        ['CD02', 'Trường Tiểu học', null, null],
      ]),
    );
    const p = await ok(ctx, 'units.importPreview', { file });
    expect(p.rows.map((r) => r.status)).toEqual(['update', 'unchanged']);
    await ok(ctx, 'units.importCommit', { batchId: p.batchId, updateExisting: true });
    const units = (await ok(ctx, 'units.list', {})).items;
    expect(units.find((u) => u.code === 'CD01')!.areaName).toBe('Phường Vĩnh Thông');
    expect(units.find((u) => u.code === 'CD02')!.areaName).toBe('Xã Vĩnh Thuận');
  });

  it('round trip: the exported list re-imported into an empty database gives the same units and communes/wards', async () => {
    const a = await ok(ctx, 'areas.create', { name: 'Xã Vĩnh Thuận' });
    const b = await ok(ctx, 'areas.create', { name: 'Đặc khu Phú Quốc' });
    await ok(ctx, 'units.create', { code: 'CD01', name: 'Trường THCS Vĩnh Thuận', areaId: a.id });
    await ok(ctx, 'units.create', { code: 'CD02', name: 'Cảng Phú Quốc', areaId: b.id });
    await ok(ctx, 'units.create', { code: 'CD03', name: 'Công ty TNHH Minh Phú' });
    const file = await ok(ctx, 'units.exportXlsx', {});

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(3).values).toContain('Xã/phường (địa bàn)');

    const other = testContext();
    const r = await ok(other, 'units.importCommit', {
      file: { fileName: file.fileName, dataBase64: file.dataBase64 },
      updateExisting: true,
    });
    expect(r.created).toBe(3);
    const got = (await ok(other, 'units.list', {})).items.map((u) => [u.code, u.areaName]).sort();
    expect(got).toEqual([
      ['CD01', 'Xã Vĩnh Thuận'],
      ['CD02', 'Đặc khu Phú Quốc'],
      ['CD03', null],
    ]);
    expect((await ok(other, 'areas.list', {})).map((x) => x.name)).toEqual(['Đặc khu Phú Quốc', 'Xã Vĩnh Thuận']);
    // Filtered export: only the units of one commune/ward.
    const one = await ok(ctx, 'units.exportXlsx', { areaId: b.id });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(one.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb2.worksheets[0].rowCount).toBe(4);
  });
});
