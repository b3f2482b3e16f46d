// members.*: method → function. The record itself (create, update, delete, events) is in records.ts.
import type { DomainHandlers } from '../handler-types';
import { getMember } from './repo';
import { addMemberEvent, createMember, deleteMember, deleteMemberEvent, memberEvents, updateMember } from './records';
import { exportMemberStats, exportMembers } from './export';
import { commitMemberImport } from './import-commit';
import { dropMemberBatch, importRowsPage, previewMemberImport } from './import-batch';
import { listMembers } from './search';
import { memberStats } from './stats-queries';
import { listDuplicates, markNotDuplicate } from './duplicates';
import { mergeMembers } from './duplicates-merge';

export const membersHandlers: DomainHandlers<'members'> = {
  'members.list': (input, ctx) => listMembers(ctx, input),
  'members.get': ({ id }, ctx) => getMember(ctx, id),
  'members.create': (input, ctx) => createMember(ctx, input),
  'members.update': ({ id, ...fields }, ctx) => updateMember(ctx, id, fields),
  'members.delete': ({ id }, ctx) => deleteMember(ctx, id),
  'members.events': ({ id }, ctx) => memberEvents(ctx, id),
  'members.addEvent': (input, ctx) => addMemberEvent(ctx, input),
  'members.deleteEvent': ({ memberId, eventId }, ctx) => deleteMemberEvent(ctx, memberId, eventId),
  'members.stats': (input, ctx) => memberStats(ctx, input),
  'members.statsExport': (input, ctx) => exportMemberStats(ctx, input),
  'members.exportXlsx': async ({ offset: _o, limit: _l, ...filter }, ctx, progress) => exportMembers(ctx, filter, progress),
  'members.importPreview': (input, ctx, progress) => previewMemberImport(ctx, input, progress),
  'members.importCommit': (input, ctx, progress) => commitMemberImport(ctx, input, progress),
  'members.importDiscard': ({ batchId }, ctx) => dropMemberBatch(ctx, batchId),
  'members.importRows': (input, ctx) => importRowsPage(ctx, input),
  'members.duplicates': ({ limit }, ctx) => listDuplicates(ctx, limit),
  'members.merge': (input, ctx) => mergeMembers(ctx, input),
  'members.markNotDuplicate': ({ aId, bId }, ctx) => markNotDuplicate(ctx, aId, bId),
};
