// activities.*: method → function. Saving (with the change history) is in entries.ts.
import type { DomainHandlers } from '../handler-types';
import { listTypes } from './activity-types-repo';
import { changeActivity, recordActivity, removeActivity, saveActivityTypes } from './entries';
import { getActivity, listActivities, priorSupport, supportForMember } from './repo';

export const activitiesHandlers: DomainHandlers<'activities'> = {
  'activities.types': (_i, ctx) => listTypes(ctx),
  'activities.saveTypes': ({ types }, ctx) => saveActivityTypes(ctx, types),
  'activities.list': (input, ctx) => listActivities(ctx, input),
  'activities.get': ({ id }, ctx) => getActivity(ctx, id),
  'activities.create': (input, ctx) => recordActivity(ctx, input),
  'activities.update': ({ id, ...input }, ctx) => changeActivity(ctx, id, input),
  'activities.delete': ({ id }, ctx) => removeActivity(ctx, id),
  'activities.forMember': ({ memberId }, ctx) => supportForMember(ctx, memberId),
  'activities.priorSupport': ({ memberIds, roundId, date, excludeActivityId }, ctx) =>
    priorSupport(ctx, memberIds, roundId, date, excludeActivityId),
};
