import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { startServer } from '../../electron/server/server';
import { APP_ROOT, tempDir, testContext } from '../support/context';
import type { Emit } from './run';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Script = { file: string; gzip: number; sent: number };

/**
 * renderer.first_screen_js_kb: the gzip size of every JavaScript file a real browser requests to
 * show the dashboard (target ≤ 300). The renderer is built from the sources into a folder of its
 * own (the same `vite build` as `npm start`), served by the browser-mode server on an empty data
 * folder and opened in headless Chromium; the JavaScript requests are collected until the page
 * shows "Tổng quan" and the network is idle. Each file counts with the size of its gzip copy
 * written at build (the bytes a browser accepting only gzip receives); the bytes actually sent
 * (brotli) are printed beside it, with the list of files.
 */
export async function benchFirstScreen(emit: Emit): Promise<void> {
  const outDir = tempDir('bench-renderer-');
  await build({ configFile: path.join(APP_ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const scripts = await loadDashboard(outDir);
  const total = scripts.reduce((n, s) => n + s.gzip, 0);
  emit('renderer.first_screen_js_kb', total / 1024, 'kB');
  const sent = scripts.reduce((n, s) => n + s.sent, 0);
  console.log(
    `${scripts.length} JavaScript files, ${(sent / 1024).toFixed(1)} kB sent (brotli): ` +
      scripts
        .sort((a, b) => b.gzip - a.gzip)
        .map((s) => `${s.file} ${(s.gzip / 1024).toFixed(1)}`)
        .join(', '),
  );
}

async function loadDashboard(staticDir: string): Promise<Script[]> {
  const ctx = testContext();
  const server = await startServer({ ctx, staticDir, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const responses: { url: string; sent: Promise<number> }[] = [];
    page.on('response', (res) => {
      if (!new URL(res.url()).pathname.endsWith('.js')) return;
      responses.push({
        url: res.url(),
        sent: res
          .request()
          .sizes()
          .then((s) => s.responseBodySize),
      });
    });
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const scripts: Script[] = [];
    for (const r of responses) {
      const rel = decodeURIComponent(new URL(r.url).pathname).replace(/^\/+/, '');
      scripts.push({ file: rel, gzip: gzipSize(path.join(staticDir, rel)), sent: await r.sent });
    }
    return scripts;
  } finally {
    await browser.close();
    await server.close();
    ctx.close();
  }
}

/** The gzip copy written at build (scripts/precompress.mjs), or the file gzipped the same way when it was too small to get one. */
function gzipSize(file: string): number {
  const copy = `${file}.gz`;
  if (fs.existsSync(copy)) return fs.statSync(copy).size;
  return zlib.gzipSync(fs.readFileSync(file), { level: zlib.constants.Z_BEST_COMPRESSION }).length;
}
