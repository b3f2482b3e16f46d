// SQL over the activity log for the results of a round. Large row sets come back as one JSON
// string built by SQLite: much faster than materialising thousands of rows (test/bench/results.ts).
import type { Measure } from '../../../shared/activities/schema';
import type { ServiceContext } from '../context';
import type { ActivityGroup } from './rule';

/** An activity of the office as the drafted report names it. */
export interface OfficeActivity {
  title: string;
  date: string;
  place: string | null;
  participants: number;
  beneficiaries: number;
  money: number;
}

export interface ActivityRow {
  id: number;
  typeId: number;
  unitId: number | null;
  title: string;
  date: string;
  m: Record<Measure, number>;
}

/** The measures of one activity or a sum of them, in the column order both queries select. */
function measures(
  activities: number,
  participants: number,
  beneficiaries: number,
  accident: number,
  occupational: number,
  illness: number,
  hardship: number,
  mu: number,
  me: number,
  ms: number,
  mg: number,
): Record<Measure, number> {
  return {
    activities,
    participants,
    beneficiaries,
    accident,
    occupational,
    illness,
    hardship,
    money_total: mu + me + ms + mg,
    money_union: mu,
    money_employer: me,
    money_social: ms,
    money_government: mg,
  };
}

type Figures = [number, number, number, number, number, number, number, number, number, number];

/** The activities of a round with their measures (`withText`: also title and date). */
export function loadActivities(ctx: ServiceContext, roundId: number, withText = true): ActivityRow[] {
  const json = ctx.db
    .prepare(
      `SELECT json_group_array(json_array(id, type_id, unit_id, participants, other_beneficiaries + member_count,
              n_accident, n_occupational, n_illness, n_hardship, money_union, money_employer, money_social, money_government${withText ? ', title, date' : ''}))
         FROM activities WHERE round_id = ?`,
    )
    .pluck()
    .get(roundId) as string;
  const rows = JSON.parse(json) as [number, number, number | null, ...Figures, string?, string?][];
  return rows.map(([id, typeId, unitId, p, b, acc, occ, ill, hard, mu, me, ms, mg, title, date]) => ({
    id,
    typeId,
    unitId,
    title: title ?? '',
    date: date ?? '',
    m: measures(1, p, b, acc, occ, ill, hard, mu, me, ms, mg),
  }));
}

const ORGANISERS = ['office', 'not_reported', 'reported'] as const;

/** The measures of a round's activities summed by SQLite per type, organiser and sector. */
export function activityGroups(ctx: ServiceContext, roundId: number): ActivityGroup[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.type_id,
              CASE WHEN a.unit_id IS NULL THEN 0
                   WHEN EXISTS (SELECT 1 FROM report_submissions s WHERE s.round_id = a.round_id AND s.unit_id = a.unit_id AND s.is_current = 1) THEN 2
                   ELSE 1 END AS who,
              u.sector_id, COUNT(*), SUM(a.participants), SUM(a.other_beneficiaries + a.member_count), SUM(a.n_accident), SUM(a.n_occupational),
              SUM(a.n_illness), SUM(a.n_hardship), SUM(a.money_union), SUM(a.money_employer), SUM(a.money_social), SUM(a.money_government)
         FROM activities a LEFT JOIN units u ON u.id = a.unit_id
        WHERE a.round_id = ?
        GROUP BY 1, 2, 3`,
    )
    .raw()
    .all(roundId) as [number, 0 | 1 | 2, number | null, number, ...Figures][];
  return rows.map(([typeId, who, sectorId, n, p, b, acc, occ, ill, hard, mu, me, ms, mg]) => ({
    typeId,
    organiser: ORGANISERS[who],
    sectorId: who === 0 ? null : sectorId,
    m: measures(n, p, b, acc, occ, ill, hard, mu, me, ms, mg),
  }));
}

/** Units with at least one activity logged in the round. */
export function unitsWithActivities(ctx: ServiceContext, roundId: number): number[] {
  return ctx.db
    .prepare('SELECT DISTINCT unit_id FROM activities WHERE round_id = ? AND unit_id IS NOT NULL')
    .pluck()
    .all(roundId) as number[];
}

/** The activities the office organised itself in a round (first 50 by date), for the drafted report. */
export function officeActivitiesOfRound(ctx: ServiceContext, roundId: number): OfficeActivity[] {
  return ctx.db
    .prepare(
      `SELECT a.title, a.date, a.place, a.participants,
              a.other_beneficiaries + a.member_count AS beneficiaries,
              a.money_union + a.money_employer + a.money_social + a.money_government AS money
         FROM activities a WHERE a.round_id = ? AND a.unit_id IS NULL ORDER BY a.date, a.id LIMIT 50`,
    )
    .all(roundId) as OfficeActivity[];
}
