// Where the accepted rows of a member import go while the file is still being read (inside the
// import's transaction, import-commit.ts): a temporary table, filled STAGE_BATCH rows per
// statement, and copied into the register by SQLite every COPY_CHUNK rows. Binding each value
// once into a plain table and letting SQLite copy it is cheaper than binding every row three
// times (member, event, span).
import crypto from 'node:crypto';
import type { ServiceContext } from '../context';
import { initialRegisterDate } from './events';
import type { ParsedMemberRow } from './import-parse';
import { INSERT_MEMBER_POSITIONAL_SQL, memberInsertValues } from './repo';

/** The members columns written by an import, as in INSERT_MEMBER_SQL. */
const MEMBER_COLS = /\(([^)]*)\)/.exec(INSERT_MEMBER_POSITIONAL_SQL)![1].replace(/\s+/g, ' ').trim();
const STAGE_BATCH = 500;
/** Columns of a staged row: the members columns, reg_date, row_number. */
const STAGE_COLS = MEMBER_COLS.split(',').length + 2;
/** Staged rows are copied into the register this many at a time while the file is still being read. */
const COPY_CHUNK = 2000;

export interface ImportStage {
  add(row: ParsedMemberRow): void;
  /** Copies what is left; returns how many rows were already in the register (and left alone). */
  finish(): number;
}

/**
 * Opens the stage; the caller holds the transaction. Member ids are MAX(id) + the row's place in
 * the stage. Rows whose CCCD or member code is already in the register are marked and left out
 * (the file's own duplicates never get here: the reader marks them as errors); the others become
 * members with their `register` event and membership span.
 */
export function openImportStage(ctx: ServiceContext, opts: { importId: number; at: string; today: string; notePrefix: string }): ImportStage {
  const { importId, at, today, notePrefix } = opts;
  const db = ctx.db;
  const stage = `temp.member_import_${crypto.randomBytes(6).toString('hex')}`;
  db.exec(`CREATE TABLE ${stage} (seq INTEGER PRIMARY KEY, ${MEMBER_COLS}, reg_date TEXT NOT NULL, row_number INTEGER NOT NULL, existing_id INTEGER)`);
  const base = db.prepare('SELECT COALESCE(MAX(id), 0) FROM members').pluck().get() as number;

  const tuple = `(${Array(STAGE_COLS).fill('?').join(', ')})`;
  const insOne = db.prepare(`INSERT INTO ${stage} (${MEMBER_COLS}, reg_date, row_number) VALUES ${tuple}`);
  const insBatch = db.prepare(`INSERT INTO ${stage} (${MEMBER_COLS}, reg_date, row_number) VALUES ${Array(STAGE_BATCH).fill(tuple).join(', ')}`);
  const markExisting = db.prepare(
    `UPDATE ${stage} AS s SET existing_id = COALESCE(
       (SELECT m.id FROM members m WHERE m.cccd = s.cccd AND s.cccd IS NOT NULL LIMIT 1),
       (SELECT m.id FROM members m WHERE m.member_code_key = s.member_code_key AND s.member_code_key IS NOT NULL LIMIT 1))
     WHERE seq > ? AND seq <= ?`,
  );
  const countExisting = db.prepare(`SELECT COUNT(*) FROM ${stage} WHERE seq > ? AND seq <= ? AND existing_id IS NOT NULL`).pluck();
  const chunk = `FROM ${stage} WHERE seq > ? AND seq <= ? AND existing_id IS NULL ORDER BY seq`;
  const insMembers = db.prepare(`INSERT INTO members (id, ${MEMBER_COLS}) SELECT ? + seq, ${MEMBER_COLS} ${chunk}`);
  const insEvents = db.prepare(
    `INSERT INTO member_events (member_id, kind, date, to_unit_id, note, created_at) SELECT ? + seq, 'register', reg_date, unit_id, ? || row_number, created_at ${chunk}`,
  );
  const insSpans = db.prepare(
    `INSERT INTO member_spans (member_id, unit_id, start_on, female, minority, party_from)
     SELECT ? + seq, unit_id, reg_date, gender = 'nu', ethnic_minority, CASE WHEN party_member = 1 THEN COALESCE(party_date, '0000') END ${chunk}`,
  );

  let batch: unknown[] = [];
  let staged = 0;
  let copied = 0;
  let existing = 0;
  const copyUpTo = (seq: number) => {
    if (seq <= copied) return;
    markExisting.run(copied, seq);
    existing += countExisting.get(copied, seq) as number;
    insMembers.run(base, copied, seq);
    insEvents.run(base, notePrefix, copied, seq);
    insSpans.run(base, copied, seq);
    copied = seq;
  };
  const flush = () => {
    if (batch.length === STAGE_BATCH * STAGE_COLS) insBatch.run(batch);
    else for (let i = 0; i < batch.length; i += STAGE_COLS) insOne.run(batch.slice(i, i + STAGE_COLS));
    staged += batch.length / STAGE_COLS;
    batch = [];
    if (staged - copied >= COPY_CHUNK) copyUpTo(staged);
  };

  return {
    add(row) {
      const f = row.fields!;
      const values = memberInsertValues(f, row.unitId!, 'active', importId, at);
      for (let i = 0; i < values.length; i++) batch.push(values[i]);
      batch.push(initialRegisterDate(f.joinedOn, today), row.preview.rowNumber);
      if (batch.length >= STAGE_BATCH * STAGE_COLS) flush();
    },
    finish() {
      if (batch.length) flush();
      copyUpTo(staged);
      db.exec(`DROP TABLE ${stage}`);
      return existing;
    },
  };
}
