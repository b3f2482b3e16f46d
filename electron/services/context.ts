import type Database from 'better-sqlite3';

/** What every handler gets besides its input. No Electron in here: it runs under plain Node too. */
export interface ServiceContext {
  db: Database.Database;
  dataDir: string;
  schemaVersion: number;
  mode: 'desktop' | 'browser';
  appVersion: string;
  /** The SQL migrations, to bring a restored older backup up to date. */
  migrationsDir: string;
  /**
   * Set when the database was found damaged (at start or while running): ctx.db is then an empty
   * in-memory database, the damaged file is never written to, and only recovery calls are served.
   */
  recovery: { reason: string } | null;
  /** Injected clock so tests can pin "today". */
  now: () => Date;
}

export function nowIso(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}
