// SQL of the activity log: list, one activity with its beneficiaries, save, support received by
// a member.
import { AppError } from '../../../shared/api/result';
import type {
  ActivityDetail,
  ActivityListInput,
  ActivityListResult,
  ActivityParsed,
  ActivitySummary,
  Beneficiary,
  MemberSupport,
  PriorSupport,
  Situation,
} from '../../../shared/activities/schema';
import { isoToVn } from '../../../shared/text/dates';
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';
import { MEMBER_NOT_FOUND } from '../members/repo';
import { roundExists } from '../reports/repo';
import { getType } from './activity-types-repo';

const ACTIVITY_NOT_FOUND = 'Không tìm thấy hoạt động này; có thể nó vừa bị xóa. Hãy tải lại danh sách.';

const SUMMARY_SELECT = `SELECT a.id, a.type_id AS typeId, t.name AS typeName, a.date, a.end_date AS endDate, a.unit_id AS unitId,
       u.code AS unitCode, u.name AS unitName, a.title, a.place, a.participants,
       a.member_count AS memberCount,
       a.other_beneficiaries AS otherBeneficiaries, a.money_union AS moneyUnion, a.money_employer AS moneyEmployer,
       a.money_social AS moneySocial, a.money_government AS moneyGovernment,
       a.money_union + a.money_employer + a.money_social + a.money_government AS moneyTotal,
       a.round_id AS roundId, r.name AS roundName, a.notes
  FROM activities a
  JOIN activity_types t ON t.id = a.type_id
  LEFT JOIN units u ON u.id = a.unit_id
  LEFT JOIN report_rounds r ON r.id = a.round_id`;

function where(filter: ActivityListInput): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.typeId) {
    clauses.push('a.type_id = ?');
    params.push(filter.typeId);
  }
  if (filter.organiser === 'office') clauses.push('a.unit_id IS NULL');
  else if (typeof filter.organiser === 'number') {
    clauses.push('a.unit_id = ?');
    params.push(filter.organiser);
  }
  if (filter.roundId) {
    clauses.push('a.round_id = ?');
    params.push(filter.roundId);
  }
  // An activity spanning several days is shown on every day of the range it overlaps.
  if (filter.from) {
    clauses.push('COALESCE(a.end_date, a.date) >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    clauses.push('a.date <= ?');
    params.push(filter.to);
  }
  for (const word of foldVi(filter.query ?? '')
    .split(' ')
    .filter(Boolean)) {
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push("(a.search_key LIKE ? ESCAPE '\\' OR u.name_key LIKE ? ESCAPE '\\' OR u.code_key LIKE ? ESCAPE '\\')");
    params.push(like, like, like);
  }
  return { sql: clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

export function listActivities(ctx: ServiceContext, filter: ActivityListInput): ActivityListResult {
  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? 100;
  const w = where(filter);
  const items = ctx.db
    .prepare(`${SUMMARY_SELECT}${w.sql} ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as ActivitySummary[];
  const agg = ctx.db
    .prepare(
      `SELECT COUNT(*) AS total, COALESCE(SUM(a.participants), 0) AS participants,
              COALESCE(SUM(a.other_beneficiaries + a.member_count), 0) AS beneficiaries,
              COALESCE(SUM(a.money_union + a.money_employer + a.money_social + a.money_government), 0) AS money
         FROM activities a LEFT JOIN units u ON u.id = a.unit_id${w.sql}`,
    )
    .get(...w.params) as { total: number; participants: number; beneficiaries: number; money: number };
  return {
    items,
    total: agg.total,
    offset,
    limit,
    sums: { participants: agg.participants, beneficiaries: agg.beneficiaries, money: agg.money },
  };
}

export function getActivity(ctx: ServiceContext, id: number): ActivityDetail {
  const row = ctx.db.prepare(`${SUMMARY_SELECT} WHERE a.id = ?`).get(id) as ActivitySummary | undefined;
  if (!row) throw new AppError('NOT_FOUND', ACTIVITY_NOT_FOUND);
  const times = ctx.db.prepare('SELECT created_at AS createdAt, updated_at AS updatedAt FROM activities WHERE id = ?').get(id) as {
    createdAt: string;
    updatedAt: string;
  };
  const beneficiaries = ctx.db
    .prepare(
      `SELECT member_id AS memberId, member_name AS memberName, unit_name AS unitName, situation, note
         FROM activity_beneficiaries WHERE activity_id = ? ORDER BY id`,
    )
    .all(id) as Beneficiary[];
  return { ...row, beneficiaries, ...times };
}

/** The round whose reporting period contains `date` (latest deadline first), or null. */
function roundForDate(ctx: ServiceContext, date: string): number | null {
  const r = ctx.db
    .prepare(
      `SELECT id FROM report_rounds WHERE period_from IS NOT NULL AND period_to IS NOT NULL AND period_from <= ? AND period_to >= ?
        ORDER BY deadline DESC, id DESC LIMIT 1`,
    )
    .get(date, date) as { id: number } | undefined;
  return r?.id ?? null;
}

interface MemberSnap {
  id: number;
  name: string;
  unitName: string;
  status: string;
}

function memberSnaps(ctx: ServiceContext, ids: number[]): Map<number, MemberSnap> {
  const out = new Map<number, MemberSnap>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = ctx.db
      .prepare(
        `SELECT m.id, m.name, u.name AS unitName, m.status FROM members m JOIN units u ON u.id = m.unit_id WHERE m.id IN (${chunk.map(() => '?').join(',')})`,
      )
      .all(...chunk) as MemberSnap[];
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/**
 * Checks the references of an activity and returns the round it counts toward and the members
 * picked, or throws with a message next to the field.
 */
function resolve(ctx: ServiceContext, a: ActivityParsed): { roundId: number | null; members: Map<number, MemberSnap>; warnings: string[] } {
  const warnings: string[] = [];
  if (!getType(ctx, a.typeId)) {
    const msg = 'Loại hoạt động này không còn trong danh sách. Hãy chọn lại loại hoạt động.';
    throw new AppError('INVALID_INPUT', msg, { typeId: msg });
  }
  if (a.unitId !== null) {
    const u = ctx.db.prepare('SELECT name, dissolved_on AS dissolvedOn FROM units WHERE id = ?').get(a.unitId) as
      { name: string; dissolvedOn: string | null } | undefined;
    if (!u) {
      const msg = 'Công đoàn cơ sở này không còn trong danh sách. Hãy chọn lại đơn vị tổ chức.';
      throw new AppError('INVALID_INPUT', msg, { unitId: msg });
    }
    if (u.dissolvedOn && u.dissolvedOn < a.date)
      warnings.push(`${u.name} đã giải thể từ ngày ${isoToVn(u.dissolvedOn)}, trước ngày tổ chức hoạt động.`);
  }
  let roundId: number | null;
  if (a.roundId === undefined) roundId = roundForDate(ctx, a.date);
  else {
    roundId = a.roundId;
    if (roundId !== null && !roundExists(ctx, roundId)) {
      const msg = 'Đợt báo cáo này không còn; hãy chọn lại đợt.';
      throw new AppError('INVALID_INPUT', msg, { roundId: msg });
    }
  }
  const ids = a.beneficiaries.map((b) => b.memberId);
  const members = memberSnaps(ctx, ids);
  const missing = a.beneficiaries.findIndex((b) => !members.has(b.memberId));
  if (missing >= 0) {
    const msg = 'Một đoàn viên đã chọn không còn trong danh sách (có thể vừa bị xóa). Hãy bỏ người đó ra rồi lưu lại.';
    throw new AppError('INVALID_INPUT', msg, { [`beneficiaries.${missing}.memberId`]: msg });
  }
  const inactive = [...members.values()].filter((m) => m.status !== 'active');
  if (inactive.length)
    warnings.push(`${inactive.map((m) => m.name).join(', ')} hiện không còn sinh hoạt trong công đoàn (đã chuyển đi hoặc thôi sinh hoạt).`);
  return { roundId, members, warnings };
}

/** Rewrites the beneficiaries of an activity and the counts cached on its row (read by the results). */
function writeBeneficiaries(ctx: ServiceContext, activityId: number, a: ActivityParsed, members: Map<number, MemberSnap>): void {
  ctx.db.prepare('DELETE FROM activity_beneficiaries WHERE activity_id = ?').run(activityId);
  const ins = ctx.db.prepare(
    'INSERT INTO activity_beneficiaries (activity_id, member_id, member_name, unit_name, situation, note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const n: Record<Situation, number> = { accident: 0, occupational: 0, illness: 0, hardship: 0 };
  for (const b of a.beneficiaries) {
    const m = members.get(b.memberId)!;
    ins.run(activityId, b.memberId, m.name, m.unitName, b.situation, b.note);
    if (b.situation) n[b.situation]++;
  }
  ctx.db
    .prepare('UPDATE activities SET member_count = ?, n_accident = ?, n_occupational = ?, n_illness = ?, n_hardship = ? WHERE id = ?')
    .run(a.beneficiaries.length, n.accident, n.occupational, n.illness, n.hardship, activityId);
}

const searchKey = (a: ActivityParsed) => foldVi(`${a.title} ${a.place ?? ''}`);

function columns(a: ActivityParsed, roundId: number | null) {
  return [
    a.typeId,
    a.date,
    a.endDate,
    a.unitId,
    a.title,
    searchKey(a),
    a.place,
    a.participants,
    a.otherBeneficiaries,
    a.moneyUnion,
    a.moneyEmployer,
    a.moneySocial,
    a.moneyGovernment,
    a.notes,
    roundId,
  ] as const;
}

/** Earlier support (in the same round) of the members picked, as warnings for the clerk. */
function priorWarnings(ctx: ServiceContext, a: ActivityParsed, roundId: number | null, excludeId: number | undefined): string[] {
  if (!a.beneficiaries.length) return [];
  return priorSupport(
    ctx,
    a.beneficiaries.map((b) => b.memberId),
    roundId,
    a.date,
    excludeId,
  ).map(
    (p) =>
      `${p.memberName} đã được hỗ trợ ${roundId !== null ? 'trong đợt này' : `trong năm ${a.date.slice(0, 4)}`}: ` +
      p.activities.map((x) => `${x.title} (${isoToVn(x.date)})`).join('; ') +
      '.',
  );
}

export function createActivity(ctx: ServiceContext, a: ActivityParsed): { id: number; warnings: string[] } {
  const { roundId, members, warnings } = resolve(ctx, a);
  const prior = priorWarnings(ctx, a, roundId, undefined);
  const at = nowIso(ctx);
  const info = ctx.db
    .prepare(
      `INSERT INTO activities (type_id, date, end_date, unit_id, title, search_key, place, participants, other_beneficiaries,
         money_union, money_employer, money_social, money_government, notes, round_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...columns(a, roundId), at, at);
  const id = Number(info.lastInsertRowid);
  writeBeneficiaries(ctx, id, a, members);
  return { id, warnings: [...prior, ...warnings] };
}

export function updateActivity(ctx: ServiceContext, id: number, a: ActivityParsed): { warnings: string[] } {
  getActivity(ctx, id);
  const { roundId, members, warnings } = resolve(ctx, a);
  const prior = priorWarnings(ctx, a, roundId, id);
  ctx.db
    .prepare(
      `UPDATE activities SET type_id = ?, date = ?, end_date = ?, unit_id = ?, title = ?, search_key = ?, place = ?, participants = ?,
         other_beneficiaries = ?, money_union = ?, money_employer = ?, money_social = ?, money_government = ?, notes = ?, round_id = ?,
         updated_at = ? WHERE id = ?`,
    )
    .run(...columns(a, roundId), nowIso(ctx), id);
  writeBeneficiaries(ctx, id, a, members);
  return { warnings: [...prior, ...warnings] };
}

export function deleteActivity(ctx: ServiceContext, id: number): ActivityDetail {
  const before = getActivity(ctx, id);
  ctx.db.prepare('DELETE FROM activities WHERE id = ?').run(id);
  return before;
}

/** Support a member received, newest first ("Hỗ trợ đã nhận" on the member's page). */
export function supportForMember(ctx: ServiceContext, memberId: number): MemberSupport[] {
  if (!ctx.db.prepare('SELECT 1 FROM members WHERE id = ?').get(memberId)) {
    throw new AppError('NOT_FOUND', MEMBER_NOT_FOUND);
  }
  return ctx.db
    .prepare(
      `SELECT a.id AS activityId, a.date, a.title, t.name AS typeName, u.name AS organiserName, a.round_id AS roundId, r.name AS roundName,
              b.situation, b.note, a.money_union + a.money_employer + a.money_social + a.money_government AS moneyTotal,
              a.other_beneficiaries + a.member_count AS beneficiaryCount
         FROM activity_beneficiaries b
         JOIN activities a ON a.id = b.activity_id
         JOIN activity_types t ON t.id = a.type_id
         LEFT JOIN units u ON u.id = a.unit_id
         LEFT JOIN report_rounds r ON r.id = a.round_id
        WHERE b.member_id = ?
        ORDER BY a.date DESC, a.id DESC`,
    )
    .all(memberId) as (Omit<MemberSupport, 'situation'> & { situation: Situation | null })[];
}

/**
 * Members among `memberIds` who already received support in the round (or, without a round, in
 * the calendar year of `date`), with those activities.
 */
export function priorSupport(
  ctx: ServiceContext,
  memberIds: number[],
  roundId: number | null,
  date: string | null,
  excludeId?: number,
): PriorSupport[] {
  const ids = [...new Set(memberIds)];
  if (!ids.length) return [];
  if (roundId === null && !date) return [];
  const out = new Map<number, PriorSupport>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const scope = roundId !== null ? 'a.round_id = ?' : 'substr(a.date, 1, 4) = ?';
    const rows = ctx.db
      .prepare(
        `SELECT b.member_id AS memberId, b.member_name AS memberName, a.id, a.title, a.date, t.name AS typeName
           FROM activity_beneficiaries b JOIN activities a ON a.id = b.activity_id JOIN activity_types t ON t.id = a.type_id
          WHERE ${scope} AND a.id != ? AND b.member_id IN (${chunk.map(() => '?').join(',')})
          ORDER BY a.date, a.id`,
      )
      .all(roundId !== null ? roundId : date!.slice(0, 4), excludeId ?? 0, ...chunk) as {
      memberId: number;
      memberName: string;
      id: number;
      title: string;
      date: string;
      typeName: string;
    }[];
    for (const r of rows) {
      const p = out.get(r.memberId) ?? { memberId: r.memberId, memberName: r.memberName, activities: [] };
      p.activities.push({ id: r.id, title: r.title, date: r.date, typeName: r.typeName });
      out.set(r.memberId, p);
    }
  }
  return ids.filter((id) => out.has(id)).map((id) => out.get(id)!);
}
