// "Gộp": two records of one person become one, in one transaction.
//  - The kept record keeps its id; the clerk may take any field's value from the removed record.
//  - Every event of both records moves to the kept record, in date order. Two records of one person
//    often tell overlapping stories (both "Ghi vào sổ", in one unit or in two), which the history
//    rules of events.ts cannot replay as they stand, so fitTimeline writes such events the way the
//    merged history reads: a start in another unit while a member is a transfer from the current
//    unit; a transfer or an end names the unit the member is in then; a transfer while not a
//    member starts membership. An event that repeats what the history already says (a second start
//    in the same unit, an end or card while not a member) is folded into the note of the event
//    before it, so its date, decision number and note stay readable in the history. Each rewritten
//    event's note says what the duplicate record had recorded.
//  - Support received (activity beneficiaries) moves to the kept record.
//  - The change log keeps both records and both histories as they were, under the kept id
//    ('merge') and under the removed id ('merged_into', naming the kept id).
//  - The removed record is deleted: the triggers on members tell the search index, and counts
//    and statistics (derived from members and spans) follow.
import { AppError } from '../../../shared/api/result';
import type { MemberMergeResult, MergeField } from '../../../shared/members/duplicates';
import type { MemberFields } from '../../../shared/members/schema';
import { EVENT_KIND_LABELS, memberRuleIssues } from '../../../shared/members/schema';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';
import { logChange } from '../history/change-log-repo';
import { START_EVENT_KINDS, rebuildMember } from './events';
import { deleteEventRow, listEvents } from './events-repo';
import { assertUnique, deleteMemberRow, getMember, updateMemberRow } from './repo';
import { mergedEventRows, moveBeneficiaries, moveEvents, rewriteEvent, unitNames, type MergeEventRow } from './duplicates-repo';

const MERGE_NOTE = 'Gộp hồ sơ:';

const withNote = (note: string | null, added: string): string => (note ? `${note} ${added}` : added);

export interface FittedTimeline {
  /** Rows to write back (kind, units or note changed). */
  rewritten: MergeEventRow[];
  /** Rows folded into the note of an earlier row and deleted. */
  folded: number[];
}

/** Makes the merged events of two records replay as one history (see the top of this file). Pure. */
export function fitTimeline(rows: MergeEventRow[], unitName: (id: number) => string): FittedTimeline {
  const out = rows.map((r) => ({ ...r }));
  const changed = new Set<number>();
  const folded: number[] = [];
  let active = false;
  let unit: number | null = null;
  let previous: MergeEventRow | null = null;
  const label = (e: MergeEventRow) => `«${EVENT_KIND_LABELS[e.kind]}»`;
  const rewrite = (e: MergeEventRow, text: string) => {
    e.note = withNote(e.note, `${MERGE_NOTE} ${text}`);
    changed.add(e.id);
  };
  const fold = (e: MergeEventRow) => {
    const units = [e.fromUnitId, e.toUnitId].filter((u): u is number => u !== null).map(unitName);
    const parts = [
      `hồ sơ trùng còn ghi ${label(e)} ngày ${isoToVn(e.date)}`,
      units.length ? ` (${units.join(' → ')})` : '',
      e.decisionNo ? `, QĐ số ${e.decisionNo}` : '',
      e.cardNo ? `, số thẻ ${e.cardNo}` : '',
      e.reason ? `, lý do: ${e.reason}` : '',
      e.note ? `, ghi chú: ${e.note}` : '',
      '.',
    ];
    // The first event is always a start (each record starts with one), so there is one before.
    rewrite(previous!, parts.join(''));
    folded.push(e.id);
  };
  for (const e of out) {
    if (START_EVENT_KINDS.has(e.kind)) {
      if (!active) {
        active = true;
        unit = e.toUnitId;
      } else if (e.toUnitId === unit) {
        fold(e);
        continue;
      } else {
        rewrite(e, `ghi thành chuyển sinh hoạt (hồ sơ trùng ghi ${label(e)} vào ${unitName(e.toUnitId!)}).`);
        e.kind = 'transfer';
        e.fromUnitId = unit;
        unit = e.toUnitId;
      }
    } else if (e.kind === 'card') {
      if (!active) {
        fold(e);
        continue;
      }
    } else if (e.kind === 'transfer') {
      if (!active) {
        rewrite(e, `ghi thành ghi vào sổ (hồ sơ trùng ghi ${label(e)} từ ${unitName(e.fromUnitId!)}).`);
        e.kind = 'register';
        e.fromUnitId = null;
        active = true;
        unit = e.toUnitId;
      } else if (e.toUnitId === unit) {
        fold(e);
        continue;
      } else {
        if (e.fromUnitId !== unit) {
          rewrite(e, `hồ sơ trùng ghi chuyển từ ${unitName(e.fromUnitId!)}.`);
          e.fromUnitId = unit;
        }
        unit = e.toUnitId;
      }
    } else {
      // transferOut, leave
      if (!active) {
        fold(e);
        continue;
      }
      if (e.fromUnitId !== unit) {
        rewrite(e, `hồ sơ trùng ghi ${label(e)} từ ${unitName(e.fromUnitId!)}.`);
        e.fromUnitId = unit;
      }
      active = false;
    }
    previous = e;
  }
  const foldedSet = new Set(folded);
  return { rewritten: out.filter((e) => changed.has(e.id) && !foldedSet.has(e.id)), folded };
}

interface MergeInput {
  keepId: number;
  removeId: number;
  take: MergeField[];
}

function mergedFields(kept: MemberFields, removed: MemberFields, take: MergeField[]): MemberFields {
  const fields: MemberFields = { ...kept };
  const copy = <K extends MergeField>(k: K) => {
    fields[k] = removed[k];
  };
  for (const k of take) copy(k);
  return fields;
}

function fieldsOf(m: MemberFields): MemberFields {
  const { name, birthDate, gender, ethnicity, religion, cccd, cmnd, phone, jobTitle, unionPosition, joinedOn, memberCode } = m;
  const { partyMember, partyDate, education, notes } = m;
  return {
    name,
    birthDate,
    gender,
    ethnicity,
    religion,
    cccd,
    cmnd,
    phone,
    jobTitle,
    unionPosition,
    joinedOn,
    memberCode,
    partyMember,
    partyDate,
    education,
    notes,
  };
}

export function mergeMembers(ctx: ServiceContext, { keepId, removeId, take }: MergeInput): MemberMergeResult {
  return ctx.db.transaction(() => {
    const kept = getMember(ctx, keepId);
    const removed = getMember(ctx, removeId);
    const fields = mergedFields(fieldsOf(kept), fieldsOf(removed), take);
    const issues = memberRuleIssues(fields, todayIso(ctx.now()));
    const first = Object.values(issues)[0];
    if (first) {
      throw new AppError('INVALID_INPUT', `Không gộp được: ${first} Hãy chọn lại giá trị lấy từ hồ sơ nào.`, issues);
    }
    const keptEvents = listEvents(ctx, keepId);
    const removedEvents = listEvents(ctx, removeId);

    moveEvents(ctx, removeId, keepId);
    const names = unitNames(ctx);
    const fitted = fitTimeline(mergedEventRows(ctx, keepId, removeId), (id) => names.get(id) ?? `đơn vị #${id}`);
    for (const id of fitted.folded) deleteEventRow(ctx, id);
    for (const e of fitted.rewritten) rewriteEvent(ctx, e);
    moveBeneficiaries(ctx, removeId, keepId);
    deleteMemberRow(ctx, removeId);

    assertUnique(ctx, fields, keepId, kept.status === 'active' || removed.status === 'active');
    updateMemberRow(ctx, keepId, fields);
    rebuildMember(ctx, keepId);

    const member = getMember(ctx, keepId);
    const events = listEvents(ctx, keepId);
    logChange(ctx, 'member', keepId, 'merge', { kept, keptEvents, removed, removedEvents }, { member, events, removedId: removeId });
    logChange(ctx, 'member', removeId, 'merged_into', { member: removed, events: removedEvents }, { mergedInto: keepId });
    return { member, events, removedId: removeId, adjusted: fitted.rewritten.length + fitted.folded.length };
  })();
}
