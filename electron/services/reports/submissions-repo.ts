// SQL over received reports (report_submissions, report_values) for completeness and versions.
import type { ServiceContext } from '../context';

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
