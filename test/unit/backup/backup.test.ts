import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupAtStart, backupsToKeep, listAutomatic } from '../../../electron/services/backup/automatic';
import { MANIFEST_PART, packBackup, sha256, unpackBackup } from '../../../electron/services/backup/container';
import { DB_FILE_NAME, openDatabase } from '../../../electron/db/connection';
import type { BackupFileInfo, BackupManifest } from '../../../shared/backup/schema';
import { APP_ROOT, call, dumpDatabase, MIGRATIONS_DIR, ok, tempDir, testContext } from '../../support/context';
import { archivedFiles, seedRegister } from './helpers';

// Local time, as the clerk's PC reads it.
const NOW = new Date(2026, 11, 2, 10, 45);

describe('backup and restore', () => {
  it('restores exactly what was backed up: every table and the report archive', async () => {
    const ctx = testContext({ now: NOW });
    await seedRegister(ctx);
    const usb = tempDir('usb-');
    const before = dumpDatabase(ctx);
    const archiveBefore = archivedFiles(ctx);

    const made = await ok(ctx, 'backup.create', { folder: usb });
    expect(made.verified).toBe(true);
    expect(path.dirname(made.file)).toBe(usb);
    expect(path.basename(made.file)).toBe('CongDoan_CONG_DOAN_XA_VINH_BINH_BAC_2026-12-02_1045.cdbk');
    expect(made.manifest).toMatchObject({
      schemaVersion: ctx.schemaVersion,
      office: 'CÔNG ĐOÀN XÃ VĨNH BÌNH BẮC',
      counts: { units: 2, members: 3, documents: 0, rounds: 0 },
    });
    expect(made.manifest.parts.map((p) => p.name)).toEqual(['congdoan.sqlite', `archive/reports/${'a'.repeat(64)}.xlsx`]);

    // Work goes on after the backup …
    await ok(ctx, 'units.create', { code: 'CD03', name: 'UBND xã Vĩnh Bình Bắc' });
    fs.writeFileSync(path.join(ctx.dataDir, 'archive', 'reports', `${'b'.repeat(64)}.xlsx`), 'later');
    // … and the clerk restores.
    const inspected = await ok(ctx, 'backup.inspect', { file: made.file });
    expect(inspected.current.units).toBe(3);
    expect(inspected.manifest.counts.units).toBe(2);
    const restored = await ok(ctx, 'backup.restore', { file: made.file });
    expect(fs.existsSync(restored.safetyBackup)).toBe(true);

    expect(dumpDatabase(ctx)).toEqual(before);
    expect(archivedFiles(ctx)).toEqual(archiveBefore);
    // The copy taken just before the restore holds the unit added afterwards.
    const safety = await ok(ctx, 'backup.inspect', { file: restored.safetyBackup });
    expect(safety.manifest.counts.units).toBe(3);
    expect(safety.manifest.kind).toBe('before-restore');
    // The app keeps working on the restored data.
    await ok(ctx, 'units.create', { code: 'CD04', name: 'Trường Mầm non Hoa Sen' });
  });

  it('takes a consistent snapshot while writes go on', async () => {
    const ctx = testContext({ now: NOW });
    await seedRegister(ctx);
    const filler = ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, hex(randomblob(4000)))');
    for (let i = 0; i < 3000; i++) filler.run(`filler-${i}`);
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await ok(ctx, 'units.create', { code: `W${written}`, name: `Đơn vị ghi song song ${written}` });
        written++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const made = await ok(ctx, 'backup.create', { folder: tempDir('usb-') });
    writing = false;
    await writer;
    // verified: the file's database passed integrity_check and holds the counts of its manifest.
    expect(made.verified).toBe(true);
    const restored = testContext({ now: NOW });
    await ok(restored, 'backup.restore', { file: made.file });
    const units = (restored.db.prepare('SELECT COUNT(*) AS n FROM units').get() as { n: number }).n;
    expect(units).toBe(made.manifest.counts.units);
    expect(units).toBeGreaterThanOrEqual(2);
  });

  it('encrypts with a password; a wrong or missing password is told and changes nothing', async () => {
    const ctx = testContext({ now: NOW });
    await seedRegister(ctx);
    const made = await ok(ctx, 'backup.create', { folder: tempDir('usb-'), password: 'mật khẩu 2026' });
    expect(made.encrypted).toBe(true);
    const bytes = fs.readFileSync(made.file);
    expect(bytes.includes(Buffer.from('Trần Thị Bé'))).toBe(false);
    expect(bytes.includes(Buffer.from('091185001234'))).toBe(false);
    expect(bytes.subarray(0, 4).toString('latin1')).not.toBe('PK\u0003\u0004');

    await ok(ctx, 'units.create', { code: 'CD09', name: 'Đơn vị thêm sau' });
    const before = dumpDatabase(ctx);
    const wrong = await call(ctx, 'backup.restore', { file: made.file, password: 'sai mật khẩu' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { password: 'Mật khẩu không đúng.' } } });
    const missing = await call(ctx, 'backup.inspect', { file: made.file });
    expect(missing.ok || missing.error.message).toMatch(/có mật khẩu/);
    expect(dumpDatabase(ctx)).toEqual(before);

    const inspected = await ok(ctx, 'backup.inspect', { file: made.file, password: 'mật khẩu 2026' });
    expect(inspected.encrypted).toBe(true);
    expect(inspected.manifest.counts.members).toBe(3);
    await ok(ctx, 'backup.restore', { file: made.file, password: 'mật khẩu 2026' });
    expect((ctx.db.prepare("SELECT COUNT(*) AS n FROM units WHERE code = 'CD09'").get() as { n: number }).n).toBe(0);
  });

  it('refuses a damaged, altered or foreign file and changes nothing', async () => {
    const ctx = testContext({ now: NOW });
    await seedRegister(ctx);
    const dir = tempDir('usb-');
    const plain = await ok(ctx, 'backup.create', { folder: dir });
    const locked = await ok(ctx, 'backup.create', { folder: dir, password: 'matkhau1' });
    const before = dumpDatabase(ctx);

    const flipped = path.join(dir, 'flipped.cdbk');
    const enc = fs.readFileSync(locked.file);
    enc[Math.floor(enc.length / 2)] ^= 0xff;
    fs.writeFileSync(flipped, enc);

    // Altered: a unit renamed inside the zip (the database part no longer matches its hash).
    const entries = unzipSync(fs.readFileSync(plain.file));
    const db = Buffer.from(entries['congdoan.sqlite']);
    const at = db.indexOf(Buffer.from('Minh Phú'));
    expect(at).toBeGreaterThan(0);
    db.write('Minh Phu', at);
    const altered = path.join(dir, 'altered.cdbk');
    fs.writeFileSync(altered, zipSync({ ...entries, 'congdoan.sqlite': new Uint8Array(db) }));

    // A manifest that lists a part outside the archive folder.
    const manifest = JSON.parse(Buffer.from(entries[MANIFEST_PART]).toString()) as BackupManifest;
    manifest.parts.push({ name: '../../evil.txt', size: 1, sha256: '0'.repeat(64) });
    const traversal = path.join(dir, 'traversal.cdbk');
    fs.writeFileSync(traversal, zipSync({ ...entries, [MANIFEST_PART]: strToU8(JSON.stringify(manifest)) }));

    const text = path.join(dir, 'ghi-chu.cdbk');
    fs.writeFileSync(text, 'Đây không phải bản sao lưu');

    for (const [file, password, message] of [
      [flipped, 'matkhau1', /bị hỏng hoặc bị sửa/],
      [altered, undefined, /bị hỏng hoặc bị sửa/],
      [traversal, undefined, /không phải tệp sao lưu/],
      [text, undefined, /không phải tệp sao lưu/],
      [path.join(dir, 'khong-co.cdbk'), undefined, /Không tìm thấy/],
    ] as const) {
      const r = await call(ctx, 'backup.restore', { file, password });
      expect(r.ok, file).toBe(false);
      if (!r.ok) expect(r.error.message, file).toMatch(message);
    }
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(fs.existsSync(path.join(ctx.dataDir, '..', 'evil.txt'))).toBe(false);

    // A database damaged inside a backup whose hashes agree (packed again after the damage): it is
    // refused by the integrity check, and the copy of the current data started meanwhile is removed.
    const backups = path.join(ctx.dataDir, 'backups');
    const safetyBefore = fs.existsSync(backups) ? fs.readdirSync(backups) : [];
    const { manifest: m, parts } = await unpackBackup(fs.readFileSync(plain.file), null);
    const broken = Buffer.from(parts.get('congdoan.sqlite')!);
    broken.fill(0x5a, 4096 * 2, 4096 * 3); // page 3, a table or index page of the register
    parts.set('congdoan.sqlite', broken);
    const rehashed = { ...m, parts: m.parts.map((p) => (p.name === 'congdoan.sqlite' ? { ...p, sha256: sha256(broken) } : p)) };
    const damagedDb = path.join(dir, 'hong-ben-trong.cdbk');
    fs.writeFileSync(damagedDb, await packBackup(rehashed, parts, null));
    const r = await call(ctx, 'backup.restore', { file: damagedDb });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!r.ok) expect(r.error.message).toMatch(/Cơ sở dữ liệu trong bản sao lưu bị hỏng nên không khôi phục được/);
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual(safetyBefore);
  });

  it('refuses a backup made by a newer version; migrates one made by an older version', async () => {
    const ctx = testContext({ now: NOW });
    await seedRegister(ctx);
    const dir = tempDir('usb-');
    const made = await ok(ctx, 'backup.create', { folder: dir });
    const entries = unzipSync(fs.readFileSync(made.file));
    const manifest = JSON.parse(Buffer.from(entries[MANIFEST_PART]).toString()) as BackupManifest;
    const newer = path.join(dir, 'newer.cdbk');
    fs.writeFileSync(
      newer,
      zipSync({ ...entries, [MANIFEST_PART]: strToU8(JSON.stringify({ ...manifest, schemaVersion: 999, appVersion: '9.0.0' })) }),
    );
    const r = await call(ctx, 'backup.restore', { file: newer });
    expect(r.ok || r.error.message).toMatch(/phiên bản phần mềm mới hơn tạo \(9\.0\.0\)/);

    // An older backup: a database at schema version 1 (units only), packed as that version did.
    const oldMigrations = tempDir('mig-');
    fs.copyFileSync(path.join(MIGRATIONS_DIR, '0001_init.sql'), path.join(oldMigrations, '0001_init.sql'));
    const oldData = tempDir('old-');
    const old = openDatabase({ dataDir: oldData, migrationsDir: oldMigrations }).db;
    old
      .prepare(
        "INSERT INTO units (code, code_key, name, name_key, created_at, updated_at) VALUES ('CU1', 'cu1', 'Đơn vị cũ', 'don vi cu', '2024-01-01', '2024-01-01')",
      )
      .run();
    old.close();
    const oldDb = fs.readFileSync(path.join(oldData, DB_FILE_NAME));
    const oldManifest: BackupManifest = {
      ...manifest,
      appVersion: '0.0.1',
      schemaVersion: 1,
      counts: { units: 1, members: 0, documents: 0, rounds: 0 },
      parts: [{ name: 'congdoan.sqlite', size: oldDb.length, sha256: sha256(oldDb) }],
    };
    const older = path.join(dir, 'older.cdbk');
    fs.writeFileSync(older, await packBackup(oldManifest, new Map([['congdoan.sqlite', oldDb]]), null));
    const restored = await ok(ctx, 'backup.restore', { file: older });
    expect(restored.schemaVersion).toBe(ctx.schemaVersion);
    expect(ctx.db.pragma('user_version', { simple: true })).toBe(restored.schemaVersion);
    expect(restored.schemaVersion).toBeGreaterThan(1);
    expect(ctx.db.prepare('SELECT code FROM units').all()).toEqual([{ code: 'CU1' }]);
    await ok(ctx, 'members.create', { unitId: 1, name: 'Người mới', birthDate: '1990' });
  });
});

describe('automatic backups', () => {
  const info = (file: string, createdAt: string, kind: BackupFileInfo['kind'] = 'daily'): BackupFileInfo => ({
    file,
    name: file,
    kind,
    createdAt,
    size: 1,
  });

  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months', () => {
    const files: BackupFileInfo[] = [];
    for (let d = 0; d < 400; d++) {
      const day = new Date(Date.UTC(2026, 11, 2) - d * 86_400_000).toISOString().slice(0, 10);
      files.push(info(`${day}-close`, `${day}T17:00`, 'close'), info(`${day}-daily`, `${day}T07:30`));
    }
    const keep = backupsToKeep(files, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    const kept = [...keep].sort().reverse();
    expect(kept.slice(0, 7)).toEqual([
      '2026-12-02-close',
      '2026-12-01-close',
      '2026-11-30-close',
      '2026-11-29-close',
      '2026-11-28-close',
      '2026-11-27-close',
      '2026-11-26-close',
    ]);
    // Months: the newest of each of the last 12 months (Dec 2026 back to Jan 2026).
    for (const m of ['2026-10-31', '2026-09-30', '2026-01-31']) expect(keep.has(`${m}-close`)).toBe(true);
    expect(keep.has('2025-12-31-close')).toBe(false);
    expect(keep.size).toBeLessThanOrEqual(7 + 4 + 12);
    expect(keep.size).toBeGreaterThanOrEqual(12);
    // Copies taken before a restore are kept apart from the rotation.
    const withSafety = [...files, info('safety', '2020-01-01T00:00', 'before-restore')];
    expect(backupsToKeep(withSafety, { keepDaily: 0, keepWeekly: 0, keepMonthly: 0 })).toEqual(new Set(['safety']));
  });

  it('backs up once a day at start, never an empty register, and rotates', async () => {
    const ctx = testContext({ now: NOW });
    expect(await backupAtStart(ctx)).toBeNull();
    await seedRegister(ctx);
    const first = await backupAtStart(ctx);
    expect(first).toMatch(/_2026-12-02_1045_tu-dong\.cdbk$/);
    expect(await backupAtStart(ctx)).toBeNull();
    expect(listAutomatic(ctx).map((f) => f.kind)).toEqual(['daily']);
    const list = await ok(ctx, 'backup.list', {});
    expect(list.automatic).toHaveLength(1);
    expect(list.automaticBytes).toBeGreaterThan(0);
    // A backup cut short (the app killed while writing) leaves work files that the rotation removes.
    fs.writeFileSync(path.join(list.folder, 'x.cdbk.partial'), 'cut');
    await ok(ctx, 'backup.updateSettings', { keepDaily: 3, keepWeekly: 2, keepMonthly: 6, remindAfterDays: 10 });
    expect(fs.readdirSync(list.folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
    expect(await ok(ctx, 'backup.settings', {})).toMatchObject({ keepDaily: 3, remindAfterDays: 10 });
  });

  it('reminds on the dashboard until a backup to an outside drive is made', async () => {
    const ctx = testContext({ now: NOW });
    expect((await ok(ctx, 'app.dashboard', {})).backup.remind).toBe(false); // nothing to lose yet
    await seedRegister(ctx);
    expect((await ok(ctx, 'app.dashboard', {})).backup).toMatchObject({ remind: true, lastExternalAt: null });
    await ok(ctx, 'backup.create', { folder: tempDir('usb-') });
    expect((await ok(ctx, 'app.dashboard', {})).backup).toMatchObject({ remind: false, lastExternalAt: NOW.toISOString() });
  });
});

describe('a backup cut short', () => {
  it('kill -9 while writing leaves no file that looks like a valid backup', async () => {
    const dataDir = tempDir('kill-data-');
    const folder = tempDir('kill-usb-');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('test', 'unit', 'backup', 'backup-loop.ts'), dataDir, folder], {
      cwd: APP_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((r) => child.stdout!.once('data', () => r()));
    // Kill it in the middle of writing a file (a .partial is on disk), after a few complete ones.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const names = fs.readdirSync(folder);
      if (names.filter((n) => n.endsWith('.cdbk')).length >= 2 && names.some((n) => n.endsWith('.partial'))) break;
      await new Promise((r) => setTimeout(r, 1));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const names = fs.readdirSync(folder);
    const complete = names.filter((n) => n.endsWith('.cdbk'));
    expect(complete.length).toBeGreaterThanOrEqual(2);
    // Every file named like a backup opens and checks whole; the cut one is only a .partial.
    for (const n of complete) await unpackBackup(fs.readFileSync(path.join(folder, n)), null);
    expect(names.filter((n) => !n.endsWith('.cdbk')).every((n) => n.endsWith('.cdbk.partial'))).toBe(true);
  });
});

describe('backup progress', () => {
  it('reports its steps in order while the backup runs, and nothing after', async () => {
    const ctx = testContext({ now: NOW });
    await seedRegister(ctx);
    const filler = ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, hex(randomblob(20000)))');
    for (let i = 0; i < 800; i++) filler.run(`filler-${i}`);
    const seen: { phase: string; percent: number }[] = [];
    let running = true;
    const poll = (async () => {
      while (running) {
        const p = await ok(ctx, 'backup.progress', {});
        if (p && (seen.length === 0 || seen[seen.length - 1].phase !== p.phase || seen[seen.length - 1].percent !== p.percent))
          seen.push(p);
        await new Promise((r) => setImmediate(r));
      }
    })();
    await ok(ctx, 'backup.create', { folder: tempDir('usb-'), password: 'matkhau1' });
    running = false;
    await poll;
    const phases = [...new Set(seen.map((s) => s.phase))];
    expect(phases).toEqual(['Đang chụp lại dữ liệu', 'Đang nén và mã hóa', 'Đang ghi tệp sao lưu', 'Đang đọc lại tệp để kiểm tra']);
    for (let i = 1; i < seen.length; i++) expect(seen[i].percent).toBeGreaterThanOrEqual(seen[i - 1].percent);
    expect(await ok(ctx, 'backup.progress', {})).toBeNull();
  });
});
