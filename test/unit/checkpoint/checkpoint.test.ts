// A big write commits without waiting for the checkpoint: a worker thread copies its pages from the
// WAL into the database file (electron/services/checkpoint). Real SQLite files, a real worker.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../electron/db/connection';
import { checkpointsSettled, commitWithBackgroundCheckpoint } from '../../../electron/services/checkpoint/checkpoint-host';
import { testContext } from '../../support/context';

let ctx: ReturnType<typeof testContext>;
let file: string;

beforeEach(() => {
  ctx = testContext();
  file = path.join(ctx.dataDir, DB_FILE_NAME);
  ctx.db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
});
afterEach(async () => {
  await checkpointsSettled(file);
  ctx.close();
});

/** Writes some 12 MB in one transaction (3,000 pages, past SQLite's 1,000-page automatic checkpoint). */
function bigWrite(): void {
  ctx.db.exec('BEGIN IMMEDIATE');
  const ins = ctx.db.prepare('INSERT INTO bulk (text) VALUES (?)');
  for (let i = 0; i < 3000; i++) ins.run(`${i}`.padEnd(4000, 'x'));
}

const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
const rows = (db: typeof ctx.db) => db.prepare('SELECT COUNT(*) FROM bulk').pluck().get();

describe('the checkpoint of a big write', () => {
  it('runs in a worker: COMMIT returns with the pages still in the WAL, and the worker copies them into the file', async () => {
    const before = size(file);
    bigWrite();
    commitWithBackgroundCheckpoint(ctx.db, file, true);
    // Right after COMMIT (the worker cannot have started yet): the pages are only in the WAL, yet every reader sees them.
    expect(size(file)).toBe(before);
    expect(size(`${file}-wal`)).toBeGreaterThan(12_000_000);
    expect(rows(ctx.db)).toBe(3000);

    await checkpointsSettled(file);
    expect(size(file)).toBeGreaterThan(before + 12_000_000);
    // Nothing is left to copy: the worker did it all.
    const [r] = ctx.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    expect(r).toMatchObject({ busy: 0 });
    expect(r.checkpointed).toBe(r.log);
    // The file alone holds the data: a copy without its WAL reads every row.
    const copy = path.join(ctx.dataDir, 'copy.sqlite');
    fs.copyFileSync(file, copy);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(copy, { readonly: true });
    try {
      expect(rows(db)).toBe(3000);
    } finally {
      db.close();
    }
  });

  it('runs at COMMIT as SQLite does by itself for a small write', () => {
    const before = size(file);
    bigWrite();
    commitWithBackgroundCheckpoint(ctx.db, file, false);
    expect(size(file)).toBeGreaterThan(before + 12_000_000);
  });

  it('keeps writes after it safe: the next commits and a second big write wait for nothing and lose nothing', async () => {
    bigWrite();
    commitWithBackgroundCheckpoint(ctx.db, file, true);
    ctx.db.prepare('INSERT INTO bulk (text) VALUES (?)').run('một dòng nhỏ');
    bigWrite();
    commitWithBackgroundCheckpoint(ctx.db, file, true);
    await checkpointsSettled(file);
    expect(rows(ctx.db)).toBe(6001);
    expect(ctx.db.pragma('quick_check', { simple: true })).toBe('ok');
  });
});
