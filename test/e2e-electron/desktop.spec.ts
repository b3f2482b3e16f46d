import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../electron/server/security-policy';
import { METHOD_NAMES } from '../../shared/api/method-names';
import { expect, stubSaveDialogs, test } from './support/fixtures';

// The desktop app through its real window: the main process, the sandboxed preload, IPC and the
// app:// protocol, on a fresh data folder. Native dialogs are answered by stubs in the main process.

/** The page's globals as the callbacks of page.evaluate see them (this project has no DOM types). */
type PageGlobals = {
  api: Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean; data: Record<string, unknown> }>>>;
  location: { hash: string };
  open(url: string): unknown;
  require?: unknown;
  process?: unknown;
};

/** Runs in the page (serialized by Playwright: it may use nothing from this file). */
const openUnitsPage = () => ((globalThis as unknown as PageGlobals).location.hash = '#/cong-doan-co-so');

test('opens on app://ui with the dashboard, a fresh database and only the named API bridge', async ({ desktop }) => {
  const { window: page, dataDir } = desktop;
  expect(page.url()).toMatch(/^app:\/\/ui\//);
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  expect(fs.existsSync(path.join(dataDir, 'congdoan.sqlite'))).toBe(true);

  const bridge = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return {
      methods: Object.entries(g.api).flatMap(([domain, group]) => Object.keys(group).map((action) => `${domain}.${action}`)),
      require: typeof g.require,
      process: typeof g.process,
      popup: g.open('https://example.com') === null,
    };
  });
  expect(bridge.methods.sort()).toEqual([...(METHOD_NAMES as readonly string[])].sort());
  expect(bridge).toMatchObject({ require: 'undefined', process: 'undefined', popup: true });

  const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.app.info());
  expect(info.ok).toBe(true);
  expect(info.data.mode).toBe('desktop');
  expect(path.resolve(String(info.data.dataDir))).toBe(path.resolve(dataDir));
});

test('app:// serves the UI under the security policy and refuses paths outside its folder', async ({ desktop }) => {
  const answers = await desktop.window.evaluate(async () => {
    const index = await fetch('/index.html');
    const outside = await fetch('/..%2f..%2fpackage.json');
    const missing = await fetch('/assets/khong-co.js');
    return {
      index: {
        status: index.status,
        csp: index.headers.get('content-security-policy'),
        nosniff: index.headers.get('x-content-type-options'),
      },
      outside: outside.status,
      missing: missing.status,
    };
  });
  expect(answers.index).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, nosniff: 'nosniff' });
  expect(answers.outside).toBe(403);
  expect(answers.missing).toBe(404);
});

test('a clerk adds a unit over IPC, exports the list and saves a PDF through the save dialogs, and the unit survives a restart', async ({
  desktop,
}) => {
  let page = desktop.window;
  await page.evaluate(openUnitsPage);
  await expect(page.getByText('Chưa có công đoàn cơ sở nào')).toBeVisible();

  await page.getByRole('main').getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm công đoàn cơ sở' });
  await dialog.getByLabel('Mã đơn vị').fill('THCS-VT');
  await dialog.getByLabel('Tên công đoàn cơ sở').fill('Trường THCS Vĩnh Thuận');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(page.getByText('Đã thêm "Trường THCS Vĩnh Thuận".')).toBeVisible();
  await expect(page.getByRole('main').getByRole('cell', { name: 'Trường THCS Vĩnh Thuận', exact: true })).toBeVisible();

  // An export is a download: the session's save prompt is answered with a file of the test's folder.
  const xlsx = path.join(desktop.outDir, 'Danh sách đơn vị.xlsx');
  await stubSaveDialogs(desktop.app, xlsx);
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  await expect.poll(() => fs.existsSync(xlsx) && fs.readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');

  // "Lưu PDF" prints the window to PDF in the main process, then asks where to save it.
  const pdf = path.join(desktop.outDir, 'Danh sách.pdf');
  await stubSaveDialogs(desktop.app, pdf);
  const saved = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.app.savePdf({ fileName: 'Danh sách' }));
  expect(saved).toMatchObject({ ok: true, data: { saved: true } });
  expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await desktop.restart();
  page = desktop.window;
  await page.evaluate(openUnitsPage);
  await expect(page.getByRole('main').getByRole('cell', { name: 'Trường THCS Vĩnh Thuận', exact: true })).toBeVisible();
});
