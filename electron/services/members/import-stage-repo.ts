// Where the accepted rows of a member import go (inside the import's transaction, import-commit.ts):
// a temporary table, filled STAGE_BATCH rows per statement, then copied into the register by SQLite
// in one statement per table. Binding each value once into a plain table and letting SQLite copy it
// is cheaper than binding every row three times (member, event, span). One copy, not several:
// every INSERT statement journals each index page it touches (the foreign keys make it able to
// abort half-way), and rows with random names, numbers and birth dates touch nearly every page of
// the members indexes, so copying 50,000 rows in chunks of 2,000 wrote some 500 MB of statement
// journal against 18 MB in one statement, and took 2.6 times as long.
import crypto from 'node:crypto';
import type { ServiceContext } from '../context';
import type { StagedRow } from './import-row';
import { INSERT_MEMBER_POSITIONAL_SQL, memberColumns } from './repo';

/** The members columns written by an import, as in INSERT_MEMBER_SQL. */
const MEMBER_COLS = /\(([^)]*)\)/
  .exec(INSERT_MEMBER_POSITIONAL_SQL)![1]
  .split(',')
  .map((c) => c.trim());
/** The same for every row of an import: given once when copying, not staged with each row. */
const IMPORT_CONSTANTS: Record<string, string> = { status: "'active'", import_id: '@importId', created_at: '@at', updated_at: '@at' };
/** What is staged for each row: the other members columns, then reg_date and row_label ("dòng 12"). */
const ROW_COLS = MEMBER_COLS.filter((c) => !(c in IMPORT_CONSTANTS));
type MemberColumn = keyof ReturnType<typeof memberColumns>;
const STAGE_BATCH = 500;
const STAGE_COLS = ROW_COLS.length + 2;

export interface ImportStage {
  add(row: StagedRow): void;
  /**
   * Copies what is left; returns how many rows were already in the register (and left alone) and
   * the ids the new members may have (firstId..lastId; the left-out rows leave gaps), or null if none.
   */
  finish(): { existing: number; ids: [firstId: number, lastId: number] | null };
}

/**
 * Opens the stage; the caller holds the transaction. Member ids are MAX(id) + the row's place in
 * the stage. Rows whose CCCD or member code is already in the register are marked and left out
 * (the file's own duplicates never get here: the reader marks them as errors); the others become
 * members with their `register` event and membership span.
 */
export function openImportStage(ctx: ServiceContext, opts: { importId: number; at: string; notePrefix: string }): ImportStage {
  const { importId, at, notePrefix } = opts;
  const db = ctx.db;
  const stage = `temp.member_import_${crypto.randomBytes(6).toString('hex')}`;
  db.exec(
    `CREATE TABLE ${stage} (seq INTEGER PRIMARY KEY, ${ROW_COLS.join(', ')}, reg_date TEXT NOT NULL, row_label TEXT NOT NULL, existing_id INTEGER)`,
  );
  const base = db.prepare('SELECT COALESCE(MAX(id), 0) FROM members').pluck().get() as number;

  const tuple = `(${Array(STAGE_COLS).fill('?').join(', ')})`;
  const stagedCols = `${ROW_COLS.join(', ')}, reg_date, row_label`;
  const insOne = db.prepare(`INSERT INTO ${stage} (${stagedCols}) VALUES ${tuple}`);
  const insBatch = db.prepare(`INSERT INTO ${stage} (${stagedCols}) VALUES ${Array(STAGE_BATCH).fill(tuple).join(', ')}`);
  const markExisting = db.prepare(
    `UPDATE ${stage} AS s SET existing_id = COALESCE(
       (SELECT m.id FROM members m WHERE m.cccd = s.cccd AND s.cccd IS NOT NULL LIMIT 1),
       (SELECT m.id FROM members m WHERE m.member_code_key = s.member_code_key AND s.member_code_key IS NOT NULL LIMIT 1),
       (SELECT m.id FROM members m WHERE m.cmnd = s.cmnd AND s.cmnd IS NOT NULL LIMIT 1))`,
  );
  const countExisting = db.prepare(`SELECT COUNT(*) FROM ${stage} WHERE existing_id IS NOT NULL`).pluck();
  const newRows = `FROM ${stage} WHERE existing_id IS NULL ORDER BY seq`;
  const memberValues = MEMBER_COLS.map((c) => IMPORT_CONSTANTS[c] ?? c).join(', ');
  const insMembers = db.prepare(`INSERT INTO members (id, ${MEMBER_COLS.join(', ')}) SELECT @base + seq, ${memberValues} ${newRows}`);
  const insEvents = db.prepare(
    `INSERT INTO member_events (member_id, kind, date, to_unit_id, note, created_at) SELECT @base + seq, 'register', reg_date, unit_id, @note || row_label, @at ${newRows}`,
  );
  const insSpans = db.prepare(
    `INSERT INTO member_spans (member_id, unit_id, start_on, female, minority, party_from)
     SELECT @base + seq, unit_id, reg_date, COALESCE(gender = 'nu', 0), ethnic_minority, CASE WHEN party_member = 1 THEN COALESCE(party_date, '0000') END ${newRows}`,
  );

  let batch: unknown[] = [];
  let staged = 0;
  let existing = 0;
  const copyAll = () => {
    if (staged === 0) return;
    markExisting.run();
    existing = countExisting.get() as number;
    insMembers.run({ base, importId, at });
    insEvents.run({ base, note: notePrefix, at });
    insSpans.run({ base });
  };
  const flush = () => {
    if (batch.length === STAGE_BATCH * STAGE_COLS) insBatch.run(batch);
    else for (let i = 0; i < batch.length; i += STAGE_COLS) insOne.run(batch.slice(i, i + STAGE_COLS));
    staged += batch.length / STAGE_COLS;
    batch = [];
  };

  return {
    add(row) {
      const f = row.fields!;
      const c = memberColumns(f);
      for (const col of ROW_COLS) batch.push(col === 'unit_id' ? row.unitId : c[col as MemberColumn]);
      batch.push(row.registerOn, row.where);
      if (batch.length >= STAGE_BATCH * STAGE_COLS) flush();
    },
    finish() {
      if (batch.length) flush();
      copyAll();
      db.exec(`DROP TABLE ${stage}`);
      // The last id actually used: rows left out at the end leave no gap to read.
      const last = db.prepare('SELECT COALESCE(MAX(id), 0) FROM members').pluck().get() as number;
      return { existing, ids: last > base ? [base + 1, last] : null };
    },
  };
}
