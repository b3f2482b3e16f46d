import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { APP_ROOT, tempDir } from '../support/context';
import type { Emit } from './run';

/** app.server_ready_ms: launch browser mode on an empty data folder until the API answers. Median of 5. */
export async function benchServerReady(emit: Emit): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(await once());
  times.sort((a, b) => a - b);
  emit('app.server_ready_ms', times[2], 'ms');
}

/** One start on a port the OS picks (never a fixed one another program may hold): spawn → API answers. */
async function once(): Promise<number> {
  const dataDir = tempDir('bench-ready-');
  const token = 'bench';
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'electron/server/cli.ts', '--data-dir', dataDir, '--port', '0'],
    { cwd: APP_ROOT, env: { ...process.env, CONGDOAN_API_TOKEN: token }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
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
