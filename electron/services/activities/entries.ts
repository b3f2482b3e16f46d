// The activity log as the clerk changes it: each save is one transaction, logged in the change
// history with the record before and after. SQL lives in repo.ts and activity-types-repo.ts.
import type { ActivityParsed, ActivitySaveResult, ActivityType } from '../../../shared/activities/schema';
import type { ParsedInput } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { logChange } from '../history/change-log-repo';
import { listTypes, saveTypes } from './activity-types-repo';
import { createActivity, deleteActivity, getActivity, updateActivity } from './repo';

export function saveActivityTypes(ctx: ServiceContext, types: ParsedInput<'activities.saveTypes'>['types']): ActivityType[] {
  return ctx.db.transaction(() => {
    saveTypes(ctx, types);
    return listTypes(ctx);
  })();
}

export function recordActivity(ctx: ServiceContext, input: ActivityParsed): ActivitySaveResult {
  return ctx.db.transaction(() => {
    const { id, warnings } = createActivity(ctx, input);
    const activity = getActivity(ctx, id);
    logChange(ctx, 'activity', id, 'create', null, activity);
    return { activity, warnings };
  })();
}

export function changeActivity(ctx: ServiceContext, id: number, input: ActivityParsed): ActivitySaveResult {
  return ctx.db.transaction(() => {
    const before = getActivity(ctx, id);
    const { warnings } = updateActivity(ctx, id, input);
    const activity = getActivity(ctx, id);
    logChange(ctx, 'activity', id, 'update', before, activity);
    return { activity, warnings };
  })();
}

export function removeActivity(ctx: ServiceContext, id: number): { deleted: true } {
  return ctx.db.transaction(() => {
    const before = deleteActivity(ctx, id);
    logChange(ctx, 'activity', id, 'delete', before, null);
    return { deleted: true as const };
  })();
}
