import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openDatabase } from '../../../electron/db/connection';
import { latestVersion, loadMigrations } from '../../../electron/db/migrate';
import { AppError } from '../../../shared/api/result';
import { MIGRATIONS_DIR, tempDir } from '../../support/context';

const LATEST = latestVersion(loadMigrations(MIGRATIONS_DIR));

describe('database', () => {
  it('creates a new database at the latest version with WAL and foreign keys', () => {
    const dataDir = tempDir();
    const { db, schemaVersion, backupFile } = openDatabase({ dataDir, migrationsDir: MIGRATIONS_DIR });
    expect(schemaVersion).toBe(LATEST);
    expect(backupFile).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('migrates from each older version, taking a backup copy first', () => {
    const all = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    for (let upTo = 1; upTo < all.length; upTo++) {
      const oldDir = tempDir('mig-');
      for (const f of all.slice(0, upTo)) fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(oldDir, f));
      const dataDir = tempDir();
      openDatabase({ dataDir, migrationsDir: oldDir }).db.close();
      const { db, schemaVersion, backupFile } = openDatabase({ dataDir, migrationsDir: MIGRATIONS_DIR });
      expect(schemaVersion).toBe(LATEST);
      expect(backupFile && fs.existsSync(backupFile)).toBeTruthy();
      const backup = new Database(backupFile!, { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(upTo);
      backup.close();
      db.close();
    }
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const dataDir = tempDir();
    openDatabase({ dataDir, migrationsDir: MIGRATIONS_DIR }).db.close();
    const file = path.join(dataDir, DB_FILE_NAME);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    let error: unknown;
    try {
      openDatabase({ dataDir, migrationsDir: MIGRATIONS_DIR });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toMatch(/phiên bản phần mềm mới hơn/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });

  it('rolls back a failing migration completely', () => {
    const dir = tempDir('mig-');
    fs.copyFileSync(path.join(MIGRATIONS_DIR, '0001_init.sql'), path.join(dir, '0001_init.sql'));
    fs.writeFileSync(path.join(dir, '0002_broken.sql'), 'CREATE TABLE half_done (id INTEGER);\nTHIS IS NOT SQL;');
    const dataDir = tempDir();
    expect(() => openDatabase({ dataDir, migrationsDir: dir })).toThrow();
    const db = new Database(path.join(dataDir, DB_FILE_NAME));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });
});
