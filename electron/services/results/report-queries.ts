// SQL over the current unit reports of a round, for the results: SQLite does the adding up.
import type { SourceSubmission } from '../../../shared/results/schema';
import type { ServiceContext } from '../context';

/** A sum and a count per indicator id for each group of units (a sector, or units without one). */
export function reportSumsBySector(
  ctx: ServiceContext,
  roundId: number,
  sectors: readonly (number | null)[],
): Map<number, { sum: number; n: number }[]> {
  // One pass: per indicator, a SUM/COUNT FILTER per sector, so one row per indicator comes back.
  const filters = sectors
    .map((sectorId) => {
      const cond = sectorId === null ? 'u.sector_id IS NULL' : `u.sector_id = ${Number(sectorId)}`;
      return `SUM(v.num_value) FILTER (WHERE ${cond}), COUNT(v.num_value) FILTER (WHERE ${cond})`;
    })
    .join(', ');
  const rows = ctx.db
    .prepare(
      `SELECT v.indicator_id${filters ? `, ${filters}` : ''}
         FROM report_submissions s JOIN report_values v ON v.submission_id = s.id JOIN units u ON u.id = s.unit_id
        WHERE s.round_id = ? AND s.is_current = 1 AND v.num_value IS NOT NULL
        GROUP BY v.indicator_id`,
    )
    .raw()
    .all(roundId) as (number | null)[][];
  return new Map(rows.map((row) => [row[0] as number, sectors.map((_s, k) => ({ sum: row[1 + 2 * k] ?? 0, n: row[2 + 2 * k] ?? 0 }))]));
}

/**
 * Sum and count of the figures per indicator id in the current reports of a round. Cached per
 * database: a round's reports only change by adding a submission or replacing the current one
 * (values are never edited in place), so (count, last id, Σ id of current) identifies the data.
 * Used for the comparison round, read on every results call.
 */
const reportTotalsCache = new WeakMap<object, Map<number, { sig: string; rows: [number, number, number][] }>>();

export function reportTotals(ctx: ServiceContext, roundId: number): [number, number, number][] {
  const sigRow = ctx.db
    .prepare('SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(id * is_current), 0) FROM report_submissions WHERE round_id = ?')
    .raw()
    .get(roundId) as [number, number, number];
  const sig = sigRow.join(':');
  let perDb = reportTotalsCache.get(ctx.db);
  if (!perDb) reportTotalsCache.set(ctx.db, (perDb = new Map()));
  const hit = perDb.get(roundId);
  if (hit && hit.sig === sig) return hit.rows;
  const rows = ctx.db
    .prepare(
      `SELECT v.indicator_id, SUM(v.num_value), COUNT(v.num_value) FROM report_submissions s JOIN report_values v ON v.submission_id = s.id
        WHERE s.round_id = ? AND s.is_current = 1 AND v.num_value IS NOT NULL GROUP BY v.indicator_id`,
    )
    .raw()
    .all(roundId) as [number, number, number][];
  perDb.set(roundId, { sig, rows });
  return rows;
}

/**
 * Units whose current report shows activity: a figure above zero for the given indicator, or
 * (no indicator chosen) for any count indicator.
 */
export function unitsActiveInReports(ctx: ServiceContext, roundId: number, indicatorId: number | null): number[] {
  if (indicatorId !== null) {
    return ctx.db
      .prepare(
        `SELECT DISTINCT s.unit_id FROM report_submissions s JOIN report_values v ON v.submission_id = s.id
          WHERE s.round_id = ? AND s.is_current = 1 AND v.indicator_id = ? AND v.num_value > 0`,
      )
      .pluck()
      .all(roundId, indicatorId) as number[];
  }
  return ctx.db
    .prepare(
      `SELECT DISTINCT s.unit_id FROM report_submissions s JOIN report_values v ON v.submission_id = s.id
         JOIN report_indicators i ON i.id = v.indicator_id
        WHERE s.round_id = ? AND s.is_current = 1 AND i.kind = 'count' AND v.num_value > 0`,
    )
    .pluck()
    .all(roundId) as number[];
}

/** The current reports that give a figure for one indicator, with their unit and file. */
export function reportSources(ctx: ServiceContext, roundId: number, indicatorId: number): SourceSubmission[] {
  return ctx.db
    .prepare(
      `SELECT s.id AS submissionId, s.unit_id AS unitId, u.code AS unitCode, u.name AS unitName, sec.name AS sectorName, s.source,
              s.file_name AS fileName, s.received_on AS receivedOn, COALESCE(v.num_value, v.text_value) AS value
         FROM report_submissions s JOIN report_values v ON v.submission_id = s.id JOIN units u ON u.id = s.unit_id
         LEFT JOIN sectors sec ON sec.id = u.sector_id
        WHERE s.round_id = ? AND s.is_current = 1 AND v.indicator_id = ? AND COALESCE(v.num_value, v.text_value) IS NOT NULL`,
    )
    .all(roundId, indicatorId) as SourceSubmission[];
}

/** Every number in the current reports of a round: unit id → indicator id → figure. */
export function currentFiguresByUnit(ctx: ServiceContext, roundId: number): Map<number, Map<number, number>> {
  const rows = ctx.db
    .prepare(
      `SELECT s.unit_id, v.indicator_id, v.num_value FROM report_submissions s JOIN report_values v ON v.submission_id = s.id
        WHERE s.round_id = ? AND s.is_current = 1 AND v.num_value IS NOT NULL`,
    )
    .raw()
    .all(roundId) as [number, number, number][];
  const byUnit = new Map<number, Map<number, number>>();
  for (const [u, i, v] of rows) {
    const m = byUnit.get(u) ?? new Map<number, number>();
    m.set(i, v);
    byUnit.set(u, m);
  }
  return byUnit;
}

/** The figure (number or text) each unit's current report gives for one indicator. */
export function reportValuesByUnit(ctx: ServiceContext, roundId: number, indicatorId: number): Map<number, number | string | null> {
  const rows = ctx.db
    .prepare(
      `SELECT s.unit_id, COALESCE(v.num_value, v.text_value) FROM report_submissions s JOIN report_values v ON v.submission_id = s.id
        WHERE s.round_id = ? AND s.is_current = 1 AND v.indicator_id = ?`,
    )
    .raw()
    .all(roundId, indicatorId) as [number, number | string | null][];
  return new Map(rows);
}

/** Names of the units of a round that have sent no report at all. */
export function unitsWithoutReport(ctx: ServiceContext, roundId: number): string[] {
  return ctx.db
    .prepare(
      `SELECT u.name FROM report_round_units ru JOIN units u ON u.id = ru.unit_id
        WHERE ru.round_id = ? AND NOT EXISTS (SELECT 1 FROM report_submissions s WHERE s.round_id = ru.round_id AND s.unit_id = ru.unit_id)`,
    )
    .pluck()
    .all(roundId) as string[];
}

/** What the current reports of a round wrote under difficulties and proposals, with their unit. */
export function reportRemarks(
  ctx: ServiceContext,
  roundId: number,
): { unit: string; difficulties: string | null; proposals: string | null }[] {
  return ctx.db
    .prepare(
      `SELECT u.name AS unit, s.difficulties, s.proposals FROM report_submissions s JOIN units u ON u.id = s.unit_id
        WHERE s.round_id = ? AND s.is_current = 1 AND (s.difficulties IS NOT NULL OR s.proposals IS NOT NULL)`,
    )
    .all(roundId) as { unit: string; difficulties: string | null; proposals: string | null }[];
}
