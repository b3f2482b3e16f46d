// SQL over received reports (report_submissions, report_values) for completeness and versions.
import type { SubmissionDetail, SubmissionInfo, SubmissionSource } from '../../../shared/reports/schema';
import type { ServiceContext } from '../context';
import type { ParsedValueRow } from './import-types';
import type { FreeTextKey } from './template-layout';

/** What a unit sent for a round: its first and last day, versions, and the version in use. */
export interface SubmittedByUnit {
  unitId: number;
  firstOn: string;
  lastOn: string;
  versions: number;
  current: { id: number; source: SubmissionSource; fileName: string | null; receivedOn: string } | null;
}

/** Per unit that sent something for the round. One JSON string from SQLite: fast for thousands of units. */
export function submissionsByUnit(ctx: ServiceContext, roundId: number): Map<number, SubmittedByUnit> {
  const json = ctx.db
    .prepare(
      `SELECT json_group_array(json_array(unit_id, first_on, last_on, versions, cur_id, source, file_name, received_on)) FROM (
         SELECT unit_id, MIN(received_on) AS first_on, MAX(received_on) AS last_on, COUNT(*) AS versions,
                MAX(CASE WHEN is_current = 1 THEN id END) AS cur_id,
                MAX(CASE WHEN is_current = 1 THEN source END) AS source,
                MAX(CASE WHEN is_current = 1 THEN file_name END) AS file_name,
                MAX(CASE WHEN is_current = 1 THEN received_on END) AS received_on
           FROM report_submissions WHERE round_id = ? GROUP BY unit_id)`,
    )
    .pluck()
    .get(roundId) as string;
  type Row = [number, string, string, number, number | null, SubmissionSource | null, string | null, string | null];
  const out = new Map<number, SubmittedByUnit>();
  for (const [unitId, firstOn, lastOn, versions, id, source, fileName, receivedOn] of JSON.parse(json) as Row[]) {
    const current = id === null ? null : { id, source: source!, fileName, receivedOn: receivedOn! };
    out.set(unitId, { unitId, firstOn, lastOn, versions, current });
  }
  return out;
}

/** Required indicators without a figure in the current reports of a round, by unit, in the round's order. */
export function missingRequiredRows(ctx: ServiceContext, roundId: number): { unitId: number; code: string }[] {
  return ctx.db
    .prepare(
      `SELECT s.unit_id AS unitId, i.code
         FROM report_submissions s
         JOIN report_indicators i ON i.round_id = s.round_id AND i.required = 1
         LEFT JOIN report_values v ON v.submission_id = s.id AND v.indicator_id = i.id
        WHERE s.round_id = ? AND s.is_current = 1
          AND (v.indicator_id IS NULL OR (v.num_value IS NULL AND TRIM(COALESCE(v.text_value, '')) = ''))
        ORDER BY s.unit_id, i.sort_order, i.id`,
    )
    .all(roundId) as { unitId: number; code: string }[];
}

export interface VersionRow {
  id: number;
  roundId: number;
  unitId: number;
  isCurrent: number;
  fileName: string | null;
  receivedOn: string;
}

const SELECT_VERSION = `SELECT id, round_id AS roundId, unit_id AS unitId, is_current AS isCurrent, file_name AS fileName,
  received_on AS receivedOn FROM report_submissions`;

export function versionById(ctx: ServiceContext, id: number): VersionRow | null {
  return (ctx.db.prepare(`${SELECT_VERSION} WHERE id = ?`).get(id) as VersionRow | undefined) ?? null;
}

export function currentVersion(ctx: ServiceContext, roundId: number, unitId: number): VersionRow | null {
  return (
    (ctx.db.prepare(`${SELECT_VERSION} WHERE round_id = ? AND unit_id = ? AND is_current = 1`).get(roundId, unitId) as
      VersionRow | undefined) ?? null
  );
}

/** Makes `chosenId` current in place of `previousId` (the caller holds the transaction). */
export function swapCurrentVersion(ctx: ServiceContext, chosenId: number, previousId: number | null, at: string): void {
  // The unique index allows one version in use: step the old one down first.
  if (previousId !== null) {
    ctx.db
      .prepare('UPDATE report_submissions SET is_current = 0, superseded_at = ?, superseded_by = ? WHERE id = ?')
      .run(at, chosenId, previousId);
  }
  ctx.db.prepare('UPDATE report_submissions SET is_current = 1, superseded_at = NULL, superseded_by = NULL WHERE id = ?').run(chosenId);
}

export interface NewSubmission {
  roundId: number;
  unitId: number;
  source: SubmissionSource;
  fileName: string | null;
  sha256: string | null;
  savedAt: string | null;
  receivedOn: string;
  createdAt: string;
  batchId: string | null;
  free: Record<FreeTextKey, string | null>;
  note: string | null;
  values: ParsedValueRow[];
}

/** Inserts a submission as the current one; the previous current one (if any) becomes history. Call inside a transaction. */
export function insertSubmission(ctx: ServiceContext, s: NewSubmission): boolean {
  const prev = ctx.db
    .prepare('SELECT id FROM report_submissions WHERE round_id = ? AND unit_id = ? AND is_current = 1')
    .get(s.roundId, s.unitId) as { id: number } | undefined;
  if (prev) ctx.db.prepare('UPDATE report_submissions SET is_current = 0, superseded_at = ? WHERE id = ?').run(s.createdAt, prev.id);
  const info = ctx.db
    .prepare(
      `INSERT INTO report_submissions (round_id, unit_id, source, file_name, sha256, saved_at, received_on, created_at, batch_id,
         reporter_name, reporter_phone, highlights, difficulties, proposals, note, is_current)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    )
    .run(
      s.roundId,
      s.unitId,
      s.source,
      s.fileName,
      s.sha256,
      s.savedAt,
      s.receivedOn,
      s.createdAt,
      s.batchId,
      s.free.reporterName,
      s.free.reporterPhone,
      s.free.highlights,
      s.free.difficulties,
      s.free.proposals,
      s.note,
    );
  const id = Number(info.lastInsertRowid);
  if (prev) ctx.db.prepare('UPDATE report_submissions SET superseded_by = ? WHERE id = ?').run(id, prev.id);
  const ins = ctx.db.prepare('INSERT INTO report_values (submission_id, indicator_id, num_value, text_value) VALUES (?, ?, ?, ?)');
  for (const v of s.values) ins.run(id, v.indicatorId, v.num, v.text);
  return !!prev;
}

/** Content hashes of every archived report file still referred to. */
export function usedArchiveHashes(ctx: ServiceContext): Set<string> {
  return new Set(ctx.db.prepare('SELECT DISTINCT sha256 FROM report_submissions WHERE sha256 IS NOT NULL').pluck().all() as string[]);
}

/** Lookups the import runs for every file of a batch (statements prepared once). */
export function importLookups(ctx: ServiceContext, roundId: number) {
  const bySha = ctx.db.prepare(
    'SELECT received_on AS receivedOn, is_current AS isCurrent FROM report_submissions WHERE round_id = ? AND sha256 = ? ORDER BY id DESC LIMIT 1',
  );
  const current = ctx.db.prepare(
    'SELECT source, file_name AS fileName, received_on AS receivedOn, saved_at AS savedAt FROM report_submissions WHERE round_id = ? AND unit_id = ? AND is_current = 1',
  );
  return {
    /** The latest submission of the round with exactly this content. */
    bySha: (sha256: string) => bySha.get(roundId, sha256) as { receivedOn: string; isCurrent: number } | undefined,
    /** The unit's submission in use. */
    current: (unitId: number) =>
      current.get(roundId, unitId) as
        { source: SubmissionSource; fileName: string | null; receivedOn: string; savedAt: string | null } | undefined,
  };
}

const INFO_SELECT = `SELECT id, source, file_name AS fileName, sha256, received_on AS receivedOn, created_at AS createdAt,
  saved_at AS savedAt, is_current AS isCurrent, superseded_at AS supersededAt FROM report_submissions`;

type InfoRow = Omit<SubmissionInfo, 'isCurrent'> & { isCurrent: number };

const toInfo = (r: InfoRow): SubmissionInfo => ({ ...r, isCurrent: r.isCurrent === 1 });

/** A submission with its free text and figures, or null when it no longer exists. */
export function submissionDetailRow(ctx: ServiceContext, id: number): SubmissionDetail | null {
  const info = ctx.db.prepare(`${INFO_SELECT} WHERE id = ?`).get(id) as InfoRow | undefined;
  if (!info) return null;
  const extra = ctx.db
    .prepare(
      `SELECT reporter_name AS reporterName, reporter_phone AS reporterPhone, highlights, difficulties, proposals, note
         FROM report_submissions WHERE id = ?`,
    )
    .get(id) as Pick<SubmissionDetail, 'reporterName' | 'reporterPhone' | 'highlights' | 'difficulties' | 'proposals' | 'note'>;
  const values = (
    ctx.db
      .prepare('SELECT indicator_id AS indicatorId, num_value AS num, text_value AS text FROM report_values WHERE submission_id = ?')
      .all(id) as { indicatorId: number; num: number | null; text: string | null }[]
  ).map((v) => ({ indicatorId: v.indicatorId, value: v.num ?? v.text }));
  return { ...toInfo(info), ...extra, values };
}

/** Every version a unit sent for a round, newest first. */
export function submissionHistory(ctx: ServiceContext, roundId: number, unitId: number): SubmissionInfo[] {
  return (ctx.db.prepare(`${INFO_SELECT} WHERE round_id = ? AND unit_id = ? ORDER BY id DESC`).all(roundId, unitId) as InfoRow[]).map(
    toInfo,
  );
}

/** Where a submission's original file is archived (sha256 null: typed in by hand). */
export function submissionFileRef(ctx: ServiceContext, id: number): { sha256: string | null; fileName: string | null } | null {
  return (
    (ctx.db.prepare('SELECT sha256, file_name AS fileName FROM report_submissions WHERE id = ?').get(id) as
      { sha256: string | null; fileName: string | null } | undefined) ?? null
  );
}
