import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoundDetail } from '../../../shared/reports/schema';
import { call, dumpDatabase, ok, testContext } from '../../support/context';
import { fillTemplate } from '../../fixtures/reports/generate';
import { figures, read, seedRound, upload, writeTemplates, type Ctx } from './helpers';

let ctx: Ctx;
let round: RoundDetail;
const unitId = (code: string) => ctx.db.prepare('SELECT id FROM units WHERE code = ?').pluck().get(code) as number;
const indicatorId = (code: string) => round.indicators.find((i) => i.code === code)!.id;

beforeEach(async () => {
  ctx = testContext(); // today: 22/11/2026
  round = await seedRound(ctx, { deadline: '2026-11-20' });
});
afterEach(() => ctx.close());

describe('who has reported', () => {
  it('lists every unit that must report: on time, late, missing, with counts, and exports the missing ones', async () => {
    const tpl = (await writeTemplates(ctx, round.id)).byUnit;
    // CD001 on time (received 19/11), CD002 late (received today), CD003 missing.
    let p = await ok(ctx, 'reports.previewUpload', {
      roundId: round.id,
      files: [upload('a.xlsx', await fillTemplate(read(tpl.CD001), { values: { '1.1': 1 } }))],
    });
    await ok(ctx, 'reports.commitImport', { batchId: p.batchId, receivedOn: '2026-11-19' });
    p = await ok(ctx, 'reports.previewUpload', {
      roundId: round.id,
      files: [upload('b.xlsx', await fillTemplate(read(tpl.CD002), { values: { '1.1': 2 } }))],
    });
    await ok(ctx, 'reports.commitImport', { batchId: p.batchId });

    const s = await ok(ctx, 'reports.status', { roundId: round.id });
    expect(s.counts).toEqual({ required: 3, received: 2, late: 1, missing: 1, onTime: 1, manual: 0, incomplete: 0 });
    const byCode = Object.fromEntries(s.rows.map((r) => [r.unitCode, r]));
    expect(byCode.CD001).toMatchObject({
      state: 'on_time',
      firstReceivedOn: '2026-11-19',
      source: 'file',
      fileName: 'a.xlsx',
      versions: 1,
    });
    expect(byCode.CD002).toMatchObject({ state: 'late', firstReceivedOn: '2026-11-22' });
    expect(byCode.CD003).toMatchObject({ state: 'missing', firstReceivedOn: null, submissionId: null });
    expect(s.round.daysLeft).toBe(-2);

    const x = await ok(ctx, 'reports.exportMissing', { roundId: round.id });
    expect(x.fileName).toBe('Chua_nop_TCN2026_2026-11-22.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell('A1').value)).toMatch(/^DANH SÁCH ĐƠN VỊ CHƯA NỘP BÁO CÁO/);
    expect(String(ws.getCell('A2').value)).toContain('1/3 đơn vị chưa nộp');
    expect((ws.getRow(5).values as unknown[]).slice(1, 4)).toEqual([1, 'CD003', 'UBND xã Vĩnh Bình Bắc']);
    expect(ws.rowCount).toBe(5);
  });

  it('a correction sent after the deadline does not make an on-time unit late', async () => {
    await ok(ctx, 'reports.saveManual', { roundId: round.id, unitId: unitId('CD001'), receivedOn: '2026-11-18', values: [] });
    await ok(ctx, 'reports.saveManual', { roundId: round.id, unitId: unitId('CD001'), receivedOn: '2026-11-22', values: [] });
    const s = await ok(ctx, 'reports.status', { roundId: round.id });
    expect(s.rows.find((r) => r.unitCode === 'CD001')).toMatchObject({ state: 'on_time', lastReceivedOn: '2026-11-22', versions: 2 });
  });

  it('shows open rounds with days left on the dashboard', async () => {
    await seedRound(ctx, { code: 'TCN2027', name: 'Tháng Công nhân 2027', deadline: '2026-12-02' });
    await seedRound(ctx, { code: 'CU', name: 'Đợt cũ', deadline: '2026-01-10' });
    const d = await ok(ctx, 'reports.dashboard', {});
    expect(d.today).toBe('2026-11-22');
    expect(d.rounds.map((r) => [r.code, r.daysLeft, r.missing])).toEqual([
      ['TCN2026', -2, 3],
      ['TCN2027', 10, 3],
    ]);
  });
});

describe('manual entry', () => {
  it('stores typed figures, flagged as entered by hand, and keeps the file it corrects in the history', async () => {
    const tpl = (await writeTemplates(ctx, round.id)).byUnit;
    const p = await ok(ctx, 'reports.previewUpload', {
      roundId: round.id,
      files: [upload('a.xlsx', await fillTemplate(read(tpl.CD001), { values: { '1.1': 1, '2.3': 500000 } }))],
    });
    await ok(ctx, 'reports.commitImport', { batchId: p.batchId, receivedOn: '2026-11-19' });

    const saved = await ok(ctx, 'reports.saveManual', {
      roundId: round.id,
      unitId: unitId('CD001'),
      receivedOn: '2026-11-21',
      values: [
        { indicatorId: indicatorId('1.1'), value: '3' },
        { indicatorId: indicatorId('2.3'), value: '1.500.000' },
        { indicatorId: indicatorId('1.3'), value: 90 },
        { indicatorId: indicatorId('1.4'), value: 'Văn nghệ' },
        { indicatorId: indicatorId('5.1'), value: '' },
      ],
      highlights: 'Báo cáo giấy, văn phòng nhập lại.',
      note: 'Đơn vị gửi bản giấy ngày 21/11.',
    });
    expect(saved.current).toMatchObject({
      source: 'manual',
      receivedOn: '2026-11-21',
      highlights: 'Báo cáo giấy, văn phòng nhập lại.',
      note: 'Đơn vị gửi bản giấy ngày 21/11.',
    });
    expect(saved.history.map((h) => [h.source, h.isCurrent])).toEqual([
      ['manual', true],
      ['file', false],
    ]);
    expect(await figures(ctx, round, 'CD001')).toEqual({ '1.1': 3, '2.3': 1_500_000, '1.3': 90, '1.4': 'Văn nghệ' });
    const s = await ok(ctx, 'reports.status', { roundId: round.id });
    expect(s.rows.find((r) => r.unitCode === 'CD001')).toMatchObject({ source: 'manual', state: 'on_time' });
    expect(s.counts.manual).toBe(1);
  });

  it('refuses figures that are not numbers, on the right field, and changes nothing', async () => {
    const before = dumpDatabase(ctx);
    const r = await call(ctx, 'reports.saveManual', {
      roundId: round.id,
      unitId: unitId('CD002'),
      receivedOn: '2026-11-21',
      values: [
        { indicatorId: indicatorId('2.1'), value: 'năm người' },
        { indicatorId: indicatorId('2.2'), value: -1 },
        { indicatorId: indicatorId('1.1'), value: '4' },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/Có 2 chỉ tiêu nhập chưa đúng/);
      expect(r.error.fields).toEqual({
        [`values.v${indicatorId('2.1')}`]: expect.stringMatching(/^'năm người' không phải là số/),
        [`values.v${indicatorId('2.2')}`]: expect.stringMatching(/^'-1' là số âm/),
      });
    }
    const future = await call(ctx, 'reports.saveManual', {
      roundId: round.id,
      unitId: unitId('CD002'),
      receivedOn: '2026-12-01',
      values: [],
    });
    expect(future).toMatchObject({ ok: false, error: { fields: { receivedOn: expect.stringMatching(/không được sau ngày hôm nay/) } } });
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it("refuses a unit that is not on the round's list", async () => {
    await ok(ctx, 'units.create', { code: 'NEW', name: 'Đơn vị mới' });
    const r = await call(ctx, 'reports.saveManual', { roundId: round.id, unitId: unitId('NEW'), receivedOn: '2026-11-21', values: [] });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/không có trong danh sách phải báo cáo/) },
    });
  });
});
