import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { unpackBackup } from '../../../electron/services/backup/container';
import { snapshotPace } from '../../../electron/services/backup/create';
import { buildBundles, bundlesStale } from '../../../scripts/build-bundles.mjs';
import { APP_ROOT, dumpDatabase, ok, tempDir, testContext } from '../../support/context';
import { seedRegister, type Ctx } from './helpers';

// A big register is snapshotted, packed, written and checked in a worker thread (backup/pack-host.ts),
// so that the app keeps answering while the daily backup runs right after start.

const NOW = new Date(2026, 11, 2, 10, 45);
const MIN_BYTES = 'CONGDOAN_BACKUP_WORKER_MIN_BYTES';
const savedMin = process.env[MIN_BYTES];

afterEach(() => {
  if (savedMin === undefined) delete process.env[MIN_BYTES];
  else process.env[MIN_BYTES] = savedMin;
});

/** About 20 MB of settings rows on top of the small register: SQLite's integrity check takes a while on it. */
async function bigRegister(): Promise<Ctx> {
  const ctx = testContext({ now: NOW });
  await seedRegister(ctx);
  const filler = ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, hex(randomblob(20000)))');
  ctx.db.transaction(() => {
    for (let i = 0; i < 500; i++) filler.run(`filler-${i}`);
  })();
  return ctx;
}

/** The longest time the event loop did not run a 5 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe('backup packed in a worker thread', () => {
  it('keeps the event loop free while a big register is packed, and the file restores whole', async () => {
    const ctx = await bigRegister();
    const usb = tempDir('usb-');
    process.env[MIN_BYTES] = 'Infinity';
    const inProcess = await longestStall(() => ok(ctx, 'backup.create', { folder: usb }));
    process.env[MIN_BYTES] = '0';
    let made: { file: string; verified: boolean; encrypted: boolean } | null = null;
    const inWorker = await longestStall(async () => (made = await ok(ctx, 'backup.create', { folder: usb, password: 'matkhau1' })));
    // In-process, the integrity check alone holds the loop for a long while; with the worker the
    // main thread does none of the work (the snapshot too is taken there).
    expect(inWorker).toBeLessThan(inProcess / 2);
    expect(made!.verified).toBe(true);
    expect(made!.encrypted).toBe(true);
    const { manifest } = await unpackBackup(fs.readFileSync(made!.file), 'matkhau1');
    expect(manifest.counts).toMatchObject({ units: 2, members: 3 });
    expect(fs.readdirSync(path.join(ctx.dataDir, 'backups')).filter((n) => n.startsWith('.dang-xu-ly-'))).toEqual([]);

    // Restoring the file made by the worker brings back what was there when it was made.
    // (the settings row of the backup itself is written after its snapshot).
    const { units, members } = dumpDatabase(ctx);
    await ok(ctx, 'units.create', { code: 'CD09', name: 'Đơn vị thêm sau' });
    await ok(ctx, 'backup.restore', { file: made!.file, password: 'matkhau1' });
    expect(dumpDatabase(ctx)).toMatchObject({ units, members });
  });
});

describe('the snapshot taken by the worker', () => {
  it('holds what was committed when it ran, while the app goes on writing', async () => {
    const ctx = await bigRegister();
    const usb = tempDir('usb-');
    process.env[MIN_BYTES] = '0';
    const made = ok(ctx, 'backup.create', { folder: usb });
    let done = false;
    void made.finally(() => (done = true));
    // Units saved by the app all the while the worker copies, packs and checks the database.
    let saved = 0;
    while (!done && saved < 400) {
      await ok(ctx, 'units.create', { code: `CDW${saved}`, name: `Đơn vị trong lúc sao lưu ${saved}` });
      saved++;
      await new Promise((r) => setTimeout(r, 5));
    }
    const { file, verified } = await made;
    expect(verified).toBe(true);
    const { manifest } = await unpackBackup(fs.readFileSync(file), null);
    // The units committed before the copy, not those saved while the file was packed and checked;
    // the file read back passed SQLite's integrity check.
    expect(manifest.counts.units).toBeGreaterThanOrEqual(2);
    expect(manifest.counts.units).toBeLessThan(2 + saved);
    await ok(ctx, 'backup.restore', { file });
    expect(dumpDatabase(ctx).units).toHaveLength(manifest.counts.units);
  });
});

describe("the snapshot on the app's own connection", () => {
  it('copies 1,000 pages a step while steps are quick, fewer (never under 64) when they are slow', () => {
    let t = 0;
    const pace = snapshotPace(() => t);
    t += 2;
    expect(pace()).toBe(1000);
    t += 40; // a step of 1,000 pages took 40 ms: a quarter of that for the next
    expect(pace()).toBe(250);
    t += 10;
    expect(pace()).toBe(250);
    t += 5000;
    expect(pace()).toBe(64);
    for (let i = 0; i < 10; i++) {
      t += 1;
      pace();
    }
    expect(pace()).toBe(1000);
  });
});

describe('the daily backup at start', () => {
  it('is still written when the bundled server starts on a register (packed by the worker bundle)', async () => {
    if (bundlesStale(APP_ROOT)) await buildBundles({ root: APP_ROOT, quiet: true });
    const seed = testContext({ now: NOW });
    await seedRegister(seed);
    const dataDir = seed.dataDir;
    seed.close();
    const child = spawn(process.execPath, [path.join(APP_ROOT, 'dist-electron', 'server.cjs'), '--data-dir', dataDir, '--port', '0'], {
      cwd: APP_ROOT,
      env: { ...process.env, [MIN_BYTES]: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const backups = path.join(dataDir, 'backups');
      const daily = () => (fs.existsSync(backups) ? fs.readdirSync(backups).filter((n) => /_tu-dong\.cdbk$/.test(n)) : []);
      const deadline = Date.now() + 60_000;
      while (daily().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(daily(), output).toHaveLength(1);
      const { manifest } = await unpackBackup(fs.readFileSync(path.join(backups, daily()[0])), null);
      expect(manifest).toMatchObject({ kind: 'daily', counts: { units: 2, members: 3 } });
      expect(output).not.toMatch(/worker did not start|không thành công/);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }
  }, 90_000);
});
