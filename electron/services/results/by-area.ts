// A round's results per commune/ward (địa bàn), by the counting rule of rule.ts: the current
// unit reports of the units of each commune/ward, plus the activities logged for its units that
// have not reported (when the round counts them); the office's own activities are a column of
// their own. So the columns of a count or money indicator add up to its total.
import { NO_AREA, NO_AREA_LABEL, type AreaResultsColumn, type AreaRoundResults } from '../../../shared/areas/schema';
import { compareVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { typeMappings } from '../activities/activity-types-repo';
import { loadActivities } from './activity-queries';
import { roundResults } from './compute';
import { activityStatus, combine, isSummed, resolveFeeds, sumMeasures } from './rule';
import { indicatorKeys, reportSumsByArea, roundUnitsWithArea } from './by-area-repo';

const areaKey = (areaId: number | null) => (areaId === null ? NO_AREA : `a${areaId}`);

export function roundResultsByArea(ctx: ServiceContext, roundId: number): AreaRoundResults {
  const results = roundResults(ctx, roundId);
  const units = roundUnitsWithArea(ctx, roundId);

  // Columns: the communes/wards of the round's units in Vietnamese order, units without one, the office.
  const byKey = new Map<string, AreaResultsColumn>();
  for (const u of units) {
    const key = areaKey(u.areaId);
    let col = byKey.get(key);
    if (!col) {
      col = {
        key,
        areaId: u.areaId,
        name: u.areaName ?? NO_AREA_LABEL,
        kind: u.areaId === null ? 'none' : 'area',
        units: 0,
        received: 0,
      };
      byKey.set(key, col);
    }
    if (u.inRound) {
      col.units++;
      if (u.received) col.received++;
    }
  }
  const columns = [...byKey.values()].sort((a, b) => (a.kind === b.kind ? compareVi(a.name, b.name) : a.kind === 'none' ? 1 : -1));
  const officeName = results.columns.find((c) => c.kind === 'office')?.name ?? 'Văn phòng tổ chức';
  columns.push({ key: 'office', areaId: null, name: officeName, kind: 'office', units: 0, received: 0 });
  const colIdx = new Map(columns.map((c, i) => [c.key, i]));
  const officeCol = columns.length - 1;

  const inds = results.indicators;
  const idxById = new Map(inds.map((ind, i) => [ind.id, i]));
  const nC = columns.length;
  const sum = new Float64Array(inds.length * nC);
  const count = new Int32Array(inds.length * nC);

  for (const [indicatorId, areaId, s, n] of reportSumsByArea(ctx, roundId)) {
    const i = idxById.get(indicatorId);
    const c = colIdx.get(areaKey(areaId));
    if (i === undefined || c === undefined) continue;
    sum[i * nC + c] += s;
    count[i * nC + c] += n;
  }

  // Activities of units that have not reported, through the type → indicator mapping.
  const keys = indicatorKeys(ctx, roundId);
  const { feeds } = resolveFeeds(
    inds.map((ind) => ({ key: keys.get(ind.id) ?? '', kind: ind.kind })),
    typeMappings(ctx),
    new Map(),
    new Set(),
  );
  const unitById = new Map(units.map((u) => [u.unitId, u]));
  const countUnits = results.settings.countUnitActivities;
  for (const a of loadActivities(ctx, roundId, false)) {
    if (a.unitId === null) continue;
    const u = unitById.get(a.unitId);
    if (!u || activityStatus(a.unitId, u.reported, countUnits) !== 'counted') continue;
    const c = colIdx.get(areaKey(u.areaId))!;
    for (const { idx, measures } of feeds.get(a.typeId) ?? []) sum[idx * nC + c] += sumMeasures(a, measures);
  }

  const rows = inds.map((ind, i) => {
    const byColumn = columns.map((_col, c) =>
      c === officeCol ? (isSummed(ind.kind) ? ind.office : null) : combine(ind.kind, sum[i * nC + c], count[i * nC + c]),
    );
    return {
      indicatorId: ind.id,
      code: ind.code,
      group: ind.group,
      label: ind.label,
      unit: ind.unit,
      kind: ind.kind,
      byColumn,
      total: ind.total,
    };
  });
  return { roundId, columns, rows };
}
