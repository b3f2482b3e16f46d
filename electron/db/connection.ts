import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import { applyMigrations, assertNotNewer, currentVersion, latestVersion, loadMigrations } from './migrate';

export const DB_FILE_NAME = 'congdoan.sqlite';

export const DAMAGED_MESSAGE =
  'Tệp dữ liệu của phần mềm đã bị hỏng (có thể do mất điện hoặc ổ đĩa lỗi), nên phần mềm không ghi gì thêm vào đó. ' +
  'Hãy khôi phục từ bản sao lưu gần nhất.';

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
    try {
      db.pragma('journal_mode = WAL');
      // A damaged file is never written to: a quick check before anything else (about 0.1 s per 100,000 members).
      const check = db.pragma('quick_check') as { quick_check: string }[];
      if (check.length !== 1 || check[0].quick_check !== 'ok')
        throw Object.assign(new Error('quick_check failed'), { code: 'SQLITE_CORRUPT' });
    } catch (e) {
      const code = String((e as { code?: unknown }).code ?? '');
      if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) throw new AppError('DB_DAMAGED', DAMAGED_MESSAGE);
      throw e;
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    immediateTransactions(db);

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

/**
 * Every `db.transaction(fn)()` starts with BEGIN IMMEDIATE: it takes the write lock at the start,
 * so busy_timeout applies. A deferred transaction that reads first and then writes fails at once
 * with SQLITE_BUSY when another connection holds the lock, without waiting.
 */
function immediateTransactions(db: Database.Database): void {
  const make = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const tx = make(fn);
    return Object.assign((...args: unknown[]) => tx.immediate(...args), {
      default: tx.immediate,
      deferred: tx.deferred,
      immediate: tx.immediate,
      exclusive: tx.exclusive,
    });
  }) as typeof db.transaction;
}
