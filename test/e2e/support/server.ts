import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface BrowserModeServer {
  url: string;
  stop: () => Promise<void>;
}

// Servers still running when this process ends are killed with it, so a crashed worker leaves none.
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts browser mode as `npm run web` does (built renderer, real server, real SQLite file) in one
 * Node process (tsx as a loader, no wrapper process), on a port the OS picks. `today` pins the
 * server's clock (CONGDOAN_TODAY).
 */
export async function startServer(dataDir: string, today?: string): Promise<BrowserModeServer> {
  const env = { ...process.env };
  if (today) env.CONGDOAN_TODAY = today;
  else delete env.CONGDOAN_TODAY;
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/server/cli.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
      const onData = (d: Buffer) => {
        output += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`server exited (${child.exitCode ?? child.signalCode}):\n${output}`));
      });
    });
    return { url, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
