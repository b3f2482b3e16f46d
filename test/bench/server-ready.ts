import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { APP_ROOT, tempDir } from '../support/context';
import type { Emit } from './run';

/** app.server_ready_ms: launch browser mode on an empty data folder until the API answers. Median of 5. */
export async function benchServerReady(emit: Emit): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(await once(5300 + i));
  times.sort((a, b) => a - b);
  emit('app.server_ready_ms', times[2], 'ms');
}

async function once(port: number): Promise<number> {
  const dataDir = tempDir('bench-ready-');
  const token = 'bench';
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [
      path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'electron/server/cli.ts',
      '--data-dir',
      dataDir,
      '--port',
      String(port),
    ],
    {
      cwd: APP_ROOT,
      env: { ...process.env, CONGDOAN_API_TOKEN: token },
      stdio: 'ignore',
    },
  );
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/app.info`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-token': token },
          body: '{}',
        });
        if (res.ok && ((await res.json()) as { ok: boolean }).ok) return performance.now() - start;
      } catch {
        // not listening yet
      }
      if (performance.now() - start > 30_000) throw new Error('server did not start in 30 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill();
  }
}
