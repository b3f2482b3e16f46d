// SQL of a member list import besides the staging table (import-stage-repo.ts): the record of each
// import (member_imports), the states a preview depends on, the insert trigger suspended for a bulk
// import, and the explicit transaction the import runs in (it awaits progress between rows, which
// a better-sqlite3 transaction function cannot).
import path from 'node:path';
import type { MemberStatus } from '../../../shared/members/schema';
import { DB_FILE_NAME } from '../../db/connection';
import { commitWithBackgroundCheckpoint } from '../checkpoint/checkpoint-host';
import type { ServiceContext } from '../context';

/** Sets SQLite's page cache (negative = KiB) and returns what restores the one before. */
export function widenPageCache(ctx: ServiceContext, size: number): () => void {
  const before = ctx.db.pragma('cache_size', { simple: true }) as number;
  ctx.db.pragma(`cache_size = ${size}`);
  return () => ctx.db.pragma(`cache_size = ${before}`);
}

export function beginImmediate(ctx: ServiceContext): void {
  ctx.db.exec('BEGIN IMMEDIATE');
}

/** From this many new members on, the checkpoint of an import runs in the background (checkpoint-host.ts). */
const BACKGROUND_CHECKPOINT_ROWS = 5000;

export function commit(ctx: ServiceContext, created: number): void {
  commitWithBackgroundCheckpoint(ctx.db, path.join(ctx.dataDir, DB_FILE_NAME), created >= BACKGROUND_CHECKPOINT_ROWS);
}

/** Rolls back the open transaction, if any; never throws (a closing connection rolls back by itself). */
export function rollbackQuietly(ctx: ServiceContext): void {
  try {
    if (ctx.db.inTransaction) ctx.db.exec('ROLLBACK');
  } catch {
    // the connection is closing: SQLite rolls back by itself
  }
}

export function insertImportRecord(ctx: ServiceContext, at: string, fileName: string, sha256: string): number {
  return Number(
    ctx.db
      .prepare('INSERT INTO member_imports (at, file_name, sha256, stored_path, created) VALUES (?, ?, ?, NULL, 0)')
      .run(at, fileName, sha256).lastInsertRowid,
  );
}

export function finishImportRecord(ctx: ServiceContext, importId: number, storedPath: string | null, created: number): void {
  ctx.db.prepare('UPDATE member_imports SET stored_path = ?, created = ? WHERE id = ?').run(storedPath, created, importId);
}

/** The latest import of a file with this content, if any. */
export function previousImport(ctx: ServiceContext, sha256: string): { at: string; fileName: string; created: number } | null {
  return (
    (ctx.db
      .prepare('SELECT at, file_name AS fileName, created FROM member_imports WHERE sha256 = ? ORDER BY id DESC LIMIT 1')
      .get(sha256) as { at: string; fileName: string; created: number } | undefined) ?? null
  );
}

/**
 * Drops the per-row change trigger of members for a bulk insert (inside the import's transaction,
 * so a rollback restores it too) and returns what restores it.
 */
export function suspendInsertTrigger(ctx: ServiceContext): () => void {
  const sql = ctx.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'members_changed_insert'").pluck().get() as
    string | undefined;
  if (!sql) return () => undefined;
  ctx.db.exec('DROP TRIGGER members_changed_insert');
  return () => ctx.db.exec(sql);
}

/** One change entry for a range of new member ids (search indexes read just that range). */
export function markInsertedRange(ctx: ServiceContext, firstId: number, lastId: number): void {
  ctx.db.prepare('INSERT INTO member_changes (member_id, last_id) VALUES (?, ?)').run(firstId, lastId);
}

/** Changes when a unit is added, renamed or dissolved. */
export function unitsVersion(ctx: ServiceContext): string {
  return ctx.db.prepare("SELECT COUNT(*) || '/' || COALESCE(MAX(updated_at), '') FROM units").pluck().get() as string;
}

/** Changes when a member is added, edited or deleted. */
export function registerVersion(ctx: ServiceContext): string {
  return ctx.db
    .prepare("SELECT (SELECT COALESCE(MAX(seq), 0) FROM member_changes) || '/' || (SELECT COUNT(*) FROM members)")
    .pluck()
    .get() as string;
}

/** Who holds a member id: name, status and unit, for the import's messages. */
export function memberHolderReader(ctx: ServiceContext): (id: number) => { name: string; status: MemberStatus; unitName: string } {
  const stmt = ctx.db.prepare('SELECT m.name, m.status, u.name AS unitName FROM members m JOIN units u ON u.id = m.unit_id WHERE m.id = ?');
  return (id) => stmt.get(id) as { name: string; status: MemberStatus; unitName: string };
}
