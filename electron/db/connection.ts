import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, assertNotNewer, currentVersion, latestVersion, loadMigrations } from './migrate';

export const DB_FILE_NAME = 'congdoan.sqlite';

export interface OpenOptions {
  dataDir: string;
  migrationsDir: string;
}

export interface OpenedDatabase {
  db: Database.Database;
  file: string;
  schemaVersion: number;
  /** Path of the copy taken before migrating, if one was needed. */
  backupFile: string | null;
}

/**
 * Opens (creating if needed) the office database in `dataDir`, refusing a newer schema and
 * copying the file aside before any migration touches it.
 */
export function openDatabase({ dataDir, migrationsDir }: OpenOptions): OpenedDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE_NAME);
  const migrations = loadMigrations(migrationsDir);
  const latest = latestVersion(migrations);
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;

  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');

    const current = currentVersion(db);
    assertNotNewer(current, latest);

    let backupFile: string | null = null;
    if (existed && current < latest) {
      backupFile = backupBeforeMigration(db, dataDir, current);
    }
    applyMigrations(db, migrations);
    return { db, file, schemaVersion: currentVersion(db), backupFile };
  } catch (e) {
    db.close();
    throw e;
  }
}

function backupBeforeMigration(db: Database.Database, dataDir: string, fromVersion: number): string {
  const dir = path.join(dataDir, 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `truoc-nang-cap-v${fromVersion}-${stamp}.sqlite`);
  // VACUUM INTO writes a consistent copy even with a WAL file beside the database.
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
