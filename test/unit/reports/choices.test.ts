// A clerk's trust in a reporting round: a blank template is not a report, an older file never
// replaces a newer one by itself, a second scan changes nothing, and every choice can be undone.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview, RoundDetail } from '../../../shared/reports/schema';
import { createContext } from '../../../electron/services/bootstrap';
import { call, dumpDatabase, MIGRATIONS_DIR, ok, tempDir, testContext } from '../../support/context';
import { fillTemplate } from '../../fixtures/reports/generate';
import { figures, read, seedRound, upload, writeTemplates, type Ctx } from './helpers';

let ctx: Ctx;
let round: RoundDetail;
let templates: Record<string, string>;

beforeEach(async () => {
  ctx = testContext();
  round = await seedRound(ctx);
  templates = (await writeTemplates(ctx, round.id)).byUnit;
});
afterEach(() => ctx.close());

const byName = (p: ImportPreview) => Object.fromEntries(p.files.map((f) => [f.fileName, f]));
const stateOf = async (code: string) =>
  (await ok(ctx, 'reports.status', { roundId: round.id })).rows.find((r) => r.unitCode === code)!.state;

describe('a blank template brought back', () => {
  it('is not a report: shown as blank, not imported, the unit still missing — unless the clerk ticks it', async () => {
    const filled = await fillTemplate(read(templates.CD001), { values: { '1.1': 5 } });
    const p = await ok(ctx, 'reports.previewUpload', {
      roundId: round.id,
      files: [upload('CD001.xlsx', filled), upload('CD002 trong.xlsx', read(templates.CD002))],
    });
    const f = byName(p);
    expect(f['CD002 trong.xlsx']).toMatchObject({ status: 'blank', included: false, choosable: true });
    expect(f['CD002 trong.xlsx'].messages.join(' ')).toMatch(/Mẫu còn trống — chưa tính là đã nộp/);
    expect(p.counts).toMatchObject({ new: 1, blank: 1 });
    const r = await ok(ctx, 'reports.commitImport', { batchId: p.batchId });
    expect(r).toMatchObject({ created: 1, skipped: 1 });
    expect(await stateOf('CD001')).not.toBe('missing');
    expect(await stateOf('CD002')).toBe('missing');

    // "Nothing to report" on purpose: the clerk ticks the blank file.
    const again = await ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload('CD002 trong.xlsx', read(templates.CD002))] });
    const key = again.files[0].key;
    const ticked = await ok(ctx, 'reports.previewChoices', { batchId: again.batchId, choices: [{ key, include: true }] });
    expect(ticked.files[0]).toMatchObject({ status: 'new', included: true });
    expect((await ok(ctx, 'reports.commitImport', { batchId: again.batchId, choices: [{ key, include: true }] })).created).toBe(1);
    expect(await stateOf('CD002')).not.toBe('missing');
  });
});

describe('two versions of a unit on the stick', () => {
  async function twoVersions() {
    const usb = tempDir('usb-');
    const older = await fillTemplate(read(templates.CD001), { values: { '1.1': 5 }, savedAt: new Date('2026-11-10T08:00:00Z') });
    const newer = await fillTemplate(read(templates.CD001), { values: { '1.1': 7 }, savedAt: new Date('2026-11-15T08:00:00Z') });
    fs.writeFileSync(path.join(usb, 'CD001 ban cu.xlsx'), older);
    fs.writeFileSync(path.join(usb, 'CD001 ban moi.xlsx'), newer);
    return usb;
  }

  it('keeps the newer one; scanning the same folder again changes nothing', async () => {
    const usb = await twoVersions();
    const first = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    expect(byName(first)['CD001 ban moi.xlsx'].status).toBe('new');
    expect(byName(first)['CD001 ban cu.xlsx'].status).toBe('skip');
    await ok(ctx, 'reports.commitImport', { batchId: first.batchId });
    expect((await figures(ctx, round, 'CD001'))['1.1']).toBe(7);

    const before = dumpDatabase(ctx);
    const second = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    expect(byName(second)['CD001 ban moi.xlsx'].status).toBe('duplicate');
    expect(byName(second)['CD001 ban cu.xlsx']).toMatchObject({ status: 'skip', included: false, choosable: true });
    expect(byName(second)['CD001 ban cu.xlsx'].messages.join(' ')).toMatch(/trước bản đang dùng.*bản mới hơn được giữ/);
    const r = await ok(ctx, 'reports.commitImport', { batchId: second.batchId });
    expect(r).toMatchObject({ created: 0, replaced: 0 });
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('lets the clerk choose the older one explicitly, and take the newer one back later', async () => {
    const usb = await twoVersions();
    const first = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    const older = byName(first)['CD001 ban cu.xlsx'];
    const newer = byName(first)['CD001 ban moi.xlsx'];
    const choices = [
      { key: older.key, include: true },
      { key: newer.key, include: false },
    ];
    const chosen = await ok(ctx, 'reports.previewChoices', { batchId: first.batchId, choices });
    expect(byName(chosen)['CD001 ban cu.xlsx']).toMatchObject({ status: 'new', included: true });
    expect(byName(chosen)['CD001 ban moi.xlsx']).toMatchObject({ status: 'skip', included: false });
    await ok(ctx, 'reports.commitImport', { batchId: first.batchId, choices });
    expect((await figures(ctx, round, 'CD001'))['1.1']).toBe(5);

    // Later: the newer file is ticked, it replaces the older one (which stays in the history).
    const later = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    const n = byName(later)['CD001 ban moi.xlsx'];
    expect(n).toMatchObject({ status: 'replace', included: true });
    await ok(ctx, 'reports.commitImport', { batchId: later.batchId });
    expect((await figures(ctx, round, 'CD001'))['1.1']).toBe(7);

    // And the older one back again, explicitly: it was imported before, ticking it makes it current.
    const back = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    const o = byName(back)['CD001 ban cu.xlsx'];
    expect(o).toMatchObject({ status: 'duplicate', choosable: true, included: false });
    const redo = [{ key: o.key, include: true }];
    expect(byName(await ok(ctx, 'reports.previewChoices', { batchId: back.batchId, choices: redo }))['CD001 ban cu.xlsx'].status).toBe(
      'replace',
    );
    await ok(ctx, 'reports.commitImport', { batchId: back.batchId, choices: redo });
    expect((await figures(ctx, round, 'CD001'))['1.1']).toBe(5);
  });

  it('leaves out a file the clerk unticks', async () => {
    const filled = await fillTemplate(read(templates.CD003), { values: { '1.1': 2 } });
    const p = await ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload('CD003.xlsx', filled)] });
    const choices = [{ key: p.files[0].key, include: false }];
    expect((await ok(ctx, 'reports.previewChoices', { batchId: p.batchId, choices })).files[0]).toMatchObject({
      status: 'skip',
      included: false,
    });
    expect(await ok(ctx, 'reports.commitImport', { batchId: p.batchId, choices })).toMatchObject({ created: 0, skipped: 1 });
    expect(await stateOf('CD003')).toBe('missing');
  });
});

describe('files picked one by one', () => {
  it('gives an empty, an oversized and a good file a line each', async () => {
    const good = await fillTemplate(read(templates.CD001), { values: { '1.1': 5 } });
    const p = await ok(ctx, 'reports.previewUpload', {
      roundId: round.id,
      files: [
        { fileName: 'rong.xlsx', dataBase64: '' },
        { fileName: 'phim.xlsx', dataBase64: '', size: 60 * 1024 * 1024 },
        upload('CD001.xlsx', good),
      ],
    });
    const f = byName(p);
    expect(f['rong.xlsx']).toMatchObject({ status: 'error', choosable: false });
    expect(f['rong.xlsx'].messages.join(' ')).toMatch(/^Tệp "rong.xlsx": tệp rỗng/);
    expect(f['phim.xlsx'].messages.join(' ')).toMatch(/^Tệp "phim.xlsx": tệp quá lớn \(60 MB\)/);
    expect(f['CD001.xlsx'].status).toBe('new');
  });
});

describe('writing templates into a folder not made yet', () => {
  it('asks first (NOT_FOUND on the folder, nothing written), then creates it when the clerk agrees', async () => {
    const folder = path.join(tempDir('usb-'), 'Mau bao cao', 'Thang 5');
    const r = await call(ctx, 'reports.writeTemplates', { roundId: round.id, folder });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_FOUND', fields: { folder: expect.stringMatching(/Chưa có thư mục/) } });
    expect(fs.existsSync(folder)).toBe(false);
    const w = await ok(ctx, 'reports.writeTemplates', { roundId: round.id, folder, createFolder: true });
    expect(w.written).toHaveLength(3);
    expect(fs.readdirSync(folder)).toHaveLength(3);
  });
});

describe('the archive after an interrupted import', () => {
  it('is swept when the app opens the folder: temporary files and copies nothing points to go, the rest stays', async () => {
    const filled = await fillTemplate(read(templates.CD001), { values: { '1.1': 5 } });
    const p = await ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload('CD001.xlsx', filled)] });
    await ok(ctx, 'reports.commitImport', { batchId: p.batchId });
    const dir = path.join(ctx.dataDir, 'archive', 'reports');
    const kept = fs.readdirSync(dir);
    expect(kept).toHaveLength(1);
    // What a killed commit leaves: a half-written copy and a copy of a file never saved.
    fs.writeFileSync(path.join(dir, `${'a'.repeat(64)}.xlsx.4242.tmp`), 'x');
    fs.writeFileSync(path.join(dir, `${'b'.repeat(64)}.xlsx`), 'x');
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'not ours');
    ctx.close();
    const again = createContext({ dataDir: ctx.dataDir, migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: 'test', lock: true });
    try {
      expect(fs.readdirSync(dir).sort()).toEqual([...kept, 'ghi-chu.txt'].sort());
    } finally {
      again.close();
    }
    ctx = testContext({ dataDir: ctx.dataDir });
  });
});

describe("a unit filling another unit's template", () => {
  it("is not imported silently: the file named after CD002 holds CD001's template", async () => {
    const filled = await fillTemplate(read(templates.CD001), { values: { '1.1': 9 } });
    const p = await ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload('CD002 bao cao thang 5.xlsx', filled)] });
    const f = p.files[0];
    expect(f).toMatchObject({ status: 'skip', included: false, choosable: true, unitCode: 'CD001' });
    expect(f.messages.join(' ')).toMatch(/Tên tệp ghi mã CD002 .* nhưng mẫu bên trong là của CD001/);
    // The clerk asked the unit: the figures are CD001's after all.
    const choices = [{ key: f.key, include: true }];
    expect((await ok(ctx, 'reports.commitImport', { batchId: p.batchId, choices })).created).toBe(1);
    expect((await figures(ctx, round, 'CD001'))['1.1']).toBe(9);
    expect(await stateOf('CD002')).toBe('missing');
  });

  it("goes in as the named unit's report when the clerk says the figures are that unit's", async () => {
    const filled = await fillTemplate(read(templates.CD001), { values: { '1.1': 4 } });
    const p = await ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload('CD002 bao cao.xlsx', filled)] });
    const f = p.files[0];
    expect(f.unitChoice).toEqual({
      template: { code: 'CD001', name: 'Trường THCS Vĩnh Thuận' },
      named: { code: 'CD002', name: 'Công ty TNHH Thủy sản Minh Phú' },
      forNamed: false,
    });
    const choices = [{ key: f.key, include: true, forNamedUnit: true }];
    const chosen = (await ok(ctx, 'reports.previewChoices', { batchId: p.batchId, choices })).files[0];
    expect(chosen).toMatchObject({ status: 'new', included: true, unitCode: 'CD002', unitChoice: { forNamed: true } });
    expect((await ok(ctx, 'reports.commitImport', { batchId: p.batchId, choices })).created).toBe(1);
    expect((await figures(ctx, round, 'CD002'))['1.1']).toBe(4);
    expect(await stateOf('CD001')).toBe('missing');
  });
});

describe('a received date per file', () => {
  it('keeps the day each file came (a late USB stick, a paper report typed later), never after today', async () => {
    const a = await fillTemplate(read(templates.CD001), { values: { '1.1': 1 } });
    const b = await fillTemplate(read(templates.CD002), { values: { '1.1': 2 } });
    const p = await ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload('CD001.xlsx', a), upload('CD002.xlsx', b)] });
    const [fa, fb] = p.files;
    const future = await call(ctx, 'reports.commitImport', { batchId: p.batchId, fileDates: [{ key: fa.key, receivedOn: '2026-12-01' }] });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error.message).toMatch(/Ngày nhận tệp "CD001.xlsx" không được sau ngày hôm nay/);
    await ok(ctx, 'reports.commitImport', {
      batchId: p.batchId,
      receivedOn: '2026-11-21',
      fileDates: [{ key: fa.key, receivedOn: '2026-11-15' }],
    });
    const rows = (await ok(ctx, 'reports.status', { roundId: round.id })).rows;
    expect(rows.find((r) => r.unitCode === 'CD001')?.firstReceivedOn).toBe('2026-11-15');
    expect(rows.find((r) => r.unitCode === fb.unitCode)?.firstReceivedOn).toBe('2026-11-21');
  });
});
