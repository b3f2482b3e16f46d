// The member list right after the app starts on a register of 100,000 members (issue 15, part 4):
//   members.first_list_ms          the first members.list (the list page's opening request) sent as
//                                  soon as the server answers, timed from request to answer (≤ 150)
//   renderer.members_first_row_ms  headless Chromium, from navigation to "#/doan-vien" until the first
//                                  member row is shown, the server having just started (≤ 1,500)
// The server is the process `npm start` launches in browser mode (the bundle, built first when a
// source is newer, as `npm start` does), started afresh on a fresh copy of the register for every
// measure, so each one meets the search index still being built in the background. The renderer is
// the one in dist/renderer (built if missing): run under `flock /tmp/e2e.lock` when others may
// rebuild it meanwhile. The register is the members benchmark's (test/bench/members.ts prepare).
// A fresh copy has no automatic backup of the day, so each start also has the daily backup to make
// (backup/automatic.ts), as the first start of a day does; it waits until the page is quiet
// (services/background.ts), as does the search index, so the first screen meets it only if it waits.
// Each figure is the median of RUNS starts; every run is printed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { buildBundles, bundlesStale } from '../../scripts/build-bundles.mjs';
import { APP_ROOT, tempDir } from '../support/context';
import type { Emit } from './run';

const RUNS = 3;
const TOKEN = 'bench-members-start';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SERVER = path.join(APP_ROOT, 'dist-electron', 'server.cjs');
const TSX = path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** The list page's opening request (renderer/src/pages/members: MembersPage's filter, useMemberPages' first page). */
const FIRST_PAGE = {
  query: '',
  unitId: null,
  sectorId: null,
  gender: null,
  status: 'active',
  partyMember: null,
  joinedFrom: '',
  joinedTo: '',
};

interface Started {
  url: string;
  stop: () => Promise<void>;
}

/** Starts the bundled server on `dataDir`; resolves once the API answers. */
async function startServer(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, [SERVER, '--data-dir', dataDir, '--port', '0'], {
    cwd: APP_ROOT,
    env: { ...process.env, CONGDOAN_API_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL'); // the copy is thrown away: no backup at close
    await exited;
  };
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code}):\n${output}`));
      });
    });
    child.stdout.resume();
    const start = performance.now();
    while (!(await api(url, 'app.info', {}).catch(() => null))) {
      if (performance.now() - start > 60_000) throw new Error('server did not answer in 60 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { url, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function api(url: string, method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-token': TOKEN },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.data;
}

/** A fresh copy of the register, as the app finds it at start. */
function freshCopy(dir: string, run: string): string {
  const copy = path.join(dir, `data-${run}`);
  fs.cpSync(path.join(dir, 'data'), copy, { recursive: true });
  return copy;
}

async function firstList(dir: string, run: number): Promise<number> {
  const data = freshCopy(dir, `list-${run}`);
  const server = await startServer(data);
  try {
    const s = performance.now();
    const page = (await api(server.url, 'members.list', { ...FIRST_PAGE, offset: 0, limit: 200 })) as { items: unknown[]; total: number };
    const ms = performance.now() - s;
    if (page.items.length !== 200 || page.total < 90_000) throw new Error(`unexpected first page: ${page.items.length} of ${page.total}`);
    return ms;
  } finally {
    await server.stop();
    fs.rmSync(data, { recursive: true, force: true });
  }
}

async function firstRow(browser: Browser, dir: string, run: number): Promise<number> {
  const data = freshCopy(dir, `row-${run}`);
  const server = await startServer(data);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const s = performance.now();
    await page.goto(`${server.url}#/doan-vien`);
    // A loaded row can be focused; the rows of pages still on their way cannot (MemberTable).
    await page.locator('.member-body [role=row][tabindex="0"]').first().waitFor({ state: 'visible', timeout: 60_000 });
    return performance.now() - s;
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(data, { recursive: true, force: true });
  }
}

/** The register of the members benchmark, built in a child process (not measured). */
async function prepareRegister(dir: string): Promise<void> {
  const child = spawn(process.execPath, [TSX, path.join(APP_ROOT, 'test', 'bench', 'members.ts'), 'prepare', dir], {
    cwd: APP_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`preparing the register failed (${code})`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `prepared`: a folder the members benchmark's `prepare` already filled (kept); otherwise one is prepared and removed. */
export async function benchMembersStart(emit: Emit, prepared?: string): Promise<void> {
  if (bundlesStale(APP_ROOT)) await buildBundles({ root: APP_ROOT, quiet: true });
  if (!fs.existsSync(path.join(APP_ROOT, 'dist', 'renderer', 'index.html'))) {
    await build({ configFile: path.join(APP_ROOT, 'vite.config.ts'), logLevel: 'silent' });
  }
  const dir = prepared ?? tempDir('bench-members-start-');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    if (!prepared) await prepareRegister(dir);
    const lists: number[] = [];
    const rows: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      lists.push(await firstList(dir, run));
      rows.push(await firstRow(browser, dir, run));
    }
    console.log(`# first list ${lists.map((x) => x.toFixed(0)).join(', ')} ms; first row ${rows.map((x) => x.toFixed(0)).join(', ')} ms`);
    emit('members.first_list_ms', median(lists), 'ms');
    emit('renderer.members_first_row_ms', median(rows), 'ms');
  } finally {
    await browser.close();
    if (!prepared) fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `tsx test/bench/members-start.ts [dir]`: this benchmark alone, on a register prepared beforehand
// (`tsx test/bench/members.ts prepare dir`) when a folder is given.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const emit: Emit = (metric, value, unit) => console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit }));
  await benchMembersStart(emit, process.argv[2] ? path.resolve(process.argv[2]) : undefined);
}
