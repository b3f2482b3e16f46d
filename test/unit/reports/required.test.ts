// Required indicators and the versions of a unit's report: a report without a required figure is
// received but listed as "Thiếu số liệu"; any earlier version can be made the one in use again.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoundDetail } from '../../../shared/reports/schema';
import { call, dumpDatabase, ok, tempDir, testContext } from '../../support/context';
import { fillTemplate } from '../../fixtures/reports/generate';
import { figures, read, seedRound, upload, writeTemplates, type Ctx } from './helpers';

let ctx: Ctx;
let round: RoundDetail;

beforeEach(async () => {
  ctx = testContext();
  round = await seedRound(ctx);
});
afterEach(() => ctx.close());

const unitId = async (code: string) => (await ok(ctx, 'units.list', { query: code })).items.find((u) => u.code === code)!.id;
const statusRow = async (code: string) => (await ok(ctx, 'reports.status', { roundId: round.id })).rows.find((r) => r.unitCode === code)!;

/** Marks the given codes required, keeping the rest of the set as it is. */
async function requireCodes(codes: string[]): Promise<RoundDetail> {
  const indicators = round.indicators.map(({ id, code, group, label, unit, kind, target }) => ({
    id,
    code,
    group,
    label,
    unit,
    kind,
    target,
    required: codes.includes(code),
  }));
  return ok(ctx, 'reports.saveIndicators', { roundId: round.id, indicators });
}

describe('required indicators', () => {
  it('are off by default and saved with the set', async () => {
    expect(round.indicators.every((i) => !i.required)).toBe(true);
    const saved = await requireCodes(['1.1', '1.2']);
    expect(saved.indicators.filter((i) => i.required).map((i) => i.code)).toEqual(['1.1', '1.2']);
    expect((await ok(ctx, 'reports.getRound', { id: round.id })).indicators.find((i) => i.code === '1.2')!.required).toBe(true);
  });

  it('are marked (*) in the template the units fill, with a line saying what it means', async () => {
    round = await requireCodes(['1.2']);
    const { byUnit } = await writeTemplates(ctx, round.id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(read(byUnit.CD001) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Báo cáo')!;
    const texts: string[] = [];
    const labelOf: Record<string, string> = {};
    ws.eachRow((row) => {
      const a = row.getCell(1).value;
      texts.push(String(a ?? ''));
      if (typeof a === 'string') labelOf[a] = String(row.getCell(2).value ?? '');
    });
    expect(texts.some((t) => /Chỉ tiêu có dấu \(\*\) là bắt buộc/.test(t))).toBe(true);
    expect(labelOf['1.2']).toMatch(/ \(\*\)$/);
    expect(labelOf['1.1']).not.toMatch(/\(\*\)/);
  });

  it('leave a report received but "Thiếu số liệu" until the figure comes', async () => {
    round = await requireCodes(['1.1', '1.2']);
    const { byUnit } = await writeTemplates(ctx, round.id);
    const partial = await fillTemplate(read(byUnit.CD001), { values: { '1.1': 4 } });
    const whole = await fillTemplate(read(byUnit.CD002), { values: { '1.1': 3, '1.2': 0 } });
    const p = await ok(ctx, 'reports.previewUpload', {
      roundId: round.id,
      files: [upload('CD001.xlsx', partial), upload('CD002.xlsx', whole)],
    });
    const [a, b] = p.files;
    expect(a).toMatchObject({ status: 'new', included: true });
    expect(a.messages.join(' ')).toMatch(/Thiếu số liệu: chưa điền 1 chỉ tiêu bắt buộc \(1\.2\)/);
    expect(b.messages.join(' ')).not.toMatch(/Thiếu số liệu/);
    await ok(ctx, 'reports.commitImport', { batchId: p.batchId });

    const s = await ok(ctx, 'reports.status', { roundId: round.id });
    expect(s.counts).toMatchObject({ received: 2, missing: 1, incomplete: 1 });
    const cd1 = s.rows.find((r) => r.unitCode === 'CD001')!;
    expect(cd1).toMatchObject({ state: 'on_time', missingFigures: ['1.2'] });
    expect(s.rows.find((r) => r.unitCode === 'CD002')!.missingFigures).toEqual([]);
    expect(s.rows.find((r) => r.unitCode === 'CD003')!.missingFigures).toEqual([]); // not received: "Chưa nộp", not incomplete

    // The unit phones the figure in: typed by hand, the report is complete.
    const values = round.indicators.map((i) => ({ indicatorId: i.id, value: i.code === '1.1' ? '4' : i.code === '1.2' ? '2' : null }));
    await ok(ctx, 'reports.saveManual', { roundId: round.id, unitId: cd1.unitId, receivedOn: '2026-11-22', values });
    expect((await statusRow('CD001')).missingFigures).toEqual([]);
    expect((await ok(ctx, 'reports.status', { roundId: round.id })).counts.incomplete).toBe(0);
  });

  it('count a blank text answer as missing', async () => {
    round = await requireCodes(['1.4']);
    const text = round.indicators.find((i) => i.code === '1.4')!;
    expect(text.kind).toBe('text');
    const id = await unitId('CD003');
    const values = round.indicators.map((i) => ({ indicatorId: i.id, value: i.code === '1.1' ? '1' : i.code === '1.4' ? '   ' : null }));
    await ok(ctx, 'reports.saveManual', { roundId: round.id, unitId: id, receivedOn: '2026-11-22', values });
    expect((await statusRow('CD003')).missingFigures).toEqual(['1.4']);
  });
});

describe('"Dùng bản này": an earlier version in use again', () => {
  it('switches the figures, keeps every version, writes the history, and a later scan changes nothing', async () => {
    const { byUnit } = await writeTemplates(ctx, round.id);
    const usb = tempDir('usb-');
    fs.writeFileSync(
      path.join(usb, 'CD001 ban cu.xlsx'),
      await fillTemplate(read(byUnit.CD001), { values: { '1.1': 5 }, savedAt: new Date('2026-11-10T08:00:00Z') }),
    );
    fs.writeFileSync(
      path.join(usb, 'CD001 ban moi.xlsx'),
      await fillTemplate(read(byUnit.CD001), { values: { '1.1': 7 }, savedAt: new Date('2026-11-15T08:00:00Z') }),
    );
    // The older one first (as if it came on an earlier day), then the newer one replaces it.
    const older = await ok(ctx, 'reports.previewUpload', {
      roundId: round.id,
      files: [upload('CD001 ban cu.xlsx', fs.readFileSync(path.join(usb, 'CD001 ban cu.xlsx')))],
    });
    await ok(ctx, 'reports.commitImport', { batchId: older.batchId });
    const scan = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    await ok(ctx, 'reports.commitImport', { batchId: scan.batchId });
    expect((await figures(ctx, round, 'CD001'))['1.1']).toBe(7);

    const id = await unitId('CD001');
    const subs = await ok(ctx, 'reports.unitSubmissions', { roundId: round.id, unitId: id });
    expect(subs.history).toHaveLength(2);
    const old = subs.history.find((h) => !h.isCurrent)!;
    expect(old.fileName).toBe('CD001 ban cu.xlsx');

    const after = await ok(ctx, 'reports.useSubmission', { submissionId: old.id });
    expect(after.current).toMatchObject({ id: old.id, fileName: 'CD001 ban cu.xlsx', isCurrent: true });
    expect(after.history).toHaveLength(2);
    expect(after.history.filter((h) => h.isCurrent)).toHaveLength(1);
    expect((await figures(ctx, round, 'CD001'))['1.1']).toBe(5);
    const log = ctx.db.prepare("SELECT action, before, after FROM change_log WHERE entity = 'report_submission'").all() as {
      action: string;
      before: string;
      after: string;
    }[];
    expect(log).toHaveLength(1);
    expect(log[0].action).toBe('use_version');
    expect(JSON.parse(log[0].before)).toMatchObject({ fileName: 'CD001 ban moi.xlsx' });
    expect(JSON.parse(log[0].after)).toMatchObject({ current: old.id, fileName: 'CD001 ban cu.xlsx' });

    // Choosing the version in use again is a no-op; scanning the stick again changes nothing.
    const before = dumpDatabase(ctx);
    await ok(ctx, 'reports.useSubmission', { submissionId: old.id });
    const again = await ok(ctx, 'reports.scanFolder', { roundId: round.id, folder: usb });
    expect(again.files.map((f) => f.included)).toEqual([false, false]);
    await ok(ctx, 'reports.commitImport', { batchId: again.batchId });
    expect(dumpDatabase(ctx)).toEqual(before);

    // And back to the newer one.
    const newer = after.history.find((h) => !h.isCurrent)!;
    await ok(ctx, 'reports.useSubmission', { submissionId: newer.id });
    expect((await figures(ctx, round, 'CD001'))['1.1']).toBe(7);
  });

  it('answers NOT_FOUND for a version that does not exist, and changes nothing', async () => {
    const before = dumpDatabase(ctx);
    const r = await call(ctx, 'reports.useSubmission', { submissionId: 999 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
    expect(dumpDatabase(ctx)).toEqual(before);
  });
});
