import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { todayIso } from '../../../shared/text/dates';
import type { ImportField, ImportMapping, MemberImportResult } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';
import { logChange } from '../history/change-log';
import { initialRegisterDate } from './events';
import { fieldForHeader } from './import-columns';
import { parseMemberFile, saveRememberedMapping, type ParsedMemberRow } from './import-parse';
import { INSERT_MEMBER_POSITIONAL_SQL, memberInsertValues, pruneMemberChanges } from './repo';

export interface CommitOptions {
  fileName: string;
  dataBase64: string;
  unitId?: number | null;
  mapping?: ImportMapping;
  skipErrors?: boolean;
  rememberMapping?: boolean;
}

const POSITIONAL = new Set<ImportField>(['birthMale', 'birthFemale', 'female']);
/** The members columns written by an import, as in INSERT_MEMBER_SQL. */
const MEMBER_COLS = /\(([^)]*)\)/.exec(INSERT_MEMBER_POSITIONAL_SQL)![1].replace(/\s+/g, ' ').trim();
const STAGE_BATCH = 500;
/** Staged rows are copied into the register this many at a time while the file is still being read. */
const COPY_CHUNK = 2000;
/** Page cache while importing: 64 MiB (negative = KiB), used only as pages are touched. */
const IMPORT_CACHE_SIZE = -65536;
/** Columns of a staged row: the members columns, reg_date, row_number. */
const STAGE_COLS = MEMBER_COLS.split(',').length + 2;

function rowList(numbers: number[]): string {
  const shown = numbers.slice(0, 10).join(', ');
  return numbers.length > 10 ? `${shown}…` : shown;
}

/**
 * Imports the rows marked 'new' in one transaction: all of them or none. Each imported member
 * gets one `register` event (see events.ts for the date rule) and its membership span. Rows that
 * already exist are left alone; rows with errors stop the import unless `skipErrors`.
 * A copy of the file is kept in <dataDir>/imports/members, with its SHA-256 in member_imports.
 *
 * The transaction is opened first and stays open while the file is read, so that writing the
 * register overlaps reading the file: accepted rows are staged in a temporary table in short
 * synchronous batches, and every COPY_CHUNK staged rows are copied into the register by SQLite.
 * Only a transaction that reached the end is committed. Other API calls wait meanwhile
 * (`members.importCommit` is an exclusive method, see call-gate.ts).
 */
export async function commitMemberImport(ctx: ServiceContext, opts: CommitOptions): Promise<MemberImportResult> {
  const today = todayIso(ctx.now());
  const at = nowIso(ctx);
  const stage = `member_import_${crypto.randomBytes(6).toString('hex')}`;
  const db = ctx.db;
  let copied: StoredCopy | null = null;
  // A big import dirties many index pages in one transaction: with SQLite's default 2 MB page
  // cache they spill to the WAL and are read back again and again.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`);
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(
      `CREATE TEMP TABLE ${stage} (seq INTEGER PRIMARY KEY, ${MEMBER_COLS}, reg_date TEXT NOT NULL, row_number INTEGER NOT NULL, existing_id INTEGER)`,
    );
    const importId = Number(
      db.prepare('INSERT INTO member_imports (at, file_name, sha256, stored_path, created) VALUES (?, ?, ?, NULL, 0)').run(at, opts.fileName, '').lastInsertRowid,
    );
    // One change marker for the whole import instead of a trigger run per row (see search.ts);
    // dropped inside the transaction, so a rollback restores the trigger too.
    const trigger = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'members_changed_insert'").pluck().get() as string | undefined;
    if (trigger) db.exec('DROP TRIGGER members_changed_insert');
    const base = db.prepare('SELECT COALESCE(MAX(id), 0) FROM members').pluck().get() as number;
    const copy = chunkCopier(ctx, stage, base, `Nhập từ tệp ${opts.fileName}, dòng `);

    // Rows are staged STAGE_BATCH at a time with one multi-row INSERT (one statement call instead of 500).
    const tuple = `(${Array(STAGE_COLS).fill('?').join(', ')})`;
    const insStage = db.prepare(`INSERT INTO temp.${stage} (${MEMBER_COLS}, reg_date, row_number) VALUES ${tuple}`);
    const insStageBatch = db.prepare(`INSERT INTO temp.${stage} (${MEMBER_COLS}, reg_date, row_number) VALUES ${Array(STAGE_BATCH).fill(tuple).join(', ')}`);
    let batch: unknown[] = [];
    let staged = 0;
    const flush = () => {
      if (batch.length === STAGE_BATCH * STAGE_COLS) insStageBatch.run(batch);
      else for (let i = 0; i < batch.length; i += STAGE_COLS) insStage.run(batch.slice(i, i + STAGE_COLS));
      staged += batch.length / STAGE_COLS;
      batch = [];
      if (staged - copy.copied() >= COPY_CHUNK) copy.upTo(staged);
    };
    const onNewRow = (row: ParsedMemberRow) => {
      const f = row.fields!;
      const values = memberInsertValues(f, row.unitId!, 'active', importId, at);
      for (let i = 0; i < values.length; i++) batch.push(values[i]);
      batch.push(initialRegisterDate(f.joinedOn, today), row.preview.rowNumber);
      if (batch.length >= STAGE_BATCH * STAGE_COLS) flush();
    };
    const parsed = await parseMemberFile(ctx, { ...opts, onNewRow });
    if (batch.length) flush();
    copy.upTo(staged);

    const { counts } = parsed.preview;
    counts.exists += copy.existing();
    counts.new -= copy.existing();
    if (counts.error > 0 && !opts.skipErrors) {
      throw new AppError(
        'CONFLICT',
        `Tệp có ${counts.error} dòng lỗi (dòng ${rowList(parsed.errorRows)}). Hãy sửa tệp rồi nhập lại, hoặc chọn "Bỏ qua các dòng lỗi" để chỉ nhập các dòng đúng. Chưa có gì được lưu.`,
      );
    }
    if (counts.new === 0) {
      throw new AppError(
        'CONFLICT',
        counts.exists > 0
          ? `Không có đoàn viên mới để nhập: cả ${counts.exists} người trong tệp đã có trong sổ. Chưa có gì được lưu.`
          : 'Không có dòng nào hợp lệ để nhập. Chưa có gì được lưu.',
      );
    }

    copied = keepCopy(ctx, parsed.preview.fileName, parsed.sha256, parsed.data, today);
    db.prepare('UPDATE member_imports SET file_name = ?, sha256 = ?, stored_path = ?, created = ? WHERE id = ?').run(
      parsed.preview.fileName,
      parsed.sha256,
      copied ? path.relative(ctx.dataDir, copied.path) : null,
      counts.new,
      importId,
    );
    if (trigger) db.exec(trigger);
    db.prepare('INSERT INTO member_changes (member_id) VALUES (NULL)').run(); // search indexes: reload all
    pruneMemberChanges(ctx);
    if (opts.mapping && opts.rememberMapping !== false) {
      const headers: Partial<Record<ImportField, string>> = {};
      for (const col of parsed.preview.columns) {
        // Remember what auto-detection would not have found by itself; positional layouts (Nam | Nữ) are not headers.
        if (!col.field || !col.header || !opts.mapping[col.field] || POSITIONAL.has(col.field)) continue;
        if (fieldForHeader(col.header, new Map()) !== col.field) headers[col.field] = col.header;
      }
      saveRememberedMapping(ctx, headers);
    }
    logChange(ctx, 'member_import', importId, 'import', null, {
      fileName: parsed.preview.fileName,
      sha256: parsed.sha256,
      created: counts.new,
      skippedExisting: counts.exists,
      skippedErrors: counts.error,
    });
    db.exec(`DROP TABLE temp.${stage}`);
    db.exec('COMMIT');
    return { importId, created: counts.new, skippedExisting: counts.exists, skippedErrors: counts.error };
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (copied?.writtenNow) fs.rmSync(copied.path, { force: true });
    if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new AppError('CONFLICT', 'Sổ đoàn viên vừa thay đổi trong lúc đọc tệp (trùng số CCCD hoặc mã số đoàn viên). Hãy xem trước và nhập lại. Chưa có gì được lưu.');
    }
    throw e;
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

/**
 * Copies staged rows into the register, in order, a chunk at a time: rows whose CCCD or member
 * code is already in the register are marked and left out (the file's own duplicates never reach
 * the stage), the others become members with their `register` event and membership span.
 */
function chunkCopier(ctx: ServiceContext, stage: string, base: number, notePrefix: string) {
  const db = ctx.db;
  const markExisting = db.prepare(
    `UPDATE temp.${stage} SET existing_id = COALESCE(
       (SELECT m.id FROM members m WHERE m.cccd = ${stage}.cccd AND ${stage}.cccd IS NOT NULL LIMIT 1),
       (SELECT m.id FROM members m WHERE m.member_code_key = ${stage}.member_code_key AND ${stage}.member_code_key IS NOT NULL LIMIT 1))
     WHERE seq > ? AND seq <= ?`,
  );
  const countExisting = db.prepare(`SELECT COUNT(*) FROM temp.${stage} WHERE seq > ? AND seq <= ? AND existing_id IS NOT NULL`).pluck();
  const chunk = `FROM temp.${stage} WHERE seq > ? AND seq <= ? AND existing_id IS NULL ORDER BY seq`;
  const insMembers = db.prepare(`INSERT INTO members (id, ${MEMBER_COLS}) SELECT ? + seq, ${MEMBER_COLS} ${chunk}`);
  const insEvents = db.prepare(
    `INSERT INTO member_events (member_id, kind, date, to_unit_id, note, created_at) SELECT ? + seq, 'register', reg_date, unit_id, ? || row_number, created_at ${chunk}`,
  );
  const insSpans = db.prepare(
    `INSERT INTO member_spans (member_id, unit_id, start_on, female, minority, party_from)
     SELECT ? + seq, unit_id, reg_date, gender = 'nu', ethnic_minority, CASE WHEN party_member = 1 THEN COALESCE(party_date, '0000') END ${chunk}`,
  );
  let done = 0;
  let existing = 0;
  return {
    copied: () => done,
    existing: () => existing,
    upTo(seq: number): void {
      if (seq <= done) return;
      markExisting.run(done, seq);
      existing += countExisting.get(done, seq) as number;
      insMembers.run(base, done, seq);
      insEvents.run(base, notePrefix, done, seq);
      insSpans.run(base, done, seq);
      done = seq;
    },
  };
}

interface StoredCopy {
  path: string;
  /** False when the same file was kept by an earlier import. */
  writtenNow: boolean;
}

/** A copy of the imported file in the data folder (a convenience: the import does not depend on it). */
function keepCopy(ctx: ServiceContext, fileName: string, sha256: string, data: Buffer, today: string): StoredCopy | null {
  const dir = path.join(ctx.dataDir, 'imports', 'members');
  const safeName = fileName.replace(/[^\p{L}\p{N}._\- ]/gu, '_').slice(-120);
  const stored = path.join(dir, `${today}_${sha256.slice(0, 12)}_${safeName}`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (fs.existsSync(stored)) return { path: stored, writtenNow: false };
    fs.writeFileSync(stored, data);
    return { path: stored, writtenNow: true };
  } catch {
    return null;
  }
}
