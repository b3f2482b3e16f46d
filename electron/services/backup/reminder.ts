import type { DashboardSummary } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { countsOf, readBackupSettings } from './repo';

const DAY_MS = 86_400_000;

/** Remind the clerk when there is data and no backup to an outside drive for `remindAfterDays` days. */
export function backupReminder(ctx: ServiceContext): DashboardSummary['backup'] {
  const s = readBackupSettings(ctx);
  const c = countsOf(ctx.db);
  const hasData = c.units + c.members + c.documents + c.rounds > 0;
  const since = s.lastExternalAt ? (ctx.now().getTime() - Date.parse(s.lastExternalAt)) / DAY_MS : Infinity;
  return { lastExternalAt: s.lastExternalAt, remind: hasData && since >= s.remindAfterDays, remindAfterDays: s.remindAfterDays };
}
