import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles, bundlesStale } from '../../../scripts/build-bundles.mjs';
import { APP_ROOT, tempDir } from '../../support/context';

// `npm start` in browser mode runs dist-electron/server.cjs (scripts/start.mjs). It must answer
// without loading the heavy libraries or starting a worker thread: those come on first use
// (electron/services/files/lazy-libraries.ts, the Word writer's `await import()`).
const HEAVY = /node_modules[\\/](exceljs|docx|@e965[\\/]xlsx)[\\/]/;
const TOKEN = 'startup-test';

type Loaded = { modules: string[]; workersStarted: number };

let child: ChildProcess;
let url = '';

const loaded = () =>
  new Promise<Loaded>((resolve) => {
    child.once('message', (m) => resolve(m as Loaded));
    child.send('loaded-modules');
  });

const heavyPackages = (l: Loaded) => [...new Set(l.modules.map((m) => HEAVY.exec(m)?.[1]).filter((m): m is string => !!m))].sort();

const call = async (method: string, input: unknown) => {
  const res = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-token': TOKEN },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
};

beforeAll(async () => {
  if (bundlesStale(APP_ROOT)) await buildBundles({ root: APP_ROOT, quiet: true });
  child = fork(path.join(APP_ROOT, 'dist-electron', 'server.cjs'), ['--data-dir', tempDir('bundle-start-'), '--port', '0'], {
    cwd: APP_ROOT,
    execArgv: ['--require', path.join(APP_ROOT, 'test', 'support', 'loaded-modules-probe.cjs')],
    env: { ...process.env, CONGDOAN_API_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill();
    await exited;
  }
});

describe('bundled server: heavy libraries and workers load on demand', () => {
  it('answers the API without exceljs, docx or SheetJS loaded and no worker thread started', async () => {
    expect((await call('app.info', {})).ok).toBe(true);
    expect((await call('app.dashboard', {})).ok).toBe(true);
    const atStart = await loaded();
    // The probe sees the packages the bundle does load at start (better-sqlite3 at least).
    expect(atStart.modules.some((m) => /node_modules[\\/]better-sqlite3[\\/]/.test(m))).toBe(true);
    expect(heavyPackages(atStart)).toEqual([]);
    expect(atStart.workersStarted).toBe(0);
  });

  it('loads exceljs the first time a method needs it', async () => {
    expect((await call('units.exportXlsx', {})).ok).toBe(true);
    expect(heavyPackages(await loaded())).toEqual(['exceljs']);
  });

  it('loads docx only when a document is first written as a Word file', async () => {
    const office = await call('settings.update', {
      issuingBody: 'CÔNG ĐOÀN XÃ VĨNH BÌNH BẮC',
      superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG',
      placeName: 'Vĩnh Bình Bắc',
      codeSuffix: 'CĐX',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Lê Kim Thoa',
      recipients: ['Lưu: VT'],
    });
    expect(office.ok, office.error?.message).toBe(true);
    const made = await call('documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-28' });
    expect(made.ok, made.error?.message).toBe(true);
    // Creating and reading a document needs no Word writer.
    const id = (made.data as { document: { id: number } }).document.id;
    expect((await call('documents.get', { id })).ok).toBe(true);
    expect(heavyPackages(await loaded())).toEqual(['exceljs']);
    const file = await call('documents.exportDocx', { id });
    expect(file.ok, file.error?.message).toBe(true);
    expect((file.data as { fileName: string }).fileName).toMatch(/\.docx$/);
    expect(heavyPackages(await loaded())).toEqual(['docx', 'exceljs']);
  });
});
