import fs from 'node:fs';
import { sweepReportArchive } from './reports/archive-sweep';
import { sweepIncomingArchive } from './incoming/files';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import { applyMigrations, currentVersion, loadMigrations } from '../db/migrate';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { makeClock } from './clock';
import { lockDataFolder } from './data-lock';
import { databaseFault } from './faults';
import type { ServiceContext } from './context';

export interface BootOptions {
  dataDir: string;
  migrationsDir: string;
  mode: ServiceContext['mode'];
  appVersion: string;
  now?: () => Date;
  /** Hold the data folder for this process (the app itself); a second app on the folder is refused. */
  lock?: boolean;
  /** Start in recovery mode on a damaged database instead of refusing to start (the app; tests refuse). */
  recoverable?: boolean;
}

/** An empty in-memory database for recovery mode: handlers that run by mistake touch nothing on disk. */
export function placeholderDatabase(migrationsDir: string): { db: Database.Database; schemaVersion: number } {
  const db = new Database(':memory:');
  applyMigrations(db, loadMigrations(migrationsDir));
  return { db, schemaVersion: currentVersion(db) };
}

/** Leaves the damaged file alone from now on: the context switches to recovery mode. */
export function enterRecovery(ctx: ServiceContext, reason: string): void {
  if (ctx.recovery) return;
  try {
    ctx.db.close();
  } catch {
    // Closing a damaged connection may fail; it is dropped either way.
  }
  ctx.db = placeholderDatabase(ctx.migrationsDir).db;
  ctx.recovery = { reason };
}

/** Opens the database and builds the context every handler runs with. Shared by Electron, browser mode and tests. */
export function createContext(opts: BootOptions): ServiceContext & { close: () => void } {
  const now = opts.now ?? makeClock();
  const release = opts.lock ? lockDataFolder(opts.dataDir, now()) : () => undefined;
  let opened: { db: Database.Database; schemaVersion: number };
  let recovery: ServiceContext['recovery'] = null;
  try {
    opened = openDatabase({ dataDir: opts.dataDir, migrationsDir: opts.migrationsDir });
  } catch (e) {
    if (!(opts.recoverable && e instanceof AppError && e.code === 'DB_DAMAGED')) {
      release();
      // A read-only folder, a full disk, a file held by another program: their own messages.
      throw databaseFault(e) ?? e;
    }
    recovery = { reason: e.message };
    opened = placeholderDatabase(opts.migrationsDir);
  }
  const ctx: ServiceContext & { close: () => void } = {
    db: opened.db,
    dataDir: opts.dataDir,
    schemaVersion: opened.schemaVersion,
    mode: opts.mode,
    appVersion: opts.appVersion,
    migrationsDir: opts.migrationsDir,
    recovery,
    now,
    // The connection of the moment: a restore replaces it.
    close: () => {
      ctx.db.close();
      release();
    },
  };
  // The app that holds the folder cleans what an interrupted import left behind.
  if (opts.lock && !recovery) {
    sweepReportArchive(ctx);
    sweepIncomingArchive(ctx);
  }
  return ctx;
}

/** The project root (where package.json lives), found from any file inside it. */
export function findAppRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${from}`);
    dir = up;
  }
}

export function readAppVersion(appRoot: string): string {
  return (JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
