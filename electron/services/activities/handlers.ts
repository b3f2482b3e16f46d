import type { DomainHandlers } from '../handler-types';
import { logChange } from '../history/change-log-repo';
import { createActivity, deleteActivity, getActivity, listActivities, priorSupport, supportForMember, updateActivity } from './repo';
import { listTypes, saveTypes } from './activity-types-repo';

export const activitiesHandlers: DomainHandlers<'activities'> = {
  'activities.types': (_i, ctx) => listTypes(ctx),
  'activities.saveTypes': ({ types }, ctx) =>
    ctx.db.transaction(() => {
      saveTypes(ctx, types);
      return listTypes(ctx);
    })(),
  'activities.list': (input, ctx) => listActivities(ctx, input),
  'activities.get': ({ id }, ctx) => getActivity(ctx, id),
  'activities.create': (input, ctx) =>
    ctx.db.transaction(() => {
      const { id, warnings } = createActivity(ctx, input);
      const activity = getActivity(ctx, id);
      logChange(ctx, 'activity', id, 'create', null, activity);
      return { activity, warnings };
    })(),
  'activities.update': ({ id, ...input }, ctx) =>
    ctx.db.transaction(() => {
      const before = getActivity(ctx, id);
      const { warnings } = updateActivity(ctx, id, input);
      const activity = getActivity(ctx, id);
      logChange(ctx, 'activity', id, 'update', before, activity);
      return { activity, warnings };
    })(),
  'activities.delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const before = deleteActivity(ctx, id);
      logChange(ctx, 'activity', id, 'delete', before, null);
      return { deleted: true as const };
    })(),
  'activities.forMember': ({ memberId }, ctx) => supportForMember(ctx, memberId),
  'activities.priorSupport': ({ memberIds, roundId, date, excludeActivityId }, ctx) =>
    priorSupport(ctx, memberIds, roundId, date, excludeActivityId),
};
