// The progress channel on the other long calls (member import and export: progress.test.ts): the unit
// list import, backup and restore, the report folder import and the templates. Each reports its
// phases in order with "n of N"; a cancel before the commit leaves nothing behind, after it is refused.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../../shared/api/contract';
import { newCallId, type ProgressEvent } from '../../../shared/api/progress';
import type { ApiResult } from '../../../shared/api/result';
import { dispatch } from '../../../electron/services/dispatch';
import { cancelCall } from '../../../electron/services/progress';
import { dumpDatabase, ok, tempDir, testContext } from '../../support/context';
import { seedOffice } from '../backup/helpers';
import { seedRound, type Ctx } from '../reports/helpers';

async function followed<M extends MethodName>(
  ctx: Ctx,
  method: M,
  input: MethodInput<M>,
  onEvent: (e: ProgressEvent, callId: string) => void = () => undefined,
): Promise<{ result: ApiResult<unknown>; events: ProgressEvent[] }> {
  const callId = newCallId();
  const events: ProgressEvent[] = [];
  const result = await dispatch(ctx, method, input, {
    callId,
    onProgress: (e) => {
      events.push(e);
      onEvent(e, callId);
    },
  });
  return { result, events };
}

const phases = (events: ProgressEvent[]) => events.map((e) => e.phase).filter((p, i, all) => all.indexOf(p) === i);
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]);

let ctx: Ctx;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.close());

async function unitList(rows: number): Promise<{ fileName: string; dataBase64: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS CĐCS');
  ws.addRow(['STT', 'Mã đơn vị', 'Tên công đoàn cơ sở', 'Khối']);
  for (let i = 1; i <= rows; i++) ws.addRow([i, `DV${String(i).padStart(4, '0')}`, `Công ty TNHH Số ${i}`, 'Doanh nghiệp ngoài nhà nước']);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: 'danh-sach-don-vi.xlsx', dataBase64: data.toString('base64') };
}

describe('progress of the unit list import', () => {
  it('reports reading and checking row by row; cancelled before saving it leaves nothing; saving cannot be cancelled', async () => {
    const file = await unitList(1200);
    const preview = await followed(ctx, 'units.importPreview', { file });
    expect(preview.result.ok).toBe(true);
    expect(phases(preview.events)).toEqual(['Đang đọc tệp danh sách đơn vị', 'Đang kiểm tra từng dòng']);
    const checking = preview.events.filter((e) => e.phase === 'Đang kiểm tra từng dòng');
    expect(checking.every((e) => e.total === 1200)).toBe(true);
    expect(ascending(checking.map((e) => e.done))).toBe(true);

    const batchId = (preview.result as { data: { batchId: string } }).data.batchId;
    const before = dumpDatabase(ctx);
    const cancelled = await followed(ctx, 'units.importCommit', { batchId, updateExisting: false }, (e, callId) => {
      if (e.phase === 'Đang kiểm tra từng dòng') cancelCall(callId);
    });
    expect(cancelled.result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(dumpDatabase(ctx)).toEqual(before);

    let refused: { cancelled: boolean } | null = null;
    const done = await followed(ctx, 'units.importCommit', { batchId, updateExisting: false }, (e, callId) => {
      if (e.phase === 'Đang lưu vào danh sách đơn vị') refused = cancelCall(callId);
    });
    expect(done.result).toMatchObject({ ok: true, data: { created: 1200 } });
    expect(refused).toEqual({ cancelled: false });
    expect(phases(done.events)).toEqual(['Đang kiểm tra từng dòng', 'Đang lưu vào danh sách đơn vị']);
    expect(done.events.map((e) => e.cancellable)).toEqual(done.events.map((e) => e.phase !== 'Đang lưu vào danh sách đơn vị'));
  });
});

describe('progress of backup and restore', () => {
  it('a backup reports its phases as percentages; a restore is cancellable while it checks, not once it saves the current data', async () => {
    await ok(ctx, 'units.create', { code: 'A', name: 'CĐCS Trường An Bình' });
    const usb = tempDir('usb-');
    const made = await followed(ctx, 'backup.create', { folder: usb });
    expect(made.result.ok).toBe(true);
    expect(phases(made.events)).toEqual([
      'Đang chụp lại dữ liệu',
      'Đang nén và mã hóa',
      'Đang ghi tệp sao lưu',
      'Đang đọc lại tệp để kiểm tra',
    ]);
    expect(made.events.every((e) => e.total === 100 && !e.cancellable)).toBe(true);
    expect(ascending(made.events.map((e) => e.done))).toBe(true);
    const file = (made.result as { data: { file: string } }).data.file;

    await ok(ctx, 'units.create', { code: 'B', name: 'CĐCS Bưu điện' }); // after the backup: a restore removes it
    const before = dumpDatabase(ctx);
    const backups = path.join(ctx.dataDir, 'backups');
    const listed = () => (fs.existsSync(backups) ? fs.readdirSync(backups) : []);
    const filesBefore = listed();
    const cancelled = await followed(ctx, 'backup.restore', { file }, (e, callId) => {
      if (e.phase === 'Đang đọc và kiểm tra bản sao lưu') cancelCall(callId);
    });
    expect(cancelled.result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(listed()).toEqual(filesBefore); // not even the safety copy

    let refused: { cancelled: boolean } | null = null;
    const restored = await followed(ctx, 'backup.restore', { file }, (e, callId) => {
      if (e.phase.startsWith('Lưu dữ liệu hiện tại')) refused ??= cancelCall(callId);
    });
    expect(restored.result.ok).toBe(true);
    expect(refused).toEqual({ cancelled: false });
    const names = phases(restored.events);
    expect(names[0]).toBe('Đang đọc và kiểm tra bản sao lưu');
    expect(names.slice(1, -1).every((p) => p.startsWith('Lưu dữ liệu hiện tại trước khi khôi phục: đang '))).toBe(true);
    expect(names.length).toBeGreaterThan(2);
    expect(names.at(-1)).toBe('Đang thay dữ liệu bằng bản sao lưu');
    expect(restored.events.map((e) => e.cancellable)).toEqual(restored.events.map((e) => e.phase === 'Đang đọc và kiểm tra bản sao lưu'));
    expect((await ok(ctx, 'units.list', {})).items.map((u) => u.code)).toEqual(['A']);
  });
});

describe('progress of the reporting round', () => {
  it('templates report "n of N" from the start; a folder import is cancellable while copying and leaves no copy behind', async () => {
    const round = await seedRound(ctx);
    const folder = tempDir('usb-');
    const written = await followed(ctx, 'reports.writeTemplates', { roundId: round.id, folder });
    expect(written.result.ok).toBe(true);
    expect(phases(written.events)).toEqual(['Đang ghi mẫu báo cáo']);
    expect(written.events.every((e) => e.total === round.unitIds.length && !e.cancellable)).toBe(true);

    const scan = await followed(ctx, 'reports.scanFolder', { roundId: round.id, folder });
    expect(scan.result.ok).toBe(true);
    expect(phases(scan.events)).toEqual(['Đang chép các tệp từ thư mục', 'Đang đọc các tệp báo cáo']);
    expect(scan.events.every((e) => e.total === round.unitIds.length)).toBe(true);
    const batchId = (scan.result as { data: { batchId: string } }).data.batchId;

    // Blank templates are not imported: nothing to save, so no commit phase either.
    const before = dumpDatabase(ctx);
    const commit = await followed(ctx, 'reports.commitImport', { batchId });
    expect(commit.result.ok).toBe(true);
    expect(dumpDatabase(ctx)).toEqual(before);
    const archive = path.join(ctx.dataDir, 'archive', 'reports');
    expect(fs.existsSync(archive) ? fs.readdirSync(archive) : []).toEqual([]);
  });

  it('BÁO CÁO reports its steps as "n of 5"; cancelled before it writes, no document is made', async () => {
    const round = await seedRound(ctx);
    await seedOffice(ctx);
    const documents = async () => (await ok(ctx, 'documents.list', {})).items.length;
    const cancelled = await followed(ctx, 'results.draftReport', { roundId: round.id, date: '2026-11-22' }, (e, callId) => {
      if (e.phase === 'Đang đọc ý kiến của các công đoàn cơ sở') cancelCall(callId);
    });
    expect(cancelled.result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await documents()).toBe(0);

    const drafted = await followed(ctx, 'results.draftReport', { roundId: round.id, date: '2026-11-22' });
    expect(drafted.result.ok).toBe(true);
    expect(drafted.events.map((e) => [e.phase, e.done, e.total, e.cancellable])).toEqual([
      ['Đang tổng hợp kết quả các chỉ tiêu', 0, 5, true],
      ['Đang đếm công đoàn cơ sở và đoàn viên', 1, 5, true],
      ['Đang tìm kế hoạch và hoạt động của đơn vị', 2, 5, true],
      ['Đang đọc ý kiến của các công đoàn cơ sở', 3, 5, true],
      ['Đang ghi văn bản báo cáo', 4, 5, false],
    ]);
    expect(await documents()).toBe(1);
  });
});
