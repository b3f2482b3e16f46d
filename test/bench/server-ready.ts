import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { APP_ROOT, tempDir } from '../support/context';
import { buildBundles, bundlesStale } from '../../scripts/build-bundles.mjs';
import type { Emit } from './run';

/** What `npm start` runs in browser mode (scripts/start.mjs): the bundled server. */
const BUNDLED = [path.join(APP_ROOT, 'dist-electron', 'server.cjs')];
/** What `npm run web`, the tests and development run: the TypeScript sources through tsx. */
const TSX = [path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(APP_ROOT, 'electron', 'server', 'cli.ts')];

/**
 * app.server_ready_ms: the server process `npm start` launches in browser mode (the bundle), on an
 * empty data folder, from spawn until the API answers. Median of 5. The same measure of the tsx
 * path is printed beside it as app.server_ready_tsx_ms, the peer it is compared with (same
 * folder state, same port choice, same first API call); the two runs alternate so that a change in
 * the machine's load touches both.
 */
export async function benchServerReady(emit: Emit): Promise<void> {
  // Built before timing, as `npm start` does when a source is newer than the bundle.
  if (bundlesStale(APP_ROOT)) await buildBundles({ root: APP_ROOT, quiet: true });
  const bundled: number[] = [];
  const tsx: number[] = [];
  for (let i = 0; i < 5; i++) {
    bundled.push(await once(BUNDLED));
    tsx.push(await once(TSX));
  }
  emit('app.server_ready_ms', median(bundled), 'ms');
  emit('app.server_ready_tsx_ms', median(tsx), 'ms');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One start on a port the OS picks (never a fixed one another program may hold): spawn → API answers. */
async function once(command: string[]): Promise<number> {
  const dataDir = tempDir('bench-ready-');
  const token = 'bench';
  const start = performance.now();
  const child = spawn(process.execPath, [...command, '--data-dir', dataDir, '--port', '0'], {
    cwd: APP_ROOT,
    env: { ...process.env, CONGDOAN_API_TOKEN: token },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${output}`)), 30_000);
      child.stdout!.on('data', (d: Buffer) => {
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
    child.stdout!.resume();
    for (;;) {
      try {
        const res = await fetch(`${url}api/app.info`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-token': token },
          body: '{}',
        });
        if (res.ok && ((await res.json()) as { ok: boolean }).ok) return performance.now() - start;
      } catch {
        // not answering yet
      }
      if (performance.now() - start > 30_000) throw new Error('server did not answer in 30 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null && child.signalCode === null) {
      child.kill();
      await exited;
    }
  }
}
