// Results of a reporting round.
//
// COUNTING RULE (no double counting), also shown to the clerk (shared/results/schema.ts COUNTING_RULE):
//  - unit reports: the current submission of every unit; count and money figures are summed,
//    percentages averaged over the units that gave one, text is not added up;
//  - activities the office organised itself (activities.unit_id IS NULL) of the round are added,
//    through the activity type → indicator code mapping (activity_type_indicators);
//  - activities logged for a grassroots unit are what that unit did, so its report already holds
//    them: when the unit has a current report they are only listed ("informational"); when it has
//    not reported they are added ("counted") unless the clerk switched that off for the round
//    ("excluded"). Once the unit reports, they stop being added — the report wins.
// Every figure can be traced: results.sources lists the submissions (unit, file, value) and the
// activities (title, value, status) behind an indicator.
//
// Speed (test/bench/results.ts: 1,000 units × 40 indicators + 5,000 activities): SQLite does the
// adding up (one pass over the report values with a SUM/COUNT per sector, activities summed per
// type/status/sector) and large row sets come back as one JSON string; the report totals of the
// comparison round are cached by the state of its submissions (reportTotals).
import { AppError } from '../../../shared/api/result';
import type { Measure } from '../../../shared/activities/schema';
import { MEASURE_SHORT } from '../../../shared/activities/schema';
import { shortName } from '../../../shared/documents/office-text';
import type { IndicatorKind } from '../../../shared/reports/parse-number';
import type { SubmissionSource, SubmissionState } from '../../../shared/reports/schema';
import {
  COUNTING_RULE,
  DEFAULT_ACTIVITY_CODE,
  DEFAULT_TARGETS,
  SECTOR_KINDS,
  defaultSectorKind,
  type ActivityStatus,
  type IndicatorResult,
  type IndicatorSources,
  type ResultsColumn,
  type ResultsSettings,
  type RoundResults,
  type SectorKind,
  type SourceActivity,
  type SourceSubmission,
  type UnitBreakdown,
  type UnitBreakdownRow,
} from '../../../shared/results/schema';
import { shareOfUnits } from '../../../shared/results/share';
import { compareVi, foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { typeMappings } from '../activities/types';
import { readOfficeSettings } from '../settings/handlers';

export const ROUND_NOT_FOUND = 'Không tìm thấy đợt báo cáo này; có thể nó vừa bị xóa. Hãy tải lại trang.';

interface RoundRow {
  id: number;
  code: string;
  name: string;
  periodFrom: string | null;
  periodTo: string | null;
  deadline: string;
}

interface IndicatorRow {
  id: number;
  code: string;
  key: string;
  group: string | null;
  label: string;
  unit: string | null;
  kind: IndicatorKind;
  target: number | null;
}

interface UnitRow {
  id: number;
  code: string;
  name: string;
  sectorId: number | null;
  sectorName: string | null;
  sectorOrder: number;
  inRound: boolean;
}

interface CurrentSubmission {
  id: number;
  unitId: number;
  source: SubmissionSource;
  fileName: string | null;
  receivedOn: string;
}

export interface ActivityRow {
  id: number;
  typeId: number;
  unitId: number | null;
  title: string;
  date: string;
  m: Record<Measure, number>;
}

export const roundYear = (r: Pick<RoundRow, 'periodFrom' | 'deadline'>) => Number((r.periodFrom ?? r.deadline).slice(0, 4));

export function getRound(ctx: ServiceContext, id: number): RoundRow {
  const r = ctx.db
    .prepare('SELECT id, code, name, period_from AS periodFrom, period_to AS periodTo, deadline FROM report_rounds WHERE id = ?')
    .get(id) as RoundRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', ROUND_NOT_FOUND);
  return r;
}

function indicators(ctx: ServiceContext, roundId: number): IndicatorRow[] {
  return ctx.db
    .prepare(
      `SELECT id, code, code_key AS key, group_name AS "group", label, unit_label AS unit, kind, target
         FROM report_indicators WHERE round_id = ? ORDER BY sort_order, id`,
    )
    .all(roundId) as IndicatorRow[];
}

// ---------------------------------------------------------------------------------------------
// Settings

export function sectorKinds(ctx: ServiceContext): ResultsSettings['sectorKinds'] {
  const rows = ctx.db
    .prepare('SELECT s.id, s.name, k.kind FROM sectors s LEFT JOIN result_sector_kinds k ON k.sector_id = s.id ORDER BY s.sort_order, s.id')
    .all() as { id: number; name: string; kind: SectorKind | null }[];
  return rows.map((r) => ({ sectorId: r.id, name: r.name, kind: r.kind ?? defaultSectorKind(r.name), chosen: r.kind !== null }));
}

export function readSettings(ctx: ServiceContext, roundId: number): ResultsSettings {
  const r = ctx.db
    .prepare(
      `SELECT enterprise_target AS e, public_target AS p, activity_code AS code, count_unit_activities AS cu, compare_mode AS mode,
              compare_round_id AS cr FROM result_round_settings WHERE round_id = ?`,
    )
    .get(roundId) as
    { e: number | null; p: number | null; code: string | null; cu: number; mode: 'auto' | 'none' | 'round'; cr: number | null } | undefined;
  const compare: ResultsSettings['compare'] = !r ? 'auto' : r.mode === 'round' ? (r.cr ?? 'auto') : r.mode;
  return {
    enterpriseTarget: r ? r.e : DEFAULT_TARGETS.enterprise,
    publicTarget: r ? r.p : DEFAULT_TARGETS.public,
    activityCode: r?.code ?? DEFAULT_ACTIVITY_CODE,
    countUnitActivities: r ? r.cu === 1 : true,
    compare,
    sectorKinds: sectorKinds(ctx),
  };
}

export interface SettingsInput {
  roundId: number;
  enterpriseTarget: number | null;
  publicTarget: number | null;
  activityCode: string | null;
  countUnitActivities: boolean;
  compare: 'auto' | 'none' | number;
  sectorKinds: { sectorId: number; kind: SectorKind }[];
}

export function saveSettings(ctx: ServiceContext, s: SettingsInput): void {
  getRound(ctx, s.roundId);
  if (typeof s.compare === 'number') {
    if (s.compare === s.roundId) {
      const msg = 'Hãy chọn một đợt khác để so sánh (không so sánh một đợt với chính nó).';
      throw new AppError('INVALID_INPUT', msg, { compare: msg });
    }
    if (!ctx.db.prepare('SELECT 1 FROM report_rounds WHERE id = ?').get(s.compare)) {
      const msg = 'Đợt so sánh không còn; hãy chọn lại.';
      throw new AppError('INVALID_INPUT', msg, { compare: msg });
    }
  }
  const sectorExists = ctx.db.prepare('SELECT 1 FROM sectors WHERE id = ?');
  for (const [i, k] of s.sectorKinds.entries()) {
    if (!sectorExists.get(k.sectorId)) {
      const msg = 'Một khối trong danh sách không còn; hãy tải lại trang.';
      throw new AppError('INVALID_INPUT', msg, { [`sectorKinds.${i}.sectorId`]: msg });
    }
  }
  ctx.db
    .prepare(
      `INSERT INTO result_round_settings (round_id, enterprise_target, public_target, activity_code, count_unit_activities, compare_mode, compare_round_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (round_id) DO UPDATE SET enterprise_target = excluded.enterprise_target, public_target = excluded.public_target,
         activity_code = excluded.activity_code, count_unit_activities = excluded.count_unit_activities,
         compare_mode = excluded.compare_mode, compare_round_id = excluded.compare_round_id`,
    )
    .run(
      s.roundId,
      s.enterpriseTarget,
      s.publicTarget,
      s.activityCode,
      s.countUnitActivities ? 1 : 0,
      typeof s.compare === 'number' ? 'round' : s.compare,
      typeof s.compare === 'number' ? s.compare : null,
    );
  const upsert = ctx.db.prepare(
    'INSERT INTO result_sector_kinds (sector_id, kind) VALUES (?, ?) ON CONFLICT (sector_id) DO UPDATE SET kind = excluded.kind',
  );
  for (const k of s.sectorKinds) upsert.run(k.sectorId, k.kind);
}

// ---------------------------------------------------------------------------------------------
// Loading

/** Units of the round (must report), plus units with a report or an activity in it. */
function roundUnits(ctx: ServiceContext, roundId: number): Map<number, UnitRow> {
  const json = ctx.db
    .prepare(
      `WITH required AS (SELECT unit_id FROM report_round_units WHERE round_id = @r),
            involved AS (SELECT unit_id FROM required
                         UNION SELECT unit_id FROM report_submissions WHERE round_id = @r
                         UNION SELECT unit_id FROM activities WHERE round_id = @r AND unit_id IS NOT NULL)
       SELECT json_group_array(json_array(u.id, u.code, u.name, u.sector_id, s.name, COALESCE(s.sort_order, 1e9),
                                          u.id IN (SELECT unit_id FROM required)))
         FROM involved i JOIN units u ON u.id = i.unit_id LEFT JOIN sectors s ON s.id = u.sector_id`,
    )
    .pluck()
    .get({ r: roundId }) as string;
  const rows = JSON.parse(json) as [number, string, string, number | null, string | null, number, number][];
  return new Map(
    rows.map(([id, code, name, sectorId, sectorName, sectorOrder, inRound]) => [
      id,
      { id, code, name, sectorId, sectorName, sectorOrder, inRound: inRound === 1 },
    ]),
  );
}

/** The current submission of each unit that reported, and the first day its report reached the office. */
function submissions(ctx: ServiceContext, roundId: number): { current: Map<number, CurrentSubmission>; first: Map<number, string> } {
  const json = ctx.db
    .prepare(
      `SELECT json_group_array(json_array(unit_id, cur_id, source, file_name, received_on, first_on)) FROM (
         SELECT unit_id, MIN(received_on) AS first_on,
                MAX(CASE WHEN is_current = 1 THEN id END) AS cur_id,
                MAX(CASE WHEN is_current = 1 THEN source END) AS source,
                MAX(CASE WHEN is_current = 1 THEN file_name END) AS file_name,
                MAX(CASE WHEN is_current = 1 THEN received_on END) AS received_on
           FROM report_submissions WHERE round_id = ? GROUP BY unit_id)`,
    )
    .pluck()
    .get(roundId) as string;
  const rows = JSON.parse(json) as [number, number | null, SubmissionSource | null, string | null, string | null, string][];
  const current = new Map<number, CurrentSubmission>();
  const first = new Map<number, string>();
  for (const [unitId, id, source, fileName, receivedOn, firstOn] of rows) {
    first.set(unitId, firstOn);
    if (id !== null) current.set(unitId, { id, unitId, source: source!, fileName, receivedOn: receivedOn! });
  }
  return { current, first };
}

/**
 * The activities of a round with their measures. Read as one JSON array built by SQLite: much
 * faster than materialising thousands of rows one by one (see test/bench/results.ts).
 */
export function loadActivities(ctx: ServiceContext, roundId: number, withText = true): ActivityRow[] {
  const json = ctx.db
    .prepare(
      `SELECT json_group_array(json_array(id, type_id, unit_id, participants, other_beneficiaries + member_count,
              n_accident, n_occupational, n_illness, n_hardship, money_union, money_employer, money_social, money_government${withText ? ', title, date' : ''}))
         FROM activities WHERE round_id = ?`,
    )
    .pluck()
    .get(roundId) as string;
  const rows = JSON.parse(json) as [
    number,
    number,
    number | null,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    string?,
    string?,
  ][];
  return rows.map(
    ([id, typeId, unitId, participants, beneficiaries, accident, occupational, illness, hardship, mu, me, ms, mg, title, date]) => ({
      id,
      typeId,
      unitId,
      title: title ?? '',
      date: date ?? '',
      m: measures(1, participants, beneficiaries, accident, occupational, illness, hardship, mu, me, ms, mg),
    }),
  );
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

/** Activities of a round added up by type, how they count (see activityStatus) and sector. */
export interface ActivityGroup {
  typeId: number;
  /** 0: the office; 1: a unit without a current report; 2: a unit that has reported. */
  who: 0 | 1 | 2;
  sectorId: number | null;
  m: Record<Measure, number>;
}

/**
 * The measures of a round's activities summed by SQLite per (type, office / unit not reported /
 * unit reported, sector): the totals are linear in the measures, so this is all they need.
 */
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
    .all(roundId) as [
    number,
    0 | 1 | 2,
    number | null,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ][];
  return rows.map(([typeId, who, sectorId, n, participants, beneficiaries, accident, occupational, illness, hardship, mu, me, ms, mg]) => ({
    typeId,
    who,
    sectorId: who === 0 ? null : sectorId,
    m: measures(n, participants, beneficiaries, accident, occupational, illness, hardship, mu, me, ms, mg),
  }));
}

const groupStatus = (g: ActivityGroup, countUnitActivities: boolean): ActivityStatus =>
  g.who === 0 ? 'office' : g.who === 2 ? 'informational' : countUnitActivities ? 'counted' : 'excluded';

/**
 * Sum and count of the figures per indicator id in the current reports of a round. Cached per
 * database: a round's reports only change by adding a submission or replacing the current one
 * (values are never edited in place), so (count, last id, Σ id of current) identifies the data.
 * Used for the comparison round, read on every results call.
 */
const reportTotalsCache = new WeakMap<object, Map<number, { sig: string; rows: [number, number, number][] }>>();

function reportTotals(ctx: ServiceContext, roundId: number): [number, number, number][] {
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

/** How an activity enters the totals (see the rule at the top of this file). */
export function activityStatus(unitId: number | null, reported: boolean, countUnitActivities: boolean): ActivityStatus {
  if (unitId === null) return 'office';
  if (reported) return 'informational';
  return countUnitActivities ? 'counted' : 'excluded';
}

/** Per indicator key → for each activity type, the measures that feed it. */
type Feeds = Map<number, { idx: number; measures: Measure[] }[]>;

function resolveFeeds(
  ctx: ServiceContext,
  inds: IndicatorRow[],
  usedTypes: Set<number>,
): { feeds: Feeds; unmatched: RoundResults['activities']['unmatched'] } {
  const byKey = new Map(inds.map((ind, idx) => [ind.key, idx]));
  const maps = typeMappings(ctx);
  const names = new Map(
    (ctx.db.prepare('SELECT id, name FROM activity_types').all() as { id: number; name: string }[]).map((t) => [t.id, t.name]),
  );
  const feeds: Feeds = new Map();
  const unmatched: RoundResults['activities']['unmatched'] = [];
  for (const [typeId, list] of maps) {
    const perInd = new Map<number, Measure[]>();
    for (const { measure, code, key } of list) {
      const idx = byKey.get(key);
      const numeric = idx !== undefined && (inds[idx].kind === 'count' || inds[idx].kind === 'money');
      if (!numeric) {
        if (usedTypes.has(typeId)) unmatched.push({ typeName: names.get(typeId) ?? '', measure: MEASURE_SHORT[measure], code });
        continue;
      }
      const ms = perInd.get(idx) ?? [];
      ms.push(measure);
      perInd.set(idx, ms);
    }
    feeds.set(
      typeId,
      [...perInd.entries()].map(([idx, measures]) => ({ idx, measures })),
    );
  }
  return { feeds, unmatched };
}

const sumMeasures = (a: { m: Record<Measure, number> }, measures: Measure[]) => measures.reduce((s, m) => s + a.m[m], 0);

// ---------------------------------------------------------------------------------------------
// The results

interface Computed {
  results: RoundResults;
  inds: IndicatorRow[];
  units: Map<number, UnitRow>;
  current: Map<number, CurrentSubmission>;
  first: Map<number, string>;
  feeds: Feeds;
  active: Set<number>;
}

function columnKey(sectorId: number | null) {
  return sectorId === null ? 'none' : `s${sectorId}`;
}

/**
 * Totals only, keyed by indicator code: the comparison round. A lighter path than compute(): no
 * sectors, units or share, the same counting rule.
 */
function totalsByKey(ctx: ServiceContext, roundId: number): Map<string, number | null> {
  const settings = readSettings(ctx, roundId);
  const inds = indicators(ctx, roundId);
  const idxById = new Map(inds.map((ind, i) => [ind.id, i]));
  const sum = new Float64Array(inds.length);
  const count = new Int32Array(inds.length);
  for (const [id, total, n] of reportTotals(ctx, roundId)) {
    const i = idxById.get(id);
    if (i === undefined) continue;
    sum[i] = total;
    count[i] = n;
  }
  const { feeds } = resolveFeeds(ctx, inds, new Set());
  for (const g of activityGroups(ctx, roundId)) {
    const status = groupStatus(g, settings.countUnitActivities);
    if (status !== 'office' && status !== 'counted') continue;
    for (const { idx, measures } of feeds.get(g.typeId) ?? []) sum[idx] += sumMeasures(g, measures);
  }
  return new Map(
    inds.map((ind, i) => [
      ind.key,
      ind.kind === 'count' || ind.kind === 'money' ? sum[i] : ind.kind === 'percent' && count[i] ? round2(sum[i] / count[i]) : null,
    ]),
  );
}

/** The same round of the previous year: code or name with the year one less, else null. */
export function findPreviousRound(ctx: ServiceContext, round: RoundRow): RoundRow | null {
  const year = roundYear(round);
  const minus = (s: string) => foldVi(s).replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) - 1));
  const noYear = (s: string) =>
    foldVi(s)
      .replace(/\b(19|20)\d{2}\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const others = (
    ctx.db
      .prepare('SELECT id, code, name, period_from AS periodFrom, period_to AS periodTo, deadline FROM report_rounds WHERE id != ?')
      .all(round.id) as RoundRow[]
  ).sort((a, b) => (a.deadline < b.deadline ? 1 : -1));
  const code = minus(round.code);
  const name = minus(round.name);
  const exact = others.find(
    (o) => (foldVi(o.code) === code && code !== foldVi(round.code)) || (foldVi(o.name) === name && name !== foldVi(round.name)),
  );
  if (exact) return exact;
  return others.find((o) => roundYear(o) === year - 1 && noYear(o.name) === noYear(round.name) && noYear(o.name) !== '') ?? null;
}

function compute(ctx: ServiceContext, roundId: number, withPrevious: boolean): Computed {
  const round = getRound(ctx, roundId);
  const settings = readSettings(ctx, roundId);
  const inds = indicators(ctx, roundId);
  const idxById = new Map(inds.map((ind, i) => [ind.id, i]));
  const units = roundUnits(ctx, roundId);
  const { current, first } = submissions(ctx, roundId);
  const kindOf = new Map(settings.sectorKinds.map((s) => [s.sectorId, s.kind]));

  // Columns: sectors with units in the round (in the sectors' order), units without a sector, the office.
  const colKeys = new Map<string, ResultsColumn>();
  const sortedUnits = [...units.values()].sort((a, b) => a.sectorOrder - b.sectorOrder);
  for (const u of sortedUnits) {
    const key = columnKey(u.sectorId);
    let col = colKeys.get(key);
    if (!col) {
      col = {
        key,
        sectorId: u.sectorId,
        name: u.sectorName ?? 'Chưa phân khối',
        kind: u.sectorId === null ? 'other' : (kindOf.get(u.sectorId) ?? defaultSectorKind(u.sectorName)),
        units: 0,
      };
      colKeys.set(key, col);
    }
    if (u.inRound) col.units++;
  }
  const none = colKeys.get('none');
  if (none) {
    colKeys.delete('none');
    colKeys.set('none', none);
  }
  const office = readOfficeSettings(ctx);
  colKeys.set('office', {
    key: 'office',
    sectorId: null,
    name: office ? `${shortName(office.issuingBody)} tổ chức` : 'Văn phòng tổ chức',
    kind: 'office',
    units: 0,
  });
  const columns = [...colKeys.values()];
  const colIdx = new Map(columns.map((c, i) => [c.key, i]));
  const officeCol = columns.length - 1;

  const nI = inds.length;
  const nC = columns.length;
  const repSum = new Float64Array(nI);
  const repCount = new Int32Array(nI);
  const colSum = new Float64Array(nI * nC);
  const colCount = new Int32Array(nI * nC);
  const officeSum = new Float64Array(nI);
  const unitSum = new Float64Array(nI);
  const infoSum = new Float64Array(nI);
  const actCount = new Int32Array(nI);

  // 1. Unit reports, aggregated by SQLite in one pass: per indicator, a sum and a count for each
  //    sector column (FILTER), so only one row per indicator comes back.
  const sectorCols = columns.map((col, c) => ({ col, c })).filter(({ col }) => col.kind !== 'office');
  const filters = sectorCols
    .map(({ col }) => {
      const cond = col.sectorId === null ? 'u.sector_id IS NULL' : `u.sector_id = ${Number(col.sectorId)}`;
      return `SUM(v.num_value) FILTER (WHERE ${cond}), COUNT(v.num_value) FILTER (WHERE ${cond})`;
    })
    .join(', ');
  const agg = ctx.db
    .prepare(
      `SELECT v.indicator_id${filters ? `, ${filters}` : ''}
         FROM report_submissions s JOIN report_values v ON v.submission_id = s.id JOIN units u ON u.id = s.unit_id
        WHERE s.round_id = ? AND s.is_current = 1 AND v.num_value IS NOT NULL
        GROUP BY v.indicator_id`,
    )
    .raw()
    .all(roundId) as (number | null)[][];
  for (const row of agg) {
    const i = idxById.get(row[0] as number);
    if (i === undefined) continue;
    sectorCols.forEach(({ c }, k) => {
      const sum = (row[1 + 2 * k] as number | null) ?? 0;
      const n = (row[2 + 2 * k] as number | null) ?? 0;
      repSum[i] += sum;
      repCount[i] += n;
      colSum[i * nC + c] += sum;
      colCount[i * nC + c] += n;
    });
  }

  // 2. Activities of the round, summed per type, status and sector.
  const groups = activityGroups(ctx, roundId);
  const { feeds, unmatched } = resolveFeeds(ctx, inds, new Set(groups.map((g) => g.typeId)));
  const nBy: Record<ActivityStatus, number> = { office: 0, counted: 0, informational: 0, excluded: 0 };
  for (const g of groups) {
    const status = groupStatus(g, settings.countUnitActivities);
    nBy[status] += g.m.activities;
    const list = feeds.get(g.typeId);
    if (!list) continue;
    const c = g.who === 0 ? officeCol : (colIdx.get(columnKey(g.sectorId)) ?? officeCol);
    for (const { idx, measures } of list) {
      const v = sumMeasures(g, measures);
      if (status === 'office' || status === 'counted') {
        if (status === 'office') officeSum[idx] += v;
        else unitSum[idx] += v;
        actCount[idx] += g.m.activities;
        colSum[idx * nC + c] += v;
        colCount[idx * nC + c] += g.m.activities;
      } else if (status === 'informational') infoSum[idx] += v;
    }
  }

  // 3. Share of units with at least one activity.
  const activityIdx = inds.findIndex((i) => i.key === foldVi(settings.activityCode) && (i.kind === 'count' || i.kind === 'money'));
  const activeRows =
    activityIdx >= 0
      ? (ctx.db
          .prepare(
            `SELECT DISTINCT s.unit_id FROM report_submissions s JOIN report_values v ON v.submission_id = s.id
              WHERE s.round_id = ? AND s.is_current = 1 AND v.indicator_id = ? AND v.num_value > 0`,
          )
          .raw()
          .all(roundId, inds[activityIdx].id) as [number][])
      : (ctx.db
          .prepare(
            `SELECT DISTINCT s.unit_id FROM report_submissions s JOIN report_values v ON v.submission_id = s.id
               JOIN report_indicators i ON i.id = v.indicator_id
              WHERE s.round_id = ? AND s.is_current = 1 AND i.kind = 'count' AND v.num_value > 0`,
          )
          .raw()
          .all(roundId) as [number][]);
  const active = new Set(activeRows.map((r) => r[0]));
  const withActivities = ctx.db
    .prepare('SELECT DISTINCT unit_id FROM activities WHERE round_id = ? AND unit_id IS NOT NULL')
    .raw()
    .all(roundId) as [number][];
  for (const [unitId] of withActivities) active.add(unitId);
  const shareUnits = [...units.values()]
    .filter((u) => u.inRound)
    .map((u) => ({
      kind: u.sectorId === null ? ('other' as const) : (kindOf.get(u.sectorId) ?? defaultSectorKind(u.sectorName)),
      active: active.has(u.id),
    }));
  const share = shareOfUnits(shareUnits, { enterprise: settings.enterpriseTarget, public: settings.publicTarget });

  // 4. Comparison.
  let previous: RoundResults['previous'] = null;
  let prevTotals: Map<string, number | null> | null = null;
  if (withPrevious && settings.compare !== 'none') {
    const prev = settings.compare === 'auto' ? findPreviousRound(ctx, round) : getRound(ctx, settings.compare);
    if (prev) {
      previous = { id: prev.id, code: prev.code, name: prev.name, year: roundYear(prev) };
      prevTotals = totalsByKey(ctx, prev.id);
    }
  }

  const results: IndicatorResult[] = inds.map((ind, i) => {
    const numeric = ind.kind === 'count' || ind.kind === 'money';
    const reports = ind.kind === 'percent' ? (repCount[i] ? round2(repSum[i] / repCount[i]) : 0) : repSum[i];
    const total = numeric ? repSum[i] + officeSum[i] + unitSum[i] : ind.kind === 'percent' && repCount[i] ? reports : null;
    const byColumn = columns.map((_c, c) => {
      const n = colCount[i * nC + c];
      if (ind.kind === 'percent') return n ? round2(colSum[i * nC + c] / n) : null;
      return numeric ? colSum[i * nC + c] : null;
    });
    const byKind = {} as Record<SectorKind, number | null>;
    for (const kind of SECTOR_KINDS) {
      let sum = 0;
      let n = 0;
      columns.forEach((col, c) => {
        if (col.kind !== kind) return;
        sum += colSum[i * nC + c];
        n += colCount[i * nC + c];
      });
      byKind[kind] = numeric ? sum : ind.kind === 'percent' && n ? round2(sum / n) : null;
    }
    return {
      id: ind.id,
      code: ind.code,
      group: ind.group,
      label: ind.label,
      unit: ind.unit,
      kind: ind.kind,
      target: ind.target,
      total,
      reports,
      office: officeSum[i],
      unitActivities: unitSum[i],
      informational: infoSum[i],
      reportCount: repCount[i],
      activityCount: actCount[i],
      byColumn,
      byKind,
      previous: prevTotals ? (prevTotals.get(ind.key) ?? null) : null,
    };
  });

  const required = [...units.values()].filter((u) => u.inRound).length;
  let received = 0;
  let late = 0;
  for (const u of units.values()) {
    if (!u.inRound) continue;
    const f = first.get(u.id);
    if (f === undefined) continue;
    received++;
    if (f > round.deadline) late++;
  }
  const otherRounds = ctx.db
    .prepare('SELECT id, code, name FROM report_rounds WHERE id != ? ORDER BY deadline DESC, id DESC')
    .all(roundId) as RoundResults['otherRounds'];

  return {
    results: {
      round: { ...round, year: roundYear(round) },
      settings,
      counts: { required, received, onTime: received - late, late, missing: required - received },
      columns,
      indicators: results,
      share: { ...share, activityIndicator: activityIdx >= 0 ? { code: inds[activityIdx].code, label: inds[activityIdx].label } : null },
      activities: {
        total: nBy.office + nBy.counted + nBy.informational + nBy.excluded,
        office: nBy.office,
        unitCounted: nBy.counted,
        unitInformational: nBy.informational,
        unitExcluded: nBy.excluded,
        unmatched: dedupe(unmatched),
      },
      previous,
      otherRounds,
      rule: COUNTING_RULE,
    },
    inds,
    units,
    current,
    first,
    feeds,
    active,
  };
}

function dedupe<T>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function roundResults(ctx: ServiceContext, roundId: number): RoundResults {
  return compute(ctx, roundId, true).results;
}

// ---------------------------------------------------------------------------------------------
// Drill-down: the sources of one figure, and the figure unit by unit

function indicatorIndex(c: Computed, indicatorId: number): number {
  const i = c.inds.findIndex((x) => x.id === indicatorId);
  if (i < 0) throw new AppError('NOT_FOUND', 'Chỉ tiêu này không còn trong đợt báo cáo; hãy tải lại trang.');
  return i;
}

/** Activities feeding indicator `idx`, with their value and status. */
function activityContributions(
  c: Computed,
  activities: ActivityRow[],
  idx: number,
): { a: ActivityRow; value: number; measures: Measure[]; status: ActivityStatus }[] {
  const out: { a: ActivityRow; value: number; measures: Measure[]; status: ActivityStatus }[] = [];
  for (const a of activities) {
    const feed = c.feeds.get(a.typeId)?.find((f) => f.idx === idx);
    if (!feed) continue;
    const status = activityStatus(a.unitId, a.unitId !== null && c.current.has(a.unitId), c.results.settings.countUnitActivities);
    out.push({ a, value: sumMeasures(a, feed.measures), measures: feed.measures, status });
  }
  return out;
}

export function indicatorSources(ctx: ServiceContext, roundId: number, indicatorId: number): IndicatorSources {
  const c = compute(ctx, roundId, false);
  const idx = indicatorIndex(c, indicatorId);
  const activities = loadActivities(ctx, roundId, true);
  const rows = ctx.db
    .prepare(
      `SELECT s.id AS submissionId, s.unit_id AS unitId, u.code AS unitCode, u.name AS unitName, sec.name AS sectorName, s.source,
              s.file_name AS fileName, s.received_on AS receivedOn, COALESCE(v.num_value, v.text_value) AS value
         FROM report_submissions s JOIN report_values v ON v.submission_id = s.id JOIN units u ON u.id = s.unit_id
         LEFT JOIN sectors sec ON sec.id = u.sector_id
        WHERE s.round_id = ? AND s.is_current = 1 AND v.indicator_id = ? AND COALESCE(v.num_value, v.text_value) IS NOT NULL`,
    )
    .all(roundId, indicatorId) as SourceSubmission[];
  rows.sort((a, b) => compareVi(a.unitName, b.unitName) || compareVi(a.unitCode, b.unitCode));
  const unitName = (id: number | null) => (id === null ? null : (c.units.get(id)?.name ?? null));
  const acts: SourceActivity[] = activityContributions(c, activities, idx)
    .sort((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.a.id - y.a.id))
    .map(({ a, value, measures, status }) => ({
      activityId: a.id,
      title: a.title,
      date: a.date,
      unitId: a.unitId,
      organiserName: unitName(a.unitId),
      status,
      value,
      measures: measures.map((m) => MEASURE_SHORT[m]).join(' + '),
    }));
  return { indicator: c.results.indicators[idx], submissions: rows, activities: acts };
}

export function unitBreakdown(ctx: ServiceContext, roundId: number, indicatorId: number): UnitBreakdown {
  const c = compute(ctx, roundId, false);
  const idx = indicatorIndex(c, indicatorId);
  const ind = c.inds[idx];
  const values = new Map(
    (
      ctx.db
        .prepare(
          `SELECT s.unit_id, COALESCE(v.num_value, v.text_value) FROM report_submissions s JOIN report_values v ON v.submission_id = s.id
            WHERE s.round_id = ? AND s.is_current = 1 AND v.indicator_id = ?`,
        )
        .raw()
        .all(roundId, indicatorId) as [number, number | string | null][]
    ).map(([u, v]) => [u, v]),
  );
  const counted = new Map<number, number>();
  const info = new Map<number, number>();
  for (const { a, value, status } of activityContributions(c, loadActivities(ctx, roundId, false), idx)) {
    if (a.unitId === null) continue;
    const target = status === 'counted' ? counted : info;
    target.set(a.unitId, (target.get(a.unitId) ?? 0) + value);
  }
  const deadline = c.results.round.deadline;
  const rows: UnitBreakdownRow[] = [...c.units.values()].map((u) => {
    const sub = c.current.get(u.id) ?? null;
    const f = c.first.get(u.id);
    const state: SubmissionState = f === undefined ? 'missing' : f > deadline ? 'late' : 'on_time';
    const report = values.get(u.id) ?? null;
    const act = counted.get(u.id) ?? 0;
    const numeric = ind.kind === 'count' || ind.kind === 'money';
    const total = numeric ? (typeof report === 'number' ? report : 0) + act : typeof report === 'number' ? report : null;
    return {
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      sectorName: u.sectorName,
      state,
      submissionId: sub?.id ?? null,
      fileName: sub?.fileName ?? null,
      report,
      activities: act,
      informational: info.get(u.id) ?? 0,
      total,
      active: c.active.has(u.id),
    };
  });
  const order = new Map([...c.units.values()].map((u) => [u.id, u.sectorOrder]));
  rows.sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)! || compareVi(a.unitName, b.unitName));
  return { indicator: c.results.indicators[idx], rows };
}
