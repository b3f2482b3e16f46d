// SQL of the membership history (events.ts holds the rules): the events of a member, the member's
// derived state and spans, and the event rows written or removed.
import type { MemberEvent, MemberEventKind, MemberStatus } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';

/** An event as replay() reads it. */
export interface EventRow {
  id: number;
  kind: MemberEventKind;
  date: string;
  fromUnitId: number | null;
  toUnitId: number | null;
}

/** A period of membership in one unit: [start, end), end null while it lasts. */
export interface Span {
  unitId: number;
  start: string;
  end: string | null;
}

export function loadEventRows(ctx: ServiceContext, memberId: number): EventRow[] {
  return ctx.db
    .prepare(
      `SELECT id, kind, date, from_unit_id AS fromUnitId, to_unit_id AS toUnitId FROM member_events
        WHERE member_id = ? ORDER BY date, id`,
    )
    .all(memberId) as EventRow[];
}

/** Names units for the messages of replay(); an id no longer there is named by its number. */
export function unitNamer(ctx: ServiceContext): (id: number) => string {
  const stmt = ctx.db.prepare('SELECT name FROM units WHERE id = ?');
  return (id) => (stmt.get(id) as { name: string } | undefined)?.name ?? `đơn vị #${id}`;
}

/** The cached state of a member row (rebuilt from the events). */
export function memberState(ctx: ServiceContext, memberId: number): { status: MemberStatus; unitId: number; cccd: string | null } {
  return ctx.db.prepare('SELECT status, unit_id AS unitId, cccd FROM members WHERE id = ?').get(memberId) as {
    status: MemberStatus;
    unitId: number;
    cccd: string | null;
  };
}

export function setMemberState(ctx: ServiceContext, memberId: number, status: MemberStatus, unitId: number): void {
  ctx.db.prepare('UPDATE members SET status = ?, unit_id = ?, updated_at = ? WHERE id = ?').run(status, unitId, nowIso(ctx), memberId);
}

/** Replaces the member's spans, each carrying the attributes the statistics count. */
export function replaceSpans(
  ctx: ServiceContext,
  memberId: number,
  spans: readonly Span[],
  a: { female: number; minority: number; partyFrom: string | null },
): void {
  ctx.db.prepare('DELETE FROM member_spans WHERE member_id = ?').run(memberId);
  const ins = ctx.db.prepare(
    'INSERT INTO member_spans (member_id, unit_id, start_on, end_on, female, minority, party_from) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const s of spans) ins.run(memberId, s.unitId, s.start, s.end, a.female, a.minority, a.partyFrom);
}

export const INSERT_EVENT_SQL = `INSERT INTO member_events (member_id, kind, date, from_unit_id, to_unit_id, external_unit, decision_no, reason, card_no, note, created_at)
  VALUES (@member_id, @kind, @date, @from_unit_id, @to_unit_id, @external_unit, @decision_no, @reason, @card_no, @note, @created_at)`;

export interface NewEvent {
  kind: MemberEventKind;
  date: string;
  fromUnitId?: number | null;
  toUnitId?: number | null;
  externalUnit?: string | null;
  decisionNo?: string | null;
  reason?: string | null;
  cardNo?: string | null;
  note?: string | null;
}

export function insertEventRow(ctx: ServiceContext, memberId: number, e: NewEvent): number {
  const info = ctx.db.prepare(INSERT_EVENT_SQL).run({
    member_id: memberId,
    kind: e.kind,
    date: e.date,
    from_unit_id: e.fromUnitId ?? null,
    to_unit_id: e.toUnitId ?? null,
    external_unit: e.externalUnit ?? null,
    decision_no: e.decisionNo ?? null,
    reason: e.reason ?? null,
    card_no: e.cardNo ?? null,
    note: e.note ?? null,
    created_at: nowIso(ctx),
  });
  return Number(info.lastInsertRowid);
}

export function deleteEventRow(ctx: ServiceContext, eventId: number): void {
  ctx.db.prepare('DELETE FROM member_events WHERE id = ?').run(eventId);
}

export function countEvents(ctx: ServiceContext, memberId: number): number {
  return (ctx.db.prepare('SELECT COUNT(*) AS n FROM member_events WHERE member_id = ?').get(memberId) as { n: number }).n;
}

export function listEvents(ctx: ServiceContext, memberId: number): MemberEvent[] {
  const rows = ctx.db
    .prepare(
      `SELECT e.id, e.member_id AS memberId, e.kind, e.date, e.from_unit_id AS fromUnitId, fu.name AS fromUnitName,
              e.to_unit_id AS toUnitId, tu.name AS toUnitName, e.external_unit AS externalUnit, e.decision_no AS decisionNo,
              e.reason, e.card_no AS cardNo, e.note, e.created_at AS createdAt
         FROM member_events e
         LEFT JOIN units fu ON fu.id = e.from_unit_id
         LEFT JOIN units tu ON tu.id = e.to_unit_id
        WHERE e.member_id = ? ORDER BY e.date, e.id`,
    )
    .all(memberId) as Omit<MemberEvent, 'canDelete'>[];
  return rows.map((r, i) => ({ ...r, canDelete: rows.length > 1 && i === rows.length - 1 }));
}
