import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import dayjs, { type Dayjs } from 'dayjs';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { isValidIsoDate } from '../../../shared/text/dates';
import { startServer, type BrowserModeServer } from './server';

export { expect } from '@playwright/test';

/** `E2E_TODAY=YYYY-MM-DD npm run test:e2e` runs the whole suite as of that date. */
function pinnedToday(): string | undefined {
  const v = process.env.E2E_TODAY?.trim();
  if (!v) return undefined;
  if (!isValidIsoDate(v)) throw new Error(`E2E_TODAY="${v}" is not a date in the form YYYY-MM-DD`);
  return v;
}

export interface App {
  /** The page's address, ending in '/'. */
  readonly url: string;
  readonly dataDir: string;
  /** The app's today: E2E_TODAY when set, else the real date. */
  readonly today: Dayjs;
  /** Opens a route of the app in the test's page ('' = the dashboard, 'doan-vien', 'bao-cao?dot=1'…). */
  open(route?: string): Promise<void>;
  /** Calls the app's own HTTP API (the token the page carries), for test set-up and checks. */
  api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  /** Stops the server and starts it again on the same data folder (the page must be reopened). */
  restart(): Promise<void>;
  /** Stops the server (to change its files), then `start()` starts it again on the same folder. */
  stopOnly(): Promise<void>;
  start(): Promise<void>;
}

async function apiOver(url: string, token: string, method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-token': token },
    body: JSON.stringify(input),
  });
  const r = (await res.json()) as ApiResult<unknown>;
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data;
}

async function tokenOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const m = /name="api-token" content="([^"]+)"/.exec(html);
  if (!m) throw new Error(`no API token in the page at ${url}`);
  return m[1];
}

export const test = base.extend<{ app: App; workDir: string }>({
  // A fresh data folder and a browser-mode server on a free port; always stopped and removed, also
  // when the test fails.
  app: async ({ page }, use) => {
    const today = pinnedToday();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-e2e-'));
    let server: BrowserModeServer | null = null;
    try {
      server = await startServer(dataDir, today);
      let token = await tokenOf(server.url);
      const app: App = {
        get url() {
          return server!.url;
        },
        dataDir,
        today: today ? dayjs(today) : dayjs().startOf('day'),
        open: async (route = '') => {
          await page.goto(route ? `${server!.url}#/${route}` : server!.url);
        },
        api: async (method, input) => (await apiOver(server!.url, token, method, input)) as never,
        stopOnly: async () => {
          await server?.stop();
          server = null;
        },
        start: async () => {
          server = await startServer(dataDir, today);
          token = await tokenOf(server.url);
        },
        restart: async () => {
          await app.stopOnly();
          await app.start();
        },
      };
      await use(app);
    } finally {
      await server?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
  // A folder for the files a test writes or downloads (a USB stick, a list from Excel); removed after.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture uses from this pattern
  workDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-e2e-files-'));
    try {
      await use(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
});

/** A screenshot for looking at by hand (test-results/, or SHOTS_DIR), taken with animations finished. */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  const dir = process.env.SHOTS_DIR ?? 'test-results';
  await page.screenshot({ path: path.join(dir, `${name}.png`), animations: 'disabled', ...opts });
}
