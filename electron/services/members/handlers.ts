import { AppError } from '../../../shared/api/result';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import type { Member, MemberFields } from '../../../shared/members/schema';
import { EVENT_KIND_LABELS, memberRuleIssues } from '../../../shared/members/schema';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from '../../../shared/members/import-schema';
import type { ServiceContext } from '../context';
import type { DomainHandlers } from '../handler-types';
import { logChange } from '../history/change-log';
import {
  addEvent,
  assertEventDate,
  countEvents,
  deleteLatestEvent,
  initialRegisterDate,
  insertEventRow,
  listEvents,
  rebuildMember,
} from './events';
import { exportMembers, exportStats } from './export';
import { commitMemberImport } from './import-commit';
import { dropMemberBatch, previewMemberImport } from './import-batch';
import { readRememberedMapping } from './import-parse';
import { assertUnique, assertUnitOpen, getMember, getUnitInfo, insertMemberRow, updateMemberRow } from './repo';
import { listMembers } from './search';
import { memberStats } from './stats';
import { listDuplicates, markNotDuplicate } from './duplicates';
import { mergeMembers } from './duplicates-merge';

function assertRules(ctx: ServiceContext, f: MemberFields): void {
  const issues = memberRuleIssues(f, todayIso(ctx.now()));
  const first = Object.values(issues)[0];
  if (first) throw new AppError('INVALID_INPUT', `Dữ liệu nhập chưa đúng: ${first}`, issues);
}

type CreateInput = Parameters<DomainHandlers<'members'>['members.create']>[0];

function createMember(ctx: ServiceContext, input: CreateInput): Member {
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

export const membersHandlers: DomainHandlers<'members'> = {
  'members.list': (input, ctx) => listMembers(ctx, input),
  'members.get': ({ id }, ctx) => getMember(ctx, id),
  'members.create': (input, ctx) => createMember(ctx, input),
  'members.update': ({ id, ...fields }, ctx) => {
    assertRules(ctx, fields);
    return ctx.db.transaction(() => {
      const before = getMember(ctx, id);
      assertUnique(ctx, fields, id, before.status === 'active');
      updateMemberRow(ctx, id, fields);
      const after = getMember(ctx, id);
      logChange(ctx, 'member', id, 'update', before, after);
      return after;
    })();
  },
  'members.delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const member = getMember(ctx, id);
      const n = countEvents(ctx, id);
      if (n > 1) {
        throw new AppError(
          'CONFLICT',
          `Không xóa được hồ sơ "${member.name}" vì đã có ${n - 1} biến động sau khi vào sổ; cần giữ lịch sử. Nếu đoàn viên không còn sinh hoạt, hãy ghi biến động "Thôi sinh hoạt" (hoặc "Chuyển đi").`,
        );
      }
      ctx.db.prepare('DELETE FROM members WHERE id = ?').run(id);
      logChange(ctx, 'member', id, 'delete', member, null);
      return { deleted: true as const };
    })(),
  'members.events': ({ id }, ctx) => {
    getMember(ctx, id);
    return listEvents(ctx, id);
  },
  'members.addEvent': (input, ctx) => {
    addEvent(ctx, input);
    return { member: getMember(ctx, input.memberId), events: listEvents(ctx, input.memberId) };
  },
  'members.deleteEvent': ({ memberId, eventId }, ctx) => {
    const ev = listEvents(ctx, memberId).find((e) => e.id === eventId);
    deleteLatestEvent(ctx, memberId, eventId);
    if (ev)
      logChange(ctx, 'member', memberId, 'delete_event', { ...ev, label: `${EVENT_KIND_LABELS[ev.kind]} ngày ${isoToVn(ev.date)}` }, null);
    return { member: getMember(ctx, memberId), events: listEvents(ctx, memberId) };
  },
  'members.stats': (input, ctx) => memberStats(ctx, input),
  'members.statsExport': async (input, ctx) => exportStats(ctx, memberStats(ctx, input)),
  'members.exportXlsx': async ({ offset: _o, limit: _l, ...filter }, ctx, progress) => exportMembers(ctx, filter, progress),
  'members.importPreview': (input, ctx, progress) => previewMemberImport(ctx, input, progress),
  'members.importCommit': (input, ctx, progress) => commitMemberImport(ctx, input, progress),
  'members.importDiscard': ({ batchId }, ctx) => dropMemberBatch(ctx, batchId),
  'members.importMapping': (_input, ctx) => ({
    fields: IMPORT_FIELDS.map((key) => ({ key, label: IMPORT_FIELD_LABELS[key] })),
    remembered: readRememberedMapping(ctx),
  }),
  'members.duplicates': ({ limit }, ctx) => listDuplicates(ctx, limit),
  'members.merge': (input, ctx) => mergeMembers(ctx, input),
  'members.markNotDuplicate': ({ aId, bId }, ctx) => markNotDuplicate(ctx, aId, bId),
};
