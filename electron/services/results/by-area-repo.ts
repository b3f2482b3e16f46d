// SQL behind a round's results per commune/ward (by-area.ts).
import type { ServiceContext } from '../context';

export interface AreaRoundUnit {
  unitId: number;
  areaId: number | null;
  areaName: string | null;
  /** Must report in this round. */
  inRound: boolean;
  /** Has sent at least one report for this round. */
  received: boolean;
  /** Has a current report (its activities are then already in it). */
  reported: boolean;
}

/** The units of a round (must report), plus units with a report or an activity in it, with their commune/ward. */
export function roundUnitsWithArea(ctx: ServiceContext, roundId: number): AreaRoundUnit[] {
  const rows = ctx.db
    .prepare(
      `WITH required AS (SELECT unit_id FROM report_round_units WHERE round_id = @r),
            involved AS (SELECT unit_id FROM required
                         UNION SELECT unit_id FROM report_submissions WHERE round_id = @r
                         UNION SELECT unit_id FROM activities WHERE round_id = @r AND unit_id IS NOT NULL)
       SELECT u.id, u.area_id, a.name,
              u.id IN (SELECT unit_id FROM required),
              EXISTS (SELECT 1 FROM report_submissions s WHERE s.round_id = @r AND s.unit_id = u.id),
              EXISTS (SELECT 1 FROM report_submissions s WHERE s.round_id = @r AND s.unit_id = u.id AND s.is_current = 1)
         FROM involved i JOIN units u ON u.id = i.unit_id LEFT JOIN areas a ON a.id = u.area_id`,
    )
    .raw()
    .all({ r: roundId }) as [number, number | null, string | null, number, number, number][];
  return rows.map(([unitId, areaId, areaName, inRound, received, reported]) => ({
    unitId,
    areaId,
    areaName,
    inRound: inRound === 1,
    received: received === 1,
    reported: reported === 1,
  }));
}

/** Sum and count of the figures of the current reports, per indicator and commune/ward (null: none). */
export function reportSumsByArea(ctx: ServiceContext, roundId: number): [number, number | null, number, number][] {
  return ctx.db
    .prepare(
      `SELECT v.indicator_id, u.area_id, SUM(v.num_value), COUNT(v.num_value)
         FROM report_submissions s JOIN report_values v ON v.submission_id = s.id JOIN units u ON u.id = s.unit_id
        WHERE s.round_id = ? AND s.is_current = 1 AND v.num_value IS NOT NULL
        GROUP BY v.indicator_id, u.area_id`,
    )
    .raw()
    .all(roundId) as [number, number | null, number, number][];
}

/** Indicator id → code key (the key activity types map their measures to). */
export function indicatorKeys(ctx: ServiceContext, roundId: number): Map<number, string> {
  const rows = ctx.db.prepare('SELECT id, code_key FROM report_indicators WHERE round_id = ?').raw().all(roundId) as [number, string][];
  return new Map(rows);
}
