import type { AreaStatsRow, UnitStatsRow } from '../../../shared/members/stats-schema';
import { compareVi } from '../../../shared/text/vi';

const COUNTS = ['members', 'women', 'ethnicMinorities', 'partyMembers', 'admitted', 'transferredIn', 'transferredOut', 'left'] as const;

/**
 * Member statistics per commune/ward: the unit rows of each one added up, in Vietnamese order,
 * units without a commune/ward last. A transfer between two units of the same commune/ward is in
 * both of their rows, so it is in both columns of that commune/ward's row too.
 */
export function statsByArea(rows: readonly UnitStatsRow[]): AreaStatsRow[] {
  const byArea = new Map<number | null, AreaStatsRow>();
  for (const r of rows) {
    let a = byArea.get(r.areaId);
    if (!a) {
      a = { areaId: r.areaId, areaName: r.areaName, units: 0, ...Object.fromEntries(COUNTS.map((k) => [k, 0])) } as AreaStatsRow;
      byArea.set(r.areaId, a);
    }
    a.units++;
    for (const k of COUNTS) a[k] += r[k];
  }
  return [...byArea.values()].sort((x, y) =>
    x.areaId === null ? 1 : y.areaId === null ? -1 : compareVi(x.areaName ?? '', y.areaName ?? ''),
  );
}
