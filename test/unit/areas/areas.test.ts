import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, dumpDatabase, ok, testContext } from '../../support/context';

// Communes/wards (địa bàn): the editable list, the unit field, the units filter and the member
// statistics per commune/ward, through the real dispatcher on a real database.

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.close());

describe('communes and wards list', () => {
  it('adds, lists in Vietnamese order, renames, and refuses the same name with other marks or case', async () => {
    const b = await ok(ctx, 'areas.create', { name: '  Phường   Vĩnh Thông '.normalize('NFD') });
    expect(b).toEqual({ id: b.id, name: 'Phường Vĩnh Thông', unitCount: 0, activeUnits: 0 });
    const a = await ok(ctx, 'areas.create', { name: 'Xã An Biên' });
    await ok(ctx, 'areas.create', { name: 'Đặc khu Phú Quốc' });
    expect((await ok(ctx, 'areas.list', {})).map((x) => x.name)).toEqual(['Đặc khu Phú Quốc', 'Phường Vĩnh Thông', 'Xã An Biên']);

    const before = dumpDatabase(ctx);
    const dup = await call(ctx, 'areas.create', { name: 'phuong vinh thong' });
    expect(dup.ok).toBe(false);
    if (!dup.ok) {
      expect(dup.error.code).toBe('CONFLICT');
      expect(dup.error.fields?.name).toMatch(/Đã có "Phường Vĩnh Thông"/);
    }
    const empty = await call(ctx, 'areas.create', { name: '   ' });
    expect(!empty.ok && empty.error.fields?.name).toBe('Hãy nhập tên xã/phường.');
    const long = await call(ctx, 'areas.create', { name: 'x'.repeat(101) });
    expect(!long.ok && long.error.fields?.name).toMatch(/dài quá 100 ký tự/);
    const clash = await call(ctx, 'areas.rename', { id: a.id, name: 'PHƯỜNG VĨNH THÔNG' });
    expect(!clash.ok && clash.error.code).toBe('CONFLICT');
    const gone = await call(ctx, 'areas.rename', { id: 9999, name: 'Xã Mới' });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
    expect(dumpDatabase(ctx)).toEqual(before);

    expect(await ok(ctx, 'areas.rename', { id: a.id, name: 'Xã An Biên Mới' })).toMatchObject({ id: a.id, name: 'Xã An Biên Mới' });
    // Renaming to itself with other case is allowed (the same commune/ward).
    expect((await ok(ctx, 'areas.rename', { id: a.id, name: 'xã an biên mới' })).name).toBe('xã an biên mới');
  });

  it('a unit records its commune/ward; removing one still in use is refused unless the clerk unlinks the units', async () => {
    const area = await ok(ctx, 'areas.create', { name: 'Xã Vĩnh Thuận' });
    const u = await ok(ctx, 'units.create', { code: 'CD01', name: 'Trường THCS Vĩnh Thuận', areaId: area.id });
    expect(u).toMatchObject({ areaId: area.id, areaName: 'Xã Vĩnh Thuận' });
    expect((await ok(ctx, 'areas.list', {}))[0].unitCount).toBe(1);

    const before = dumpDatabase(ctx);
    const refused = await call(ctx, 'areas.remove', { id: area.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CONFLICT');
      expect(refused.error.message).toMatch(/còn 1 công đoàn cơ sở ghi địa bàn này.*Bỏ địa bàn và xóa/);
    }
    expect(dumpDatabase(ctx)).toEqual(before);

    expect(await ok(ctx, 'areas.remove', { id: area.id, unlinkUnits: true })).toEqual({ deleted: true, unlinked: 1 });
    expect(await ok(ctx, 'units.get', { id: u.id })).toMatchObject({ areaId: null, areaName: null });
    expect(await ok(ctx, 'areas.list', {})).toEqual([]);
    const history = await ok(ctx, 'units.history', { id: u.id });
    expect(history[0].summary).toBe('Xã/phường: Xã Vĩnh Thuận → (trống)');

    const unused = await ok(ctx, 'areas.create', { name: 'Phường Rạch Giá' });
    expect(await ok(ctx, 'areas.remove', { id: unused.id })).toEqual({ deleted: true, unlinked: 0 });
  });

  it('the unit form refuses a commune/ward that is no longer listed, with the message on the field', async () => {
    const area = await ok(ctx, 'areas.create', { name: 'Xã Vĩnh Bình' });
    await ok(ctx, 'areas.remove', { id: area.id });
    const before = dumpDatabase(ctx);
    const r = await call(ctx, 'units.create', { code: 'CD01', name: 'Trạm Y tế', areaId: area.id });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.areaId).toMatch(/không còn trong danh sách/);
    const bad = await call(ctx, 'units.create', { code: 'CD01', name: 'Trạm Y tế', areaId: 'Xã Vĩnh Bình' as never });
    expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('filters the units list by commune/ward and by "no commune/ward"', async () => {
    const a = await ok(ctx, 'areas.create', { name: 'Xã Vĩnh Thuận' });
    const b = await ok(ctx, 'areas.create', { name: 'Xã Vĩnh Phong' });
    const u1 = await ok(ctx, 'units.create', { code: 'CD01', name: 'Trường THCS Vĩnh Thuận', areaId: a.id });
    const u2 = await ok(ctx, 'units.create', { code: 'CD02', name: 'UBND xã Vĩnh Phong', areaId: b.id });
    const u3 = await ok(ctx, 'units.create', { code: 'CD03', name: 'Trường Tiểu học Vĩnh Thuận', areaId: a.id });
    const u4 = await ok(ctx, 'units.create', { code: 'CD04', name: 'Công ty TNHH Minh Phú' });
    const ids = async (areaId: number | 'none' | null) => (await ok(ctx, 'units.list', { areaId })).items.map((u) => u.id).sort();
    expect(await ids(a.id)).toEqual([u1.id, u3.id].sort());
    expect(await ids(b.id)).toEqual([u2.id]);
    expect(await ids('none')).toEqual([u4.id]);
    expect(await ids(null)).toHaveLength(4);
    // The list counts every unit of a commune/ward, and apart the active ones (a dissolved unit stays counted in unitCount).
    await ok(ctx, 'units.dissolve', { id: u3.id, dissolvedOn: '2026-01-15' });
    expect((await ok(ctx, 'areas.list', {})).map((x) => [x.name, x.unitCount, x.activeUnits])).toEqual([
      ['Xã Vĩnh Phong', 1, 1],
      ['Xã Vĩnh Thuận', 2, 1],
    ]);
    expect(await ids(a.id)).toEqual([u1.id]);
    await ok(ctx, 'units.restore', { id: u3.id });
    expect((await ok(ctx, 'units.list', { areaId: a.id, query: 'tieu hoc' })).items.map((u) => u.id)).toEqual([u3.id]);
    const bad = await call(ctx, 'units.list', { areaId: 'all' as never });
    expect(!bad.ok && bad.error.message).toMatch(/Xã\/phường để lọc không hợp lệ/);
    // Moving a unit to another commune/ward is logged in its history.
    await ok(ctx, 'units.update', { id: u4.id, code: 'CD04', name: 'Công ty TNHH Minh Phú', areaId: b.id });
    expect(await ids(b.id)).toEqual([u2.id, u4.id].sort());
    expect((await ok(ctx, 'units.history', { id: u4.id }))[0].summary).toBe('Xã/phường: (trống) → Xã Vĩnh Phong');
  });
});

describe('member statistics per commune/ward', () => {
  it('adds up the unit rows of each commune/ward, units without one last, and filters by one', async () => {
    const a = await ok(ctx, 'areas.create', { name: 'Xã Vĩnh Thuận' });
    const b = await ok(ctx, 'areas.create', { name: 'Phường An Hòa' });
    const u1 = await ok(ctx, 'units.create', { code: 'CD01', name: 'Trường THCS Vĩnh Thuận', areaId: a.id });
    const u2 = await ok(ctx, 'units.create', { code: 'CD02', name: 'Trường Tiểu học Vĩnh Thuận', areaId: a.id });
    const u3 = await ok(ctx, 'units.create', { code: 'CD03', name: 'UBND phường An Hòa', areaId: b.id });
    const u4 = await ok(ctx, 'units.create', { code: 'CD04', name: 'Công ty TNHH Minh Phú' });
    const add = (unitId: number, name: string, gender: 'nam' | 'nu') =>
      ok(ctx, 'members.create', { unitId, name, gender, joinedOn: '2020-01-01' });
    await add(u1.id, 'Lê Kim Thoa', 'nu');
    await add(u1.id, 'Nguyễn Văn An', 'nam');
    await add(u2.id, 'Trần Thị Bình', 'nu');
    await add(u3.id, 'Phạm Văn Cường', 'nam');
    await add(u4.id, 'Võ Thị Dung', 'nu');
    await add(u4.id, 'Đỗ Văn Em', 'nam');

    const s = await ok(ctx, 'members.stats', { asOf: '2026-11-30' });
    expect(s.byArea.map((r) => [r.areaName, r.units, r.members, r.women])).toEqual([
      ['Phường An Hòa', 1, 1, 0],
      ['Xã Vĩnh Thuận', 2, 3, 2],
      [null, 1, 2, 1],
    ]);
    expect(s.byArea.reduce((n, r) => n + r.members, 0)).toBe(s.total.members);
    expect(s.rows.find((r) => r.unitId === u1.id)).toMatchObject({ areaId: a.id, areaName: 'Xã Vĩnh Thuận' });

    const onlyA = await ok(ctx, 'members.stats', { asOf: '2026-11-30', areaId: a.id });
    expect(onlyA.rows.map((r) => r.unitId).sort()).toEqual([u1.id, u2.id].sort());
    expect(onlyA.total.members).toBe(3);
    const none = await ok(ctx, 'members.stats', { asOf: '2026-11-30', areaId: 'none' });
    expect(none.rows.map((r) => r.unitId)).toEqual([u4.id]);
    expect(none.byArea).toEqual([expect.objectContaining({ areaId: null, members: 2 })]);

    // The export carries the same totals on a sheet of its own.
    const file = await ok(ctx, 'members.statsExport', { asOf: '2026-11-30' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Theo xã, phường')!;
    const texts = (r: number) => (ws.getRow(r).values as unknown[]).slice(1, 6).map((v) => String(v ?? ''));
    expect(texts(4)).toEqual(['TT', 'Xã/phường (địa bàn)', 'Số CĐCS', 'Tổng số đoàn viên', 'Nữ']);
    expect(texts(5)).toEqual(['1', 'Phường An Hòa', '1', '1', '0']);
    expect(texts(6)).toEqual(['2', 'Xã Vĩnh Thuận', '2', '3', '2']);
    expect(texts(7)).toEqual(['3', 'Chưa có địa bàn', '1', '2', '1']);
    expect(texts(8)).toEqual(['Tổng cộng', 'Tổng cộng', '4', '6', '3']);
    // Without any commune/ward recorded, the export has only the unit sheet.
    const plain = await ok(ctx, 'members.statsExport', { asOf: '2026-11-30', areaId: 'none' });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(plain.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['Thống kê đoàn viên']);
  });
});
