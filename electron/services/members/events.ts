// Membership history. Rules (the truth is member_events; everything else is derived from it):
//  - A member's events apply in date order; events on the same date apply in the order recorded.
//  - `register`, `admit`, `transferIn` start membership in a unit (only when not a member then);
//    `transfer` moves an active member from their unit to another unit of the office on that date;
//    `transferOut` and `leave` end membership; `card` needs an active member and changes nothing.
//  - A member transferred on D belongs to the old unit up to D-1 and to the new unit from D; a
//    member who left on D is no longer counted on D. These periods are kept in member_spans
//    ([start_on, end_on)), and the current unit/status on the member row, both rebuilt from the
//    events each time a member's events change. Statistics "as of D" read member_spans.
//  - Initial event when a member is created or imported without a known admission:
//    `register` dated the join date (ngày vào Công đoàn) when it is a full date; 31/12 of the join
//    year when only the year is known (or today if that is earlier); today when unknown.
//    `register` establishes membership but is not counted as "kết nạp mới".
//  - Nothing is overwritten: events are never edited; only a member's latest event can be
//    deleted (to undo a mistake), and never the only start event.
import { AppError } from '../../../shared/api/result';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import type { MemberEventKind, MemberEventParsed, MemberStatus } from '../../../shared/members/schema';
import { EVENT_KIND_LABELS, MIN_JOIN_AGE, START_KINDS, addYears, comparePartial, showPartial } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { activeCccdHolder, assertUnitOpen, getMember, getUnitInfo, pruneMemberChanges, spanAttributes } from './repo';
import {
  deleteEventRow,
  insertEventRow,
  loadEventRows,
  memberState,
  replaceSpans,
  setMemberState,
  unitNamer,
  type EventRow,
  type NewEvent,
  type Span,
} from './events-repo';

export const START_EVENT_KINDS: ReadonlySet<MemberEventKind> = new Set(START_KINDS);
const END_STATUS: Partial<Record<MemberEventKind, MemberStatus>> = { transferOut: 'transferred_out', leave: 'left' };

export interface Replayed {
  status: MemberStatus;
  unitId: number;
  spans: Span[];
}

export class ReplayError extends Error {}

/** Applies events in order and returns the resulting state, or throws ReplayError with a Vietnamese message. */
export function replay(events: EventRow[], unitName: (id: number) => string): Replayed {
  let active = false;
  let unit: number | null = null;
  let status: MemberStatus = 'left';
  const spans: Span[] = [];
  const close = (date: string) => {
    const s = spans[spans.length - 1];
    s.end = date;
    if (s.end === s.start) spans.pop(); // joined and left the same day: never counted
  };
  for (const e of events) {
    const when = `Ngày ${isoToVn(e.date)}`;
    if (START_EVENT_KINDS.has(e.kind)) {
      if (active) {
        throw new ReplayError(
          `${when}: đoàn viên đang sinh hoạt tại "${unitName(unit!)}", không thể ghi "${EVENT_KIND_LABELS[e.kind]}". Nếu chuyển đơn vị, hãy ghi "Chuyển sinh hoạt".`,
        );
      }
      active = true;
      unit = e.toUnitId!;
      status = 'active';
      spans.push({ unitId: unit, start: e.date, end: null });
      continue;
    }
    if (unit === null)
      throw new ReplayError(
        `${when}: chưa có sự kiện vào Công đoàn (kết nạp, chuyển đến hoặc ghi vào sổ) trước "${EVENT_KIND_LABELS[e.kind]}".`,
      );
    if (!active) {
      throw new ReplayError(
        `${when}: đoàn viên không còn sinh hoạt (${status === 'left' ? 'đã thôi sinh hoạt' : 'đã chuyển đi'}), không thể ghi "${EVENT_KIND_LABELS[e.kind]}".`,
      );
    }
    if (e.kind === 'card') continue;
    if (e.fromUnitId !== unit) {
      throw new ReplayError(`${when}: lúc đó đoàn viên đang ở "${unitName(unit)}", không phải "${unitName(e.fromUnitId!)}".`);
    }
    if (e.kind === 'transfer') {
      if (e.toUnitId === unit) throw new ReplayError(`${when}: đơn vị chuyển đến trùng với đơn vị đang sinh hoạt.`);
      close(e.date);
      unit = e.toUnitId!;
      spans.push({ unitId: unit, start: e.date, end: null });
      continue;
    }
    close(e.date);
    active = false;
    status = END_STATUS[e.kind]!;
  }
  if (unit === null) throw new ReplayError('Đoàn viên phải có ít nhất một sự kiện vào Công đoàn.');
  return { status, unitId: unit, spans };
}

/** Recomputes the member's cached unit/status and spans from its events. Call inside a transaction. */
export function rebuildMember(ctx: ServiceContext, memberId: number): Replayed {
  let state: Replayed;
  try {
    state = replay(loadEventRows(ctx, memberId), unitNamer(ctx));
  } catch (e) {
    if (e instanceof ReplayError) throw new AppError('CONFLICT', e.message, { date: e.message });
    throw e;
  }
  const before = memberState(ctx, memberId);
  if (state.status === 'active' && before.status !== 'active') {
    const cccd = before.cccd;
    const h = cccd ? activeCccdHolder(ctx, cccd, memberId) : null;
    if (h) {
      throw new AppError(
        'CONFLICT',
        `Số CCCD ${cccd} đang thuộc đoàn viên ${h.name} (${h.unitName}) đang sinh hoạt; không thể cho hồ sơ này sinh hoạt trở lại. Hãy kiểm tra lại hai hồ sơ.`,
      );
    }
  }
  if (state.status !== before.status || state.unitId !== before.unitId) {
    setMemberState(ctx, memberId, state.status, state.unitId);
  }
  replaceSpans(ctx, memberId, state.spans, spanAttributes(getMember(ctx, memberId)));
  pruneMemberChanges(ctx);
  return state;
}

/** The date of the initial `register` event (see the rules at the top of this file). */
export function initialRegisterDate(joinedOn: string | null, today: string, missing: string = today): string {
  if (!joinedOn) return missing < today ? missing : today;
  if (joinedOn.length === 4) {
    const end = `${joinedOn}-12-31`;
    return end < today ? end : today;
  }
  return joinedOn < today ? joinedOn : today;
}

function dateIssue(message: string): AppError {
  return new AppError('INVALID_INPUT', message, { date: message });
}

/** Checks an event date against today and the member's birth date. */
export function assertEventDate(ctx: ServiceContext, date: string, birthDate: string | null, label = 'Ngày'): void {
  if (date > todayIso(ctx.now())) throw dateIssue(`${label} (${isoToVn(date)}) không được sau ngày hôm nay.`);
  if (birthDate) {
    const earliest = addYears(birthDate, MIN_JOIN_AGE);
    if (comparePartial(date, earliest) < 0) {
      throw dateIssue(`${label} (${isoToVn(date)}) phải sau ngày sinh ít nhất ${MIN_JOIN_AGE} năm (từ ${showPartial(earliest)} trở đi).`);
    }
  }
}

/** Unit of an active member on `date` (after the events of that day recorded so far), or null. */
function unitOn(ctx: ServiceContext, memberId: number, date: string): number | null {
  const before = loadEventRows(ctx, memberId).filter((e) => e.date <= date);
  try {
    const s = replay(before, unitNamer(ctx));
    return s.status === 'active' ? s.unitId : null;
  } catch {
    return null;
  }
}

/** Records one life event for a member and rebuilds its derived state. Runs in a transaction. */
export function addEvent(ctx: ServiceContext, input: MemberEventParsed): number {
  return ctx.db.transaction(() => {
    const member = getMember(ctx, input.memberId);
    assertEventDate(ctx, input.date, member.birthDate);
    const current = unitOn(ctx, member.id, input.date);
    const notMember = () =>
      dateIssue(
        `Ngày ${isoToVn(input.date)} đoàn viên không sinh hoạt ở đơn vị nào của công đoàn mình, không thể ghi "${EVENT_KIND_LABELS[input.kind]}".`,
      );
    let e: NewEvent;
    switch (input.kind) {
      case 'admit':
      case 'transferIn': {
        const u = getUnitInfo(ctx, input.unitId);
        assertUnitOpen(u, input.date);
        e = {
          kind: input.kind,
          date: input.date,
          toUnitId: u.id,
          externalUnit: input.kind === 'transferIn' ? input.externalUnit : null,
          decisionNo: input.decisionNo,
          note: input.note,
        };
        break;
      }
      case 'transfer': {
        if (current === null) throw notMember();
        const u = getUnitInfo(ctx, input.toUnitId, 'toUnitId');
        assertUnitOpen(u, input.date, 'toUnitId');
        if (u.id === current) {
          const msg = `Đoàn viên đang sinh hoạt tại "${u.name}"; hãy chọn đơn vị khác để chuyển đến.`;
          throw new AppError('INVALID_INPUT', msg, { toUnitId: msg });
        }
        e = { kind: 'transfer', date: input.date, fromUnitId: current, toUnitId: u.id, decisionNo: input.decisionNo, note: input.note };
        break;
      }
      case 'transferOut':
        if (current === null) throw notMember();
        e = {
          kind: 'transferOut',
          date: input.date,
          fromUnitId: current,
          externalUnit: input.externalUnit,
          decisionNo: input.decisionNo,
          note: input.note,
        };
        break;
      case 'leave':
        if (current === null) throw notMember();
        e = { kind: 'leave', date: input.date, fromUnitId: current, reason: input.reason, decisionNo: input.decisionNo, note: input.note };
        break;
      case 'card':
        if (current === null) throw notMember();
        e = { kind: 'card', date: input.date, cardNo: input.cardNo, note: input.note };
        break;
    }
    const eventId = insertEventRow(ctx, member.id, e);
    rebuildMember(ctx, member.id);
    return eventId;
  })();
}

/** Deletes the member's latest event (by date, then order recorded), never the only start event. */
export function deleteLatestEvent(ctx: ServiceContext, memberId: number, eventId: number): void {
  ctx.db.transaction(() => {
    getMember(ctx, memberId);
    const rows = loadEventRows(ctx, memberId);
    const target = rows.find((r) => r.id === eventId);
    if (!target) throw new AppError('NOT_FOUND', 'Không tìm thấy sự kiện này; có thể nó vừa bị xóa. Hãy tải lại.');
    if (rows[rows.length - 1].id !== eventId) {
      throw new AppError(
        'CONFLICT',
        'Chỉ xóa được sự kiện gần nhất của đoàn viên (để sửa nhầm lẫn). Hãy xóa lần lượt từ sự kiện mới nhất.',
      );
    }
    if (rows.length === 1) {
      throw new AppError(
        'CONFLICT',
        'Đây là sự kiện vào Công đoàn duy nhất của đoàn viên nên không xóa được. Nếu nhập nhầm cả hồ sơ, hãy xóa hồ sơ đoàn viên.',
      );
    }
    deleteEventRow(ctx, eventId);
    rebuildMember(ctx, memberId);
  })();
}
