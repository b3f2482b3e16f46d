import type { ServiceContext } from './context';
import { whenQuiet } from './foreground';
import { backupAtStart } from './backup/automatic';
import { warmMemberSearch } from './members/search-index';

/** The daily backup waits until the window has been quiet this long (the clerk reading the first screen)… */
const BACKUP_QUIET_MS = 2_000;
/** …or this long after the index is built, whatever the window does. */
const BACKUP_LATEST_MS = 30_000;

/**
 * What the app does on its own once it answers, in both modes: the member search index, then the
 * daily backup (its heavy part in a worker thread, backup/pack-host.ts). Each gives way to the
 * window (foreground.ts), so that the first screen is not slowed by them. The close backup still
 * covers a session closed before the start backup ran.
 */
export async function afterStart(ctx: ServiceContext): Promise<void> {
  await warmMemberSearch(ctx);
  await whenQuiet(BACKUP_QUIET_MS, BACKUP_LATEST_MS);
  await backupAtStart(ctx);
}
