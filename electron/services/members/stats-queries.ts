import { AppError } from '../../../shared/api/result';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import { compareVi } from '../../../shared/text/vi';
import type { MemberStats, MemberStatsInput, StatsCounts, UnitStatsRow } from '../../../shared/members/stats-schema';
import { defaultStatsPeriod, periodStartFor, reportingDates } from '../../../shared/members/stats-schema';
import type { ServiceContext } from '../context';
import { NO_AREA } from '../../../shared/areas/schema';
import { statsByArea } from '../areas/stats-totals';

const zero = (): StatsCounts => ({
  members: 0,
  women: 0,
  ethnicMinorities: 0,
  partyMembers: 0,
  admitted: 0,
  transferredIn: 0,
  transferredOut: 0,
  left: 0,
});

function resolvePeriod(ctx: ServiceContext, input: MemberStatsInput): { asOf: string; periodFrom: string } {
  const today = todayIso(ctx.now());
  const asOf = input.asOf ?? defaultStatsPeriod(today).asOf;
  const periodFrom = input.periodFrom ?? periodStartFor(asOf);
  if (periodFrom > asOf) {
    const msg = `Ngày đầu kỳ (${isoToVn(periodFrom)}) phải trước ngày chốt số liệu (${isoToVn(asOf)}).`;
    throw new AppError('INVALID_INPUT', msg, { periodFrom: msg });
  }
  return { asOf, periodFrom };
}

interface StatsUnit {
  id: number;
  code: string;
  name: string;
  sectorName: string | null;
  sectorOrder: number;
  foundedOn: string | null;
  dissolvedOn: string | null;
  areaId: number | null;
  areaName: string | null;
}

/** The units the statistics cover (the sector / area filter), with what their rows show. */
function statsUnits(ctx: ServiceContext, input: MemberStatsInput): StatsUnit[] {
  return ctx.db
    .prepare(
      `SELECT u.id, u.code, u.name, s.name AS sectorName, COALESCE(s.sort_order, 1e9) AS sectorOrder,
              u.founded_on AS foundedOn, u.dissolved_on AS dissolvedOn, u.area_id AS areaId, a.name AS areaName
         FROM units u LEFT JOIN sectors s ON s.id = u.sector_id LEFT JOIN areas a ON a.id = u.area_id
        WHERE (@sector IS NULL OR u.sector_id = @sector) AND (@area IS NULL OR u.area_id = @area) AND (@noArea = 0 OR u.area_id IS NULL)`,
    )
    .all({
      sector: input.sectorId ?? null,
      area: typeof input.areaId === 'number' ? input.areaId : null,
      noArea: input.areaId === NO_AREA ? 1 : 0,
    }) as StatsUnit[];
}

/**
 * Adds the period's events to the unit counts and the total; a transfer between two units of the
 * set moves nobody in or out of the total. The number of such internal transfers.
 */
function tallyPeriodEvents(
  events: [string, number | null, number | null, number][],
  byUnit: Map<number, StatsCounts>,
  inSet: Set<number>,
  total: StatsCounts,
): number {
  let internalTransfers = 0;
  for (const [kind, from, to, n] of events) {
    const fromC = from !== null ? byUnit.get(from) : undefined;
    const toC = to !== null ? byUnit.get(to) : undefined;
    switch (kind) {
      case 'admit':
        if (toC) {
          toC.admitted += n;
          total.admitted += n;
        }
        break;
      case 'transferIn':
        if (toC) {
          toC.transferredIn += n;
          total.transferredIn += n;
        }
        break;
      case 'transferOut':
        if (fromC) {
          fromC.transferredOut += n;
          total.transferredOut += n;
        }
        break;
      case 'leave':
        if (fromC) {
          fromC.left += n;
          total.left += n;
        }
        break;
      case 'transfer': {
        if (fromC) fromC.transferredOut += n;
        if (toC) toC.transferredIn += n;
        const a = from !== null && inSet.has(from);
        const b = to !== null && inSet.has(to);
        if (a && b) internalTransfers += n;
        else if (a) total.transferredOut += n;
        else if (b) total.transferredIn += n;
        break;
      }
    }
  }
  return internalTransfers;
}

/**
 * Counts per unit and in total as of `asOf` (end of that day), derived from events: membership
 * from member_spans (built from events), period figures from the events dated periodFrom..asOf.
 */
export function memberStats(ctx: ServiceContext, input: MemberStatsInput): MemberStats {
  const { asOf, periodFrom } = resolvePeriod(ctx, input);
  const units = statsUnits(ctx, input);
  const inSet = new Set(units.map((u) => u.id));
  const byUnit = new Map<number, StatsCounts>(units.map((u) => [u.id, zero()]));

  const members = ctx.db
    .prepare(
      `SELECT unit_id, COUNT(*), SUM(female), SUM(minority), SUM(party_from <= @asOf)
         FROM member_spans
        WHERE start_on <= @asOf AND (end_on IS NULL OR end_on > @asOf)
        GROUP BY unit_id`,
    )
    .raw()
    .all({ asOf }) as [number, number, number, number, number | null][];
  for (const [unitId, n, women, minorities, party] of members) {
    const c = byUnit.get(unitId);
    if (!c) continue;
    c.members = n;
    c.women = women;
    c.ethnicMinorities = minorities;
    c.partyMembers = party ?? 0;
  }

  const total = zero();
  const events = ctx.db
    .prepare(
      `SELECT kind, from_unit_id, to_unit_id, COUNT(*) FROM member_events
        WHERE date >= ? AND date <= ? AND kind IN ('admit', 'transferIn', 'transfer', 'transferOut', 'leave')
        GROUP BY kind, from_unit_id, to_unit_id`,
    )
    .raw()
    .all(periodFrom, asOf) as [string, number | null, number | null, number][];
  const internalTransfers = tallyPeriodEvents(events, byUnit, inSet, total);

  const rows: (UnitStatsRow & { order: number })[] = [];
  for (const u of units) {
    const c = byUnit.get(u.id)!;
    // Units that existed on asOf, plus any unit with figures (history before a dissolution stays visible).
    const open = (!u.dissolvedOn || u.dissolvedOn > asOf) && (!u.foundedOn || u.foundedOn <= asOf);
    const any = Object.values(c).some((v) => v !== 0);
    if (!open && !any) continue;
    rows.push({
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      sectorName: u.sectorName,
      areaId: u.areaId,
      areaName: u.areaName,
      order: u.sectorOrder,
      ...c,
    });
    total.members += c.members;
    total.women += c.women;
    total.ethnicMinorities += c.ethnicMinorities;
    total.partyMembers += c.partyMembers;
  }
  rows.sort((a, b) => a.order - b.order || compareVi(a.unitName, b.unitName) || compareVi(a.unitCode, b.unitCode));
  const unitRows = rows.map(({ order: _order, ...r }) => r);
  return {
    asOf,
    periodFrom,
    rows: unitRows,
    total,
    internalTransfers,
    byArea: statsByArea(unitRows),
    reportingDates: reportingDates(Number(asOf.slice(0, 4))),
  };
}
