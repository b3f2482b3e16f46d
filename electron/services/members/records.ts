// A member's record as the clerk keeps it by hand: create (with the first event), update, delete a
// mistaken entry, and the events added or taken back. Each change is one transaction, logged in
// the change history.
import { AppError } from '../../../shared/api/result';
import type { ParsedInput } from '../../../shared/api/contract';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import type { Member, MemberFields, MemberWithEvents } from '../../../shared/members/schema';
import { EVENT_KIND_LABELS, memberRuleIssues } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { logChange } from '../history/change-log-repo';
import { addEvent, assertEventDate, deleteLatestEvent, initialRegisterDate, rebuildMember } from './events';
import { countEvents, insertEventRow, listEvents } from './events-repo';
import { assertUnique, assertUnitOpen, deleteMemberRow, getMember, getUnitInfo, insertMemberRow, updateMemberRow } from './repo';

function assertRules(ctx: ServiceContext, f: MemberFields): void {
  const issues = memberRuleIssues(f, todayIso(ctx.now()));
  const first = Object.values(issues)[0];
  if (first) throw new AppError('INVALID_INPUT', `Dữ liệu nhập chưa đúng: ${first}`, issues);
}

export function createMember(ctx: ServiceContext, input: ParsedInput<'members.create'>): Member {
  const { unitId, startKind, startDate, decisionNo, externalUnit, ...rest } = input;
  const fields: MemberFields = { ...rest };
  const today = todayIso(ctx.now());
  let date: string;
  if (startKind === 'register') {
    date = startDate ?? initialRegisterDate(fields.joinedOn, today);
  } else {
    const fallback = fields.joinedOn && fields.joinedOn.length === 10 && startKind === 'admit' ? fields.joinedOn : null;
    const d = startDate ?? fallback;
    if (!d) {
      const msg = `Hãy nhập ngày ${startKind === 'admit' ? 'kết nạp' : 'chuyển đến'}.`;
      throw new AppError('INVALID_INPUT', `Dữ liệu nhập chưa đúng: ${msg}`, { startDate: msg });
    }
    date = d;
    // A new admission is the day the member joined the union.
    if (startKind === 'admit' && !fields.joinedOn) fields.joinedOn = date;
  }
  assertRules(ctx, fields);
  return ctx.db.transaction(() => {
    const unit = getUnitInfo(ctx, unitId);
    assertUnitOpen(unit, date);
    try {
      assertEventDate(
        ctx,
        date,
        fields.birthDate,
        startKind === 'admit' ? 'Ngày kết nạp' : startKind === 'transferIn' ? 'Ngày chuyển đến' : 'Ngày bắt đầu sinh hoạt',
      );
    } catch (e) {
      if (e instanceof AppError && e.fields?.date) throw new AppError(e.code, e.message, { startDate: e.fields.date });
      throw e;
    }
    assertUnique(ctx, fields, null);
    const id = insertMemberRow(ctx, fields, unit.id, 'active');
    insertEventRow(ctx, id, {
      kind: startKind,
      date,
      toUnitId: unit.id,
      decisionNo: startKind === 'register' ? null : decisionNo,
      externalUnit: startKind === 'transferIn' ? externalUnit : null,
    });
    rebuildMember(ctx, id);
    const member = getMember(ctx, id);
    logChange(ctx, 'member', id, 'create', null, member);
    return member;
  })();
}

export function updateMember(ctx: ServiceContext, id: number, fields: MemberFields): Member {
  assertRules(ctx, fields);
  return ctx.db.transaction(() => {
    const before = getMember(ctx, id);
    assertUnique(ctx, fields, id, before.status === 'active');
    updateMemberRow(ctx, id, fields);
    const after = getMember(ctx, id);
    logChange(ctx, 'member', id, 'update', before, after);
    return after;
  })();
}

/**
 * Deletes a record entered by mistake: only while it holds nothing but its first entry in the
 * register. A member with later events keeps their history; the clerk records "Thôi sinh hoạt" or
 * "Chuyển đi" instead. Activities that named the member keep the name (member_id becomes NULL).
 */
export function deleteMember(ctx: ServiceContext, id: number): { deleted: true } {
  return ctx.db.transaction(() => {
    const member = getMember(ctx, id);
    const n = countEvents(ctx, id);
    if (n > 1) {
      throw new AppError(
        'CONFLICT',
        `Không xóa được hồ sơ "${member.name}" vì đã có ${n - 1} biến động sau khi vào sổ; cần giữ lịch sử. Nếu đoàn viên không còn sinh hoạt, hãy ghi biến động "Thôi sinh hoạt" (hoặc "Chuyển đi").`,
      );
    }
    deleteMemberRow(ctx, id);
    logChange(ctx, 'member', id, 'delete', member, null);
    return { deleted: true as const };
  })();
}

export function addMemberEvent(ctx: ServiceContext, input: ParsedInput<'members.addEvent'>): MemberWithEvents {
  addEvent(ctx, input);
  return { member: getMember(ctx, input.memberId), events: listEvents(ctx, input.memberId) };
}

/** Takes back the latest event of a member (deleteLatestEvent refuses any other). */
export function deleteMemberEvent(ctx: ServiceContext, memberId: number, eventId: number): MemberWithEvents {
  return ctx.db.transaction(() => {
    const ev = listEvents(ctx, memberId).find((e) => e.id === eventId);
    deleteLatestEvent(ctx, memberId, eventId);
    if (ev)
      logChange(ctx, 'member', memberId, 'delete_event', { ...ev, label: `${EVENT_KIND_LABELS[ev.kind]} ngày ${isoToVn(ev.date)}` }, null);
    return { member: getMember(ctx, memberId), events: listEvents(ctx, memberId) };
  })();
}

/** A member's events, oldest first; NOT_FOUND when the member is gone. */
export function memberEvents(ctx: ServiceContext, id: number): ReturnType<typeof listEvents> {
  getMember(ctx, id);
  return listEvents(ctx, id);
}
