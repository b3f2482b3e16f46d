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
 * For big lists the accepted rows are staged in a temporary table while the file is read (short
 * synchronous batches, nothing kept in JavaScript), then copied into the register by SQLite in
 * the final transaction.
 */
export async function commitMemberImport(ctx: ServiceContext, opts: CommitOptions): Promise<MemberImportResult> {
  const today = todayIso(ctx.now());
  const at = nowIso(ctx);
  const stage = `member_import_${crypto.randomBytes(6).toString('hex')}`;
  ctx.db.exec(
    `CREATE TEMP TABLE ${stage} (seq INTEGER PRIMARY KEY, ${MEMBER_COLS}, reg_date TEXT NOT NULL, row_number INTEGER NOT NULL, existing_id INTEGER)`,
  );
  try {
    // Rows are staged STAGE_BATCH at a time with one multi-row INSERT (one statement call instead of 500).
    const tuple = `(${Array(STAGE_COLS).fill('?').join(', ')})`;
    const insStage = ctx.db.prepare(`INSERT INTO temp.${stage} (${MEMBER_COLS}, reg_date, row_number) VALUES ${tuple}`);
    const insStageBatch = ctx.db.prepare(`INSERT INTO temp.${stage} (${MEMBER_COLS}, reg_date, row_number) VALUES ${Array(STAGE_BATCH).fill(tuple).join(', ')}`);
    let batch: unknown[] = [];
    const flush = () => {
      if (batch.length === STAGE_BATCH * STAGE_COLS) insStageBatch.run(batch);
      else {
        ctx.db.transaction(() => {
          for (let i = 0; i < batch.length; i += STAGE_COLS) insStage.run(batch.slice(i, i + STAGE_COLS));
        })();
      }
      batch = [];
    };
    const onNewRow = (row: ParsedMemberRow) => {
      const f = row.fields!;
      const values = memberInsertValues(f, row.unitId!, 'active', null, at);
      for (let i = 0; i < values.length; i++) batch.push(values[i]);
      batch.push(initialRegisterDate(f.joinedOn, today), row.preview.rowNumber);
      if (batch.length >= STAGE_BATCH * STAGE_COLS) flush();
    };
    const parsed = await parseMemberFile(ctx, { ...opts, onNewRow });
    if (batch.length) flush();

    // Rows already in the register (same CCCD or member code) are left alone: marked here in one
    // statement rather than looked up row by row while reading.
    const { counts } = parsed.preview;
    ctx.db
      .prepare(
        `UPDATE temp.${stage} SET existing_id = COALESCE(
           (SELECT m.id FROM members m WHERE m.cccd = ${stage}.cccd AND ${stage}.cccd IS NOT NULL LIMIT 1),
           (SELECT m.id FROM members m WHERE m.member_code_key = ${stage}.member_code_key AND ${stage}.member_code_key IS NOT NULL LIMIT 1))`,
      )
      .run();
    const existing = ctx.db.prepare(`SELECT COUNT(*) FROM temp.${stage} WHERE existing_id IS NOT NULL`).pluck().get() as number;
    counts.exists += existing;
    counts.new -= existing;
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

    // Keep a copy of the file (a convenience: the import does not depend on it).
    const dir = path.join(ctx.dataDir, 'imports', 'members');
    const safeName = parsed.preview.fileName.replace(/[^\p{L}\p{N}._\- ]/gu, '_').slice(-120);
    const stored = path.join(dir, `${today}_${parsed.sha256.slice(0, 12)}_${safeName}`);
    let wroteCopy = false;
    try {
      fs.mkdirSync(dir, { recursive: true });
      if (!fs.existsSync(stored)) {
        fs.writeFileSync(stored, parsed.data);
        wroteCopy = true;
      }
    } catch {
      // ignore: no copy
    }

    try {
      return ctx.db.transaction(() => {
        const importId = Number(
          ctx.db
            .prepare('INSERT INTO member_imports (at, file_name, sha256, stored_path, created) VALUES (?, ?, ?, ?, ?)')
            .run(at, parsed.preview.fileName, parsed.sha256, fs.existsSync(stored) ? path.relative(ctx.dataDir, stored) : null, counts.new).lastInsertRowid,
        );
        // One change marker for the whole import instead of a trigger run per row (see search.ts);
        // the DROP/CREATE is part of this transaction, so a failure restores the trigger too.
        const trigger = ctx.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'members_changed_insert'").pluck().get() as string | undefined;
        if (trigger) ctx.db.exec('DROP TRIGGER members_changed_insert');
        const base = ctx.db.prepare('SELECT COALESCE(MAX(id), 0) FROM members').pluck().get() as number;
        const cols = MEMBER_COLS.replace('import_id', '?');
        ctx.db.exec(`DELETE FROM temp.${stage} WHERE existing_id IS NOT NULL`);
        ctx.db.prepare(`INSERT INTO members (id, ${MEMBER_COLS}) SELECT ? + seq, ${cols} FROM temp.${stage} ORDER BY seq`).run(base, importId);
        ctx.db
          .prepare(
            `INSERT INTO member_events (member_id, kind, date, to_unit_id, note, created_at)
             SELECT ? + seq, 'register', reg_date, unit_id, ? || row_number, created_at FROM temp.${stage} ORDER BY seq`,
          )
          .run(base, `Nhập từ tệp ${parsed.preview.fileName}, dòng `);
        ctx.db
          .prepare(
            `INSERT INTO member_spans (member_id, unit_id, start_on, female, minority, party_from)
             SELECT ? + seq, unit_id, reg_date, gender = 'nu', ethnic_minority, CASE WHEN party_member = 1 THEN COALESCE(party_date, '0000') END
               FROM temp.${stage}`,
          )
          .run(base);
        if (trigger) ctx.db.exec(trigger);
        ctx.db.prepare('INSERT INTO member_changes (member_id) VALUES (NULL)').run(); // search indexes: reload all
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
        return { importId, created: counts.new, skippedExisting: counts.exists, skippedErrors: counts.error };
      })();
    } catch (e) {
      if (wroteCopy) fs.rmSync(stored, { force: true });
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new AppError('CONFLICT', 'Sổ đoàn viên vừa thay đổi trong lúc đọc tệp (trùng số CCCD hoặc mã số đoàn viên). Hãy xem trước và nhập lại. Chưa có gì được lưu.');
      }
      throw e;
    }
  } finally {
    ctx.db.exec(`DROP TABLE IF EXISTS temp.${stage}`);
  }
}
