import type { MethodResult } from '../../../shared/api/contract';
import { todayIso } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';

/** The app's name and version, where its data is, how it runs and what day it is. */
export function appInfo(ctx: ServiceContext): MethodResult<'app.info'> {
  return {
    name: 'Công đoàn - Văn phòng',
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    mode: ctx.mode,
    today: todayIso(ctx.now()),
    now: ctx.now().toISOString(),
    recovery: ctx.recovery?.reason ?? null,
  };
}
