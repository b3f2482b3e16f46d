import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, dumpDatabase, ok, testContext } from '../../support/context';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.close());

describe('units register', () => {
  it('creates a unit, stores NFC, and finds it without diacritics', async () => {
    const nfd = 'Trường THCS Vĩnh Thuận'.normalize('NFD');
    const u = await ok(ctx, 'units.create', { code: 'THCS-VT', name: nfd, chairName: '  Lê   Kim Thoa ' });
    expect(u.name).toBe('Trường THCS Vĩnh Thuận');
    expect(u.name).toBe(u.name.normalize('NFC'));
    expect(u.chairName).toBe('Lê Kim Thoa');
    const row = ctx.db.prepare('SELECT name FROM units WHERE id = ?').get(u.id) as { name: string };
    expect(row.name).toBe('Trường THCS Vĩnh Thuận');
    for (const q of ['truong thcs', 'TRƯỜNG', 'vinh thuan', 'thcs-vt', 'thcs vinh']) {
      const r = await ok(ctx, 'units.list', { query: q });
      expect(
        r.items.map((i) => i.id),
        q,
      ).toEqual([u.id]);
    }
    expect((await ok(ctx, 'units.list', { query: 'tieu hoc' })).items).toEqual([]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    await ok(ctx, 'units.create', { code: 'A', name: 'Công ty Một' });
    expect((await ok(ctx, 'units.list', { query: '%' })).items).toEqual([]);
    expect((await ok(ctx, 'units.list', { query: '_' })).items).toEqual([]);
  });

  it('lists in Vietnamese order', async () => {
    for (const [code, name] of [
      ['1', 'Đội thuế'],
      ['2', 'Trường Dân tộc nội trú'],
      ['3', 'Ấp Bình An'],
      ['4', 'Bệnh viện'],
      ['5', 'An Phú'],
    ]) {
      await ok(ctx, 'units.create', { code, name });
    }
    const names = (await ok(ctx, 'units.list', {})).items.map((u) => u.name);
    expect(names).toEqual(['An Phú', 'Ấp Bình An', 'Bệnh viện', 'Đội thuế', 'Trường Dân tộc nội trú']);
  });

  it('refuses an empty name and a duplicate code with a message on the field, changing nothing', async () => {
    await ok(ctx, 'units.create', { code: 'CD001', name: 'Trường A' });
    const before = dumpDatabase(ctx);
    const empty = await call(ctx, 'units.create', { code: 'CD002', name: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { name: 'Hãy nhập tên công đoàn cơ sở.' } } });
    const dup = await call(ctx, 'units.create', { code: 'cd001', name: 'Trường B' });
    expect(dup.ok).toBe(false);
    if (!dup.ok) {
      expect(dup.error.code).toBe('CONFLICT');
      expect(dup.error.fields?.code).toMatch(/đã được dùng cho "Trường A"/);
    }
    const badEmail = await call(ctx, 'units.create', { code: 'CD003', name: 'Trường C', email: 'khong-phai-email' });
    expect(badEmail).toMatchObject({ ok: false, error: { fields: { email: expect.stringMatching(/Email không đúng dạng/) } } });
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('edits a unit and keeps the history of changes', async () => {
    const sectors = await ok(ctx, 'sectors.list', {});
    const u = await ok(ctx, 'units.create', { code: 'CD1', name: 'Trường A' });
    await ok(ctx, 'units.update', { id: u.id, code: 'CD1', name: 'Trường A mới', sectorId: sectors[1].id, foundedOn: '2001-09-05' });
    const h = await ok(ctx, 'units.history', { id: u.id });
    expect(h[0].action).toBe('Sửa thông tin');
    expect(h[0].summary).toContain('Tên: Trường A → Trường A mới');
    expect(h[0].summary).toContain('Ngày thành lập: (trống) → 05/09/2001');
    expect(h[1].action).toBe('Tạo mới');
  });

  it('dissolves (hidden by default, kept in history) and restores', async () => {
    const u = await ok(ctx, 'units.create', { code: 'CD1', name: 'Trường A', foundedOn: '2000-01-01' });
    const future = await call(ctx, 'units.dissolve', { id: u.id, dissolvedOn: '2030-01-01' });
    expect(future).toMatchObject({ ok: false, error: { fields: { dissolvedOn: expect.any(String) } } });
    const beforeFounding = await call(ctx, 'units.dissolve', { id: u.id, dissolvedOn: '1999-01-01' });
    expect(beforeFounding.ok).toBe(false);
    await ok(ctx, 'units.dissolve', { id: u.id, dissolvedOn: '2025-07-01' });
    expect((await ok(ctx, 'units.list', {})).items).toHaveLength(0);
    const all = await ok(ctx, 'units.list', { includeDissolved: true });
    expect(all.items[0].dissolvedOn).toBe('2025-07-01');
    expect(all).toMatchObject({ totalActive: 0, totalDissolved: 1 });
    await ok(ctx, 'units.restore', { id: u.id });
    expect((await ok(ctx, 'units.list', {})).items).toHaveLength(1);
  });

  it('filters by sector and counts per sector on the dashboard', async () => {
    const [s1, s2] = await ok(ctx, 'sectors.list', {});
    await ok(ctx, 'units.create', { code: 'A', name: 'A', sectorId: s1.id });
    await ok(ctx, 'units.create', { code: 'B', name: 'B', sectorId: s2.id });
    await ok(ctx, 'units.create', { code: 'C', name: 'C', sectorId: s2.id });
    expect((await ok(ctx, 'units.list', { sectorId: s2.id })).items.map((u) => u.code)).toEqual(['B', 'C']);
    const d = await ok(ctx, 'app.dashboard', {});
    expect(d.activeUnits).toBe(3);
    expect(d.unitsBySector).toEqual([
      { sectorName: s1.name, count: 1 },
      { sectorName: s2.name, count: 2 },
    ]);
    const del = await call(ctx, 'sectors.delete', { id: s2.id });
    expect(del).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('rejects an unknown sector id', async () => {
    const r = await call(ctx, 'units.create', { code: 'A', name: 'A', sectorId: 9999 });
    expect(r).toMatchObject({ ok: false, error: { fields: { sectorId: expect.any(String) } } });
  });

  it('exports to .xlsx with neutralised formulas', async () => {
    await ok(ctx, 'units.create', { code: 'A', name: '=HYPERLINK("http://x","bấm vào")' });
    await ok(ctx, 'units.create', { code: 'B', name: 'Trường Tiểu học Vĩnh Thuận' });
    const file = await ok(ctx, 'units.exportXlsx', {});
    expect(file.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(3).getCell(3).value).toBe('Tên công đoàn cơ sở');
    const names = [ws.getRow(4).getCell(3).value, ws.getRow(5).getCell(3).value];
    expect(names).toContain('Trường Tiểu học Vĩnh Thuận');
    expect(names).toContain(`'=HYPERLINK("http://x","bấm vào")`);
    for (let r = 4; r <= 5; r++) expect(ws.getRow(r).getCell(3).formula).toBeUndefined();
  });
});

describe('settings', () => {
  it('saves and reads the office identity; refuses a bad one', async () => {
    expect(await ok(ctx, 'settings.get', {})).toEqual({ settings: null, isEmpty: true });
    const input = {
      superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG',
      issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN',
      placeName: 'Vĩnh Thuận',
      codeSuffix: 'LĐLĐ',
      signerAuthority: 'TM. BAN THƯỜNG VỤ',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Lê Kim Thoa',
      recipients: ['Ban TG-NC LĐLĐ tỉnh', 'Lưu: VT'],
    };
    const saved = await ok(ctx, 'settings.update', input);
    expect(saved.isEmpty).toBe(false);
    expect(saved.settings).toMatchObject(input);
    const before = dumpDatabase(ctx);
    const bad = await call(ctx, 'settings.update', { ...input, codeSuffix: 'LĐ LĐ', signerName: '' });
    expect(bad).toMatchObject({
      ok: false,
      error: { fields: { codeSuffix: expect.any(String), signerName: 'Hãy nhập họ tên người ký.' } },
    });
    expect(dumpDatabase(ctx)).toEqual(before);
    expect((await ok(ctx, 'settings.get', {})).settings).toMatchObject(input);
  });
});
