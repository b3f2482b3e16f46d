// SQL that reads what it can from a damaged register (recovery.ts saves it to Excel).
import Database from 'better-sqlite3';

const CHUNK = 500;

/** The damaged file opened read-only, or null when not even its table list can be read. */
export function openForSalvage(file: string): Database.Database | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT name FROM sqlite_master').all();
    return db;
  } catch {
    db?.close();
    return null;
  }
}

/** Reads a table by ranges of row ids, row by row inside a range that fails; damaged parts are skipped. */
export function salvageTable(db: Database.Database, table: string): { columns: string[]; rows: unknown[][]; unreadable: number } {
  const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
  const range = db.prepare(`SELECT * FROM "${table}" WHERE rowid BETWEEN ? AND ? ORDER BY rowid`).raw();
  const one = db.prepare(`SELECT * FROM "${table}" WHERE rowid = ?`).raw();
  let max: number;
  try {
    max = ((db.prepare(`SELECT MAX(rowid) AS m FROM "${table}"`).get() as { m: number | null }).m ?? 0) as number;
  } catch {
    max = 2_000_000; // the end of the table is in a damaged part: look far enough
  }
  const rows: unknown[][] = [];
  let unreadable = 0;
  let emptyRun = 0;
  for (let from = 1; from <= max && emptyRun < 200; from += CHUNK) {
    try {
      const got = range.all(from, from + CHUNK - 1) as unknown[][];
      rows.push(...got);
      emptyRun = got.length ? 0 : emptyRun + 1;
    } catch {
      for (let id = from; id < from + CHUNK; id++) {
        try {
          const r = one.get(id) as unknown[] | undefined;
          if (r) rows.push(r);
        } catch {
          unreadable++;
        }
      }
    }
  }
  return { columns, rows, unreadable };
}
