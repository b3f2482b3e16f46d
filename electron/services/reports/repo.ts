import crypto from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import { daysBetween } from '../../../shared/reports/days';
import { countSubmissionStates } from '../../../shared/reports/lateness';
import type { Indicator, IndicatorParsed, RoundCounts, RoundDetail, RoundFields, RoundSummary } from '../../../shared/reports/schema';
import { todayIso } from '../../../shared/text/dates';
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';

export type RoundRow = RoundFields & { createdAt: string; updatedAt: string };

export interface RoundFieldsParsed {
  name: string;
  code: string;
  periodFrom: string | null;
  periodTo: string | null;
  deadline: string;
  notes: string | null;
  unitIds: number[] | null;
}

export type { IndicatorParsed };

const ROUND_SELECT = `SELECT id, uuid, code, name, period_from AS periodFrom, period_to AS periodTo, deadline, notes,
  created_at AS createdAt, updated_at AS updatedAt FROM report_rounds`;

const ROUND_NOT_FOUND = 'Không tìm thấy đợt báo cáo này; có thể nó vừa bị xóa. Hãy tải lại trang.';
export const INDICATOR_GONE = 'Chỉ tiêu này không còn trong đợt báo cáo; hãy tải lại trang.';

/** Whether a round with this id exists (the field-level checks of other domains ask here). */
export function roundExists(ctx: ServiceContext, id: number): boolean {
  return ctx.db.prepare('SELECT 1 FROM report_rounds WHERE id = ?').get(id) !== undefined;
}

export function getRoundRow(ctx: ServiceContext, id: number): RoundRow {
  const row = ctx.db.prepare(`${ROUND_SELECT} WHERE id = ?`).get(id) as RoundRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', ROUND_NOT_FOUND);
  return row;
}

/** What identifies a round and its dates. */
export type RoundHeader = Pick<RoundRow, 'id' | 'code' | 'name' | 'periodFrom' | 'periodTo' | 'deadline'>;

/** Every round, latest deadline first, without the counts of listRounds (cheap). */
export function roundHeaders(ctx: ServiceContext): RoundHeader[] {
  return ctx.db
    .prepare(
      'SELECT id, code, name, period_from AS periodFrom, period_to AS periodTo, deadline FROM report_rounds ORDER BY deadline DESC, id DESC',
    )
    .all() as RoundHeader[];
}

export function findRoundByUuid(ctx: ServiceContext, uuid: string): RoundRow | null {
  return (ctx.db.prepare(`${ROUND_SELECT} WHERE uuid = ?`).get(uuid) as RoundRow | undefined) ?? null;
}

export function listIndicators(ctx: ServiceContext, roundId: number): Indicator[] {
  const rows = ctx.db
    .prepare(
      `SELECT i.id, i.sort_order AS sortOrder, i.code, i.group_name AS "group", i.label, i.unit_label AS unit, i.kind, i.target, i.required,
              EXISTS (SELECT 1 FROM report_values v WHERE v.indicator_id = i.id) AS hasValues
         FROM report_indicators i WHERE i.round_id = ? ORDER BY i.sort_order, i.id`,
    )
    .all(roundId) as (Omit<Indicator, 'hasValues' | 'required'> & { hasValues: number; required: number })[];
  return rows.map((r) => ({ ...r, required: r.required === 1, hasValues: r.hasValues === 1 }));
}

function roundUnitIds(ctx: ServiceContext, roundId: number): number[] {
  return (
    ctx.db.prepare('SELECT unit_id AS id FROM report_round_units WHERE round_id = ? ORDER BY unit_id').all(roundId) as { id: number }[]
  ).map((r) => r.id);
}

/** Counts per round: required units, those that reported, late (shared/reports/lateness.ts), missing. */
function roundCounts(ctx: ServiceContext, roundId: number, deadline: string): RoundCounts {
  const firstDays = ctx.db
    .prepare(
      `SELECT f.first_on
         FROM report_round_units ru
         LEFT JOIN (SELECT unit_id, MIN(received_on) AS first_on FROM report_submissions WHERE round_id = ? GROUP BY unit_id) f
           ON f.unit_id = ru.unit_id
        WHERE ru.round_id = ?`,
    )
    .pluck()
    .all(roundId, roundId) as (string | null)[];
  const { required, received, late, missing } = countSubmissionStates(firstDays, deadline);
  return { required, received, late, missing };
}

export function roundSummary(ctx: ServiceContext, row: RoundRow): RoundSummary {
  const indicatorCount = (ctx.db.prepare('SELECT COUNT(*) AS n FROM report_indicators WHERE round_id = ?').get(row.id) as { n: number }).n;
  return {
    id: row.id,
    uuid: row.uuid,
    code: row.code,
    name: row.name,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    deadline: row.deadline,
    notes: row.notes,
    createdAt: row.createdAt,
    daysLeft: daysBetween(todayIso(ctx.now()), row.deadline),
    indicatorCount,
    ...roundCounts(ctx, row.id, row.deadline),
  };
}

export function roundDetail(ctx: ServiceContext, id: number): RoundDetail {
  const row = getRoundRow(ctx, id);
  const submissionCount = (ctx.db.prepare('SELECT COUNT(*) AS n FROM report_submissions WHERE round_id = ?').get(id) as { n: number }).n;
  return { ...roundSummary(ctx, row), indicators: listIndicators(ctx, id), unitIds: roundUnitIds(ctx, id), submissionCount };
}

export function listRounds(ctx: ServiceContext): RoundSummary[] {
  const rows = ctx.db.prepare(`${ROUND_SELECT} ORDER BY deadline DESC, id DESC`).all() as RoundRow[];
  return rows.map((r) => roundSummary(ctx, r));
}

function assertCodeFree(ctx: ServiceContext, code: string, exceptId: number | null): void {
  const other = ctx.db.prepare('SELECT id, name FROM report_rounds WHERE code_key = ?').get(foldVi(code)) as
    { id: number; name: string } | undefined;
  if (other && other.id !== exceptId) {
    const msg = `Mã đợt "${code}" đã dùng cho đợt "${other.name}". Hãy chọn mã khác.`;
    throw new AppError('CONFLICT', msg, { code: msg });
  }
}

/** Stores the units that must report: the given list (checked) or every active unit. */
function setRoundUnits(ctx: ServiceContext, roundId: number, unitIds: number[] | null): void {
  let ids: number[];
  if (unitIds === null) {
    ids = (ctx.db.prepare('SELECT id FROM units WHERE dissolved_on IS NULL').all() as { id: number }[]).map((r) => r.id);
  } else {
    ids = [...new Set(unitIds)];
    const exists = ctx.db.prepare('SELECT 1 FROM units WHERE id = ?');
    const missing = ids.filter((id) => !exists.get(id));
    if (missing.length) {
      const msg = 'Một số đơn vị đã chọn không còn trong danh sách công đoàn cơ sở. Hãy tải lại trang rồi chọn lại.';
      throw new AppError('INVALID_INPUT', msg, { unitIds: msg });
    }
  }
  // Units that already sent a report stay in the list: their report must remain visible.
  const withReports = new Set(
    (ctx.db.prepare('SELECT DISTINCT unit_id AS id FROM report_submissions WHERE round_id = ?').all(roundId) as { id: number }[]).map(
      (r) => r.id,
    ),
  );
  for (const id of withReports) if (!ids.includes(id)) ids.push(id);
  ctx.db.prepare('DELETE FROM report_round_units WHERE round_id = ?').run(roundId);
  const ins = ctx.db.prepare('INSERT INTO report_round_units (round_id, unit_id) VALUES (?, ?)');
  for (const id of ids) ins.run(roundId, id);
}

export function insertRound(ctx: ServiceContext, f: RoundFieldsParsed, indicators: IndicatorParsed[]): number {
  assertCodeFree(ctx, f.code, null);
  const at = nowIso(ctx);
  const info = ctx.db
    .prepare(
      `INSERT INTO report_rounds (uuid, code, code_key, name, period_from, period_to, deadline, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(crypto.randomUUID(), f.code, foldVi(f.code), f.name, f.periodFrom, f.periodTo, f.deadline, f.notes, at, at);
  const id = Number(info.lastInsertRowid);
  setRoundUnits(ctx, id, f.unitIds);
  saveIndicatorSet(
    ctx,
    id,
    indicators.map((i) => ({ ...i, id: null })),
  );
  return id;
}

export function updateRound(ctx: ServiceContext, id: number, f: RoundFieldsParsed): void {
  getRoundRow(ctx, id);
  assertCodeFree(ctx, f.code, id);
  ctx.db
    .prepare(
      `UPDATE report_rounds SET code = ?, code_key = ?, name = ?, period_from = ?, period_to = ?, deadline = ?, notes = ?, updated_at = ? WHERE id = ?`,
    )
    .run(f.code, foldVi(f.code), f.name, f.periodFrom, f.periodTo, f.deadline, f.notes, nowIso(ctx), id);
  setRoundUnits(ctx, id, f.unitIds);
}

/**
 * Replaces the indicator set: rows with an id are updated, new rows inserted, rows left out
 * deleted — refused for an indicator that already holds figures from a report.
 */
export function saveIndicatorSet(ctx: ServiceContext, roundId: number, list: IndicatorParsed[]): void {
  const existing = listIndicators(ctx, roundId);
  const byId = new Map(existing.map((i) => [i.id, i]));
  for (const [i, ind] of list.entries()) {
    if (ind.id !== null && !byId.has(ind.id)) {
      throw new AppError('INVALID_INPUT', INDICATOR_GONE, { [`indicators.${i}.code`]: INDICATOR_GONE });
    }
  }
  const kept = new Set(list.map((i) => i.id).filter((x): x is number => x !== null));
  const removed = existing.filter((i) => !kept.has(i.id));
  const blocked = removed.filter((i) => i.hasValues);
  if (blocked.length) {
    throw new AppError(
      'CONFLICT',
      `Không xóa được chỉ tiêu ${blocked.map((b) => `"${b.code}. ${b.label}"`).join(', ')} vì đã có đơn vị báo cáo số liệu. Hãy giữ lại chỉ tiêu này (có thể sửa nội dung).`,
    );
  }
  for (const [i, ind] of list.entries()) {
    const old = ind.id !== null ? byId.get(ind.id) : undefined;
    if (old && old.hasValues && old.kind !== ind.kind && !(old.kind !== 'text' && ind.kind !== 'text')) {
      const msg = `Chỉ tiêu "${old.code}" đã có số liệu nên không đổi được giữa kiểu số và kiểu chữ.`;
      throw new AppError('CONFLICT', msg, { [`indicators.${i}.kind`]: msg });
    }
  }
  const del = ctx.db.prepare('DELETE FROM report_indicators WHERE id = ?');
  for (const r of removed) del.run(r.id);
  // Codes are unique per round: park updated rows on temporary keys first so swaps work.
  const park = ctx.db.prepare("UPDATE report_indicators SET code_key = '~' || id WHERE id = ?");
  for (const ind of list) if (ind.id !== null) park.run(ind.id);
  const upd = ctx.db.prepare(
    'UPDATE report_indicators SET sort_order = ?, code = ?, code_key = ?, group_name = ?, label = ?, unit_label = ?, kind = ?, target = ?, required = ? WHERE id = ?',
  );
  const ins = ctx.db.prepare(
    'INSERT INTO report_indicators (round_id, sort_order, code, code_key, group_name, label, unit_label, kind, target, required) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  list.forEach((ind, i) => {
    const args = [i + 1, ind.code, foldVi(ind.code), ind.group, ind.label, ind.unit, ind.kind, ind.target, ind.required ? 1 : 0] as const;
    if (ind.id !== null) upd.run(...args, ind.id);
    else ins.run(roundId, ...args);
  });
  ctx.db.prepare('UPDATE report_rounds SET updated_at = ? WHERE id = ?').run(nowIso(ctx), roundId);
}

export function deleteRound(ctx: ServiceContext, id: number): void {
  const row = getRoundRow(ctx, id);
  const n = (ctx.db.prepare('SELECT COUNT(*) AS n FROM report_submissions WHERE round_id = ?').get(id) as { n: number }).n;
  if (n > 0) {
    throw new AppError('CONFLICT', `Không xóa được đợt "${row.name}" vì đã nhận ${n} báo cáo. Dữ liệu báo cáo được giữ lại để tra cứu.`);
  }
  ctx.db.prepare('DELETE FROM report_rounds WHERE id = ?').run(id);
}

export interface UnitLite {
  id: number;
  code: string;
  name: string;
  sectorId: number | null;
  sectorName: string | null;
  /** The sector's place in the sectors list; units without a sector come last. */
  sectorOrder: number;
  dissolvedOn: string | null;
  chairName: string | null;
  phone: string | null;
  email: string | null;
}

const UNIT_COLUMNS = `u.id, u.code, u.name, u.sector_id AS sectorId, s.name AS sectorName, COALESCE(s.sort_order, 1e9) AS sectorOrder,
  u.dissolved_on AS dissolvedOn, u.chair_name AS chairName, u.phone, u.email`;
const UNIT_FROM = 'FROM units u LEFT JOIN sectors s ON s.id = u.sector_id';

/** The units that must report in a round. */
export function roundUnits(ctx: ServiceContext, roundId: number): UnitLite[] {
  return ctx.db
    .prepare(`SELECT ${UNIT_COLUMNS} ${UNIT_FROM} WHERE u.id IN (SELECT unit_id FROM report_round_units WHERE round_id = ?)`)
    .all(roundId) as UnitLite[];
}

/** The units that must report, plus those with a report or an activity in the round (`inRound` false). */
export function involvedUnits(ctx: ServiceContext, roundId: number): (UnitLite & { inRound: boolean })[] {
  const rows = ctx.db
    .prepare(
      `WITH required AS (SELECT unit_id FROM report_round_units WHERE round_id = @r)
       SELECT ${UNIT_COLUMNS}, (u.id IN (SELECT unit_id FROM required)) AS inRound ${UNIT_FROM}
        WHERE u.id IN (SELECT unit_id FROM required
                       UNION SELECT unit_id FROM report_submissions WHERE round_id = @r
                       UNION SELECT unit_id FROM activities WHERE round_id = @r AND unit_id IS NOT NULL)
        ORDER BY u.id`,
    )
    .all({ r: roundId }) as (UnitLite & { inRound: number })[];
  return rows.map((u) => ({ ...u, inRound: u.inRound === 1 }));
}

export function isRequired(ctx: ServiceContext, roundId: number, unitId: number): boolean {
  return !!ctx.db.prepare('SELECT 1 FROM report_round_units WHERE round_id = ? AND unit_id = ?').get(roundId, unitId);
}
