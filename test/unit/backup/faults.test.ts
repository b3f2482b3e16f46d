import { execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/services/bootstrap';
import { DB_FILE_NAME } from '../../../electron/db/connection';
import { LOCK_FILE } from '../../../electron/services/data-lock';
import { APP_ROOT, call, MIGRATIONS_DIR, ok, tempDir, testContext } from '../../support/context';
import { seedRegister } from './helpers';

const NOW = new Date(2026, 11, 2, 10, 45);
const open = (dataDir: string, extra: { lock?: boolean; recoverable?: boolean } = {}) =>
  createContext({ dataDir, migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: '0.0.0-test', now: () => NOW, ...extra });
const hashOf = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('one app per data folder', () => {
  it('refuses a second app on the same folder, in Vietnamese, until the first one closes', () => {
    const dir = tempDir();
    const first = open(dir, { lock: true });
    expect(() => open(dir, { lock: true })).toThrow(/Phần mềm đang được mở với thư mục dữ liệu này/);
    first.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    open(dir, { lock: true }).close();
  });

  it('takes over a lock left by a process that was killed', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: dead, host: os.hostname(), since: '2026-01-01' }));
    open(dir, { lock: true }).close();
    fs.writeFileSync(path.join(dir, LOCK_FILE), 'half-written {');
    open(dir, { lock: true }).close();
  });

  it('browser mode on a folder already in use says so and exits without touching it', async () => {
    const dir = tempDir();
    const first = open(dir, { lock: true });
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'electron/server/cli.ts', '--data-dir', dir, '--port', '0'], {
        cwd: APP_ROOT,
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const code = await new Promise<number | null>((r) => child.on('exit', r));
      expect(code).toBe(1);
      expect(out).toMatch(/Phần mềm đang được mở với thư mục dữ liệu này/);
    } finally {
      first.close();
    }
  });
});

describe('write transactions wait for the lock (BEGIN IMMEDIATE + busy_timeout)', () => {
  it('a write made while another process holds the write lock waits and succeeds', async () => {
    const ctx = testContext({ now: NOW });
    const file = path.join(ctx.dataDir, DB_FILE_NAME);
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.pragma('busy_timeout=5000');d.exec('BEGIN IMMEDIATE');` +
          `console.log('locked');Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,800);d.exec('COMMIT');d.close();`,
      ],
      { cwd: APP_ROOT },
    );
    await new Promise<void>((r) => holder.stdout.on('data', () => r()));
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => call(ctx, 'units.create', { code: `L${i}`, name: `Đơn vị ${i}` })),
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    await new Promise((r) => holder.on('exit', r));
  });
});

describe('damaged database', () => {
  async function damagedCopies() {
    const ctx = testContext({ now: NOW });
    await seedRegister(ctx);
    for (let i = 0; i < 1500; i++)
      await ok(ctx, 'units.create', { code: `X${i}`, name: `Công đoàn cơ sở số ${i} có tên khá dài để chiếm nhiều trang` });
    const backup = await ok(ctx, 'backup.create', { folder: path.join(ctx.dataDir) }); // stands for an automatic backup below
    ctx.close();
    const good = fs.readFileSync(path.join(ctx.dataDir, DB_FILE_NAME));
    const make = (name: string, bytes: Buffer) => {
      const dir = tempDir(`hong-${name}-`);
      fs.writeFileSync(path.join(dir, DB_FILE_NAME), bytes);
      fs.mkdirSync(path.join(dir, 'backups'));
      fs.copyFileSync(backup.file, path.join(dir, 'backups', 'CongDoan_X_2026-12-01_1630_khi-dong.cdbk'));
      return dir;
    };
    const middle = Buffer.from(good);
    crypto.randomFillSync(middle, 4096 * 8, 4096 * 3);
    const header = Buffer.from(good);
    crypto.randomFillSync(header, 0, 100);
    return {
      truncated: make('cut', good.subarray(0, 4096 * 3 + 100)),
      header: make('header', header),
      text: make('text', Buffer.from('Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n'.repeat(200))),
      middle: make('middle', middle),
    };
  }

  it('is refused with a clear message (never a raw SqliteError), and never written to', async () => {
    const dirs = await damagedCopies();
    for (const [name, dir] of Object.entries(dirs)) {
      const file = path.join(dir, DB_FILE_NAME);
      const before = hashOf(file);
      let thrown: unknown = null;
      try {
        open(dir).close();
      } catch (e) {
        thrown = e;
      }
      expect(thrown, name).toMatchObject({ code: 'DB_DAMAGED' });
      expect((thrown as Error).message, name).toMatch(/đã bị hỏng/);

      // The app starts in recovery mode: nothing but recovery is served, the file stays as it was.
      const ctx = open(dir, { recoverable: true });
      expect(ctx.recovery, name).not.toBeNull();
      const write = await call(ctx, 'units.create', { code: 'NEW', name: 'Không được ghi' });
      expect(write.ok || write.error.code).toBe('DB_DAMAGED');
      expect((await ok(ctx, 'app.info', {})).recovery).toMatch(/đã bị hỏng/);
      expect(hashOf(file), name).toBe(before);

      const status = await ok(ctx, 'recovery.status', {});
      expect(status.candidates).toHaveLength(1);
      expect(status.candidates[0].counts.units).toBe(1502);
      await ok(ctx, 'recovery.restore', { file: status.candidates[0].file });
      expect(ctx.recovery).toBeNull();
      expect((await ok(ctx, 'units.list', {})).totalActive).toBe(1502);
      await ok(ctx, 'units.create', { code: 'SAU', name: 'Đơn vị sau khôi phục' });
      // The damaged file is kept aside, untouched.
      const kept = fs.readdirSync(dir).filter((f) => f.startsWith(`${DB_FILE_NAME}.hong-`) && !f.endsWith('-wal') && !f.endsWith('-shm'));
      expect(kept, name).toHaveLength(1);
      expect(hashOf(path.join(dir, kept[0])), name).toBe(before);
      ctx.close();
    }
  });
});

describe('what can still be read from a damaged database', () => {
  it('is saved to Excel from a file damaged in the middle; a file damaged from the start says nothing could be read', async () => {
    const ctx = testContext({ now: NOW });
    await seedRegister(ctx);
    for (let i = 0; i < 3000; i++)
      await ok(ctx, 'units.create', { code: `X${i}`, name: `Công đoàn cơ sở số ${i} có tên khá dài để chiếm nhiều trang` });
    // Two leaf pages in the middle of the units table are overwritten with garbage.
    const leaves = (
      ctx.db.prepare("SELECT pageno FROM dbstat WHERE name = 'units' AND pagetype = 'leaf' ORDER BY pageno").all() as { pageno: number }[]
    ).map((r) => r.pageno);
    const pageSize = ctx.db.pragma('page_size', { simple: true }) as number;
    ctx.close();
    const good = fs.readFileSync(path.join(ctx.dataDir, DB_FILE_NAME));
    const middle = Buffer.from(good);
    for (const p of leaves.slice(Math.floor(leaves.length / 2), Math.floor(leaves.length / 2) + 2)) {
      crypto.randomFillSync(middle, (p - 1) * pageSize, pageSize);
    }
    const dir = tempDir('hong-doc-');
    fs.writeFileSync(path.join(dir, DB_FILE_NAME), middle);
    const out = tempDir('usb-');
    const rec = open(dir, { recoverable: true });
    expect(rec.recovery).not.toBeNull();
    const saved = await ok(rec, 'recovery.exportReadable', { folder: out });
    expect(path.dirname(saved.file)).toBe(out);
    expect(saved.rows.units).toBeGreaterThan(2500);
    expect(saved.rows.units).toBeLessThan(3002); // the rows of the two damaged pages are lost
    expect(saved.rows.members).toBe(3);
    expect(saved.unreadable).toBeGreaterThan(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved.file);
    const members = wb.getWorksheet('Doan vien')!;
    expect(members.getRow(1).values).toContain('name');
    expect(JSON.stringify(members.getSheetValues())).toContain('Trần Thị Bé');
    expect(hashOf(path.join(dir, DB_FILE_NAME))).toBe(crypto.createHash('sha256').update(middle).digest('hex'));
    rec.close();

    const text = tempDir('hong-chu-');
    fs.writeFileSync(path.join(text, DB_FILE_NAME), 'không phải cơ sở dữ liệu\n'.repeat(300));
    const rec2 = open(text, { recoverable: true });
    const r = await call(rec2, 'recovery.exportReadable', { folder: out });
    expect(r.ok || r.error.message).toMatch(/Không đọc được gì/);
    rec2.close();
  });
});

// Disk faults on a real small file system: a 3 MB tmpfs mounted for the test (root only; skipped otherwise).
const mountPoint = tempDir('mnt-');
const canMount =
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint], { stdio: 'ignore' }).status === 0;
// A data folder seen through a read-only bind mount.
const roSource = tempDir('ro-src-');
const roMount = tempDir('ro-mnt-');
afterAll(() => {
  if (canMount) for (const p of [roMount, mountPoint]) spawnSync('umount', ['-l', p], { stdio: 'ignore' });
});

describe.skipIf(!canMount)('disk faults (tmpfs)', () => {
  it('a full disk and a read-only folder each get their own message, and the data stays', async () => {
    const dataDir = path.join(mountPoint, 'data');
    const ctx = open(dataDir);
    await ok(ctx, 'units.create', { code: 'A1', name: 'Trường Tiểu học Kim Đồng' });
    // Fill the disk.
    try {
      fs.writeFileSync(path.join(mountPoint, 'filler'), Buffer.alloc(8 * 1024 * 1024));
    } catch {
      // ENOSPC: full, as intended
    }
    const big = 'Tên rất dài '.repeat(20);
    let full = null;
    for (let i = 0; i < 200 && !full; i++) {
      const r = await call(ctx, 'units.create', { code: `F${i}`, name: `${big}${i}`.slice(0, 250), address: big });
      if (!r.ok) full = r.error;
    }
    expect(full).toMatchObject({ code: 'STORAGE' });
    expect(full!.message).toMatch(/đã đầy/);
    const backupFull = await call(ctx, 'backup.create', { folder: mountPoint });
    expect(backupFull.ok || backupFull.error.message).toMatch(/đầy/);
    fs.rmSync(path.join(mountPoint, 'filler'), { force: true });
    await ok(ctx, 'units.create', { code: 'A2', name: 'Sau khi dọn ổ đĩa' });

    expect((await ok(ctx, 'units.list', {})).items.map((u) => u.code)).toEqual(expect.arrayContaining(['A1', 'A2']));
    ctx.close();
  });
});

describe.skipIf(!canMount)('read-only data folder (bind mount)', () => {
  it('says the folder is read-only, at start and for a backup, and writes nothing', async () => {
    const seed = open(roSource);
    await ok(seed, 'units.create', { code: 'A1', name: 'Trường Tiểu học Kim Đồng' });
    seed.close();
    execFileSync('mount', ['--bind', roSource, roMount]);
    execFileSync('mount', ['-o', 'remount,bind,ro', roMount]);
    let thrown: unknown = null;
    try {
      open(roMount).close();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: 'STORAGE' });
    expect((thrown as Error).message).toMatch(/chỉ đọc|quyền ghi|Không mở được/);
    const ctx = testContext({ now: NOW });
    await ok(ctx, 'units.create', { code: 'B1', name: 'Đơn vị B' });
    const r = await call(ctx, 'backup.create', { folder: roMount });
    expect(r.ok || r.error.message).toMatch(/chỉ cho đọc/);
  });
});
