import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../../shared/api/contract';
import { newCallId, type ProgressEvent } from '../../../shared/api/progress';
import type { ApiResult } from '../../../shared/api/result';
import { startServer, type RunningServer } from '../../../electron/server/server';
import { dispatch } from '../../../electron/services/dispatch';
import { cancelCall } from '../../../electron/services/progress';
import { memberRecords, writeMemberWorkbook } from '../../fixtures/members/generate';
import { dumpDatabase, ok, tempDir, testContext } from '../../support/context';
import { fileUpload, makeUnit, type Ctx } from '../members/helpers';

const ROWS = 3000;

/** Calls through the dispatcher as IPC does, collecting the call's progress events. */
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
const exportDirs = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('congdoan-export-'));

describe('progress channel', () => {
  let ctx: Ctx;
  let unitId: number;
  let file: { fileName: string; dataBase64: string };

  beforeAll(async () => {
    ctx = testContext();
    unitId = await makeUnit(ctx, 'A', 'CĐCS Trường THCS An Bình');
    const xlsx = path.join(tempDir('progress-'), 'danh-sach.xlsx');
    await writeMemberWorkbook(xlsx, memberRecords(ROWS, 5), { seed: 5, quirks: false, blankRate: 0 });
    file = fileUpload(xlsx);
  });
  afterAll(() => ctx.close());

  it('a member import reports its phases in order; cancelling before the commit leaves the database as it was', async () => {
    const before = dumpDatabase(ctx);
    const preview = await followed(ctx, 'members.importPreview', { file, unitId });
    expect(preview.result.ok).toBe(true);
    expect(phases(preview.events)).toEqual(['Đang đọc tệp danh sách', 'Đang kiểm tra từng dòng']);
    const batchId = (preview.result as { data: { batchId: string } }).data.batchId;

    // Cancelled as soon as the rows start to be written (inside the import's transaction).
    const cancelled = await followed(ctx, 'members.importCommit', { batchId, unitId, skipErrors: true }, (e, callId) => {
      if (e.phase === 'Đang ghi các đoàn viên mới') expect(cancelCall(callId)).toEqual({ cancelled: true });
    });
    expect(cancelled.result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(cancelled.result.ok === false && cancelled.result.error.message).toContain('Chưa có gì được lưu');
    expect(phases(cancelled.events)).toEqual(['Đang ghi các đoàn viên mới']);
    expect(dumpDatabase(ctx)).toEqual(before);
    const kept = path.join(ctx.dataDir, 'imports', 'members');
    expect(fs.existsSync(kept) ? fs.readdirSync(kept) : []).toEqual([]);

    // The same batch imports in full afterwards; a cancel once the commit has begun is refused.
    let refused: { cancelled: boolean } | null = null;
    const done = await followed(ctx, 'members.importCommit', { batchId, unitId, skipErrors: true }, (e, callId) => {
      if (e.phase === 'Đang lưu vào sổ đoàn viên') refused = cancelCall(callId);
    });
    expect(done.result.ok).toBe(true);
    expect(refused).toEqual({ cancelled: false });
    expect(phases(done.events)).toEqual(['Đang ghi các đoàn viên mới', 'Đang đối chiếu với sổ đoàn viên', 'Đang lưu vào sổ đoàn viên']);
    const writing = done.events.filter((e) => e.phase === 'Đang ghi các đoàn viên mới');
    expect(writing.every((e) => e.total === writing[0].total && e.total > 0)).toBe(true);
    expect(writing.map((e) => e.done)).toEqual([...writing.map((e) => e.done)].sort((a, b) => a - b));
    expect(done.events.map((e) => e.cancellable)).toEqual(done.events.map((e) => e.phase !== 'Đang lưu vào sổ đoàn viên'));
    const created = (done.result as { data: { created: number } }).data.created;
    expect(created).toBeGreaterThan(ROWS * 0.9);
    expect(ctx.db.prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(created);
  });

  it('the member export streams a few thousand rows with progress, styled as before, and leaves no temporary file', async () => {
    const total = ctx.db.prepare('SELECT COUNT(*) FROM members').pluck().get() as number;
    const { result, events } = await followed(ctx, 'members.exportXlsx', { status: 'all' });
    expect(result.ok).toBe(true);
    expect(phases(events)).toEqual(['Đang tìm các đoàn viên cần xuất', 'Đang ghi tệp Excel', 'Đang hoàn tất tệp Excel']);
    expect(events.find((e) => e.phase === 'Đang ghi tệp Excel')?.total).toBe(total);
    expect(exportDirs()).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((result as { data: { dataBase64: string } }).data.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Danh sách đoàn viên');
    expect(String(ws.getCell('A3').value)).toBe(`Xuất ngày 22/11/2026: ${total.toLocaleString('vi-VN')} người`);
    expect(ws.getCell('B4').value).toBe('Họ và tên');
    expect(ws.getCell('B4').font?.bold).toBe(true);
    expect(ws.actualRowCount).toBe(4 + total);
    const names = new Set(ctx.db.prepare('SELECT name FROM members').pluck().all() as string[]);
    for (const r of [5, 4 + Math.floor(total / 2), 4 + total]) {
      expect(ws.getCell(r, 1).value).toBe(r - 4);
      expect(names.has(String(ws.getCell(r, 2).value))).toBe(true);
      // A list this short keeps its font and borders on every cell.
      expect(ws.getCell(r, 1).font?.name).toBe('Times New Roman');
      expect(ws.getCell(r, 3).border?.left?.style).toBe('thin');
    }
    expect(ws.getColumn(2).width).toBe(28);
  });

  it('a cancelled export stops, answers CANCELLED and removes its temporary file', async () => {
    const { result, events } = await followed(ctx, 'members.exportXlsx', { status: 'all' }, (e, callId) => {
      if (e.phase === 'Đang ghi tệp Excel') cancelCall(callId);
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(phases(events)).toEqual(['Đang tìm các đoàn viên cần xuất', 'Đang ghi tệp Excel']);
    expect(exportDirs()).toEqual([]);
  });

  it('a cancel that arrives before its call stops the call at its first step', async () => {
    const before = dumpDatabase(ctx);
    const callId = newCallId();
    expect(cancelCall(callId)).toEqual({ cancelled: true });
    const events: ProgressEvent[] = [];
    const result = await dispatch(ctx, 'members.importPreview', { file, unitId }, { callId, onProgress: (e) => events.push(e) });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(events).toEqual([]);
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('calls without an id are not followed and run as before', async () => {
    const file = await ok(ctx, 'members.exportXlsx', { status: 'all', query: 'zzzz-khong-co' });
    expect(file.fileName).toMatch(/\.xlsx$/);
  });
});

describe('progress in browser mode', () => {
  const ctx = testContext();
  let server: RunningServer;
  beforeAll(async () => {
    const staticDir = tempDir('static-');
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body></body></html>');
    server = await startServer({ ctx, staticDir });
  });
  afterAll(async () => {
    await server.close();
    ctx.close();
  });

  it('answers the progress of a call by its id, needs the token, and cancels', async () => {
    const id = newCallId();
    const get = (token = server.token) => fetch(`${server.url}api/progress/${id}`, { headers: { 'x-api-token': token } });
    expect(await (await get()).json()).toEqual({ ok: true, data: null });
    expect((await get('sai')).status).toBe(401);
    expect((await fetch(`${server.url}api/progress/khong-hop-le!`, { headers: { 'x-api-token': server.token } })).status).toBe(405);

    // A running export, polled while it runs, then cancelled over HTTP.
    await makeUnit(ctx, 'B', 'CĐCS Bưu điện');
    const running = fetch(`${server.url}api/members.exportXlsx`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-token': server.token, 'x-call-id': id },
      body: JSON.stringify({ status: 'all' }),
    });
    const cancel = await fetch(`${server.url}api/cancel/${id}`, { method: 'POST', headers: { 'x-api-token': server.token } });
    expect(cancel.status).toBe(200);
    const answer = (await (await running).json()) as ApiResult<unknown>;
    // The cancel may even overtake the call's own request: the call then stops at its first step.
    expect(answer).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await (await get()).json()).toEqual({ ok: true, data: null });
  });
});
