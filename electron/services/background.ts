import type { ServiceContext } from './context';
import { gateFor } from './call-gate';
import { whenQuiet } from './foreground';
import { backupAtStart } from './backup/automatic';
import { warmMemberSearch } from './members/search-index';

/** The daily backup waits until the window has been quiet this long (the clerk reading the first screen)… */
const BACKUP_QUIET_MS = 2_000;
/** …or this long after the index is built, whatever the window does. */
const BACKUP_LATEST_MS = 30_000;

export interface BackgroundWork {
  /** Settles when the work is over (or skipped); never rejects. */
  done: Promise<void>;
  /** Before closing: starts nothing more and waits for what already runs. */
  stop: () => Promise<void>;
}

/**
 * What the app does on its own once it answers, in both modes: the member search index, then the
 * daily backup (its heavy part in a worker thread, backup/pack-host.ts). Each gives way to the
 * window (foreground.ts), so that the first screen is not slowed by them. The backup runs through
 * the connection's call gate, so a restore or a big import never runs beside it; the close backup
 * covers a session closed before it ran.
 */
export function afterStart(ctx: ServiceContext, onError: (e: unknown) => void): BackgroundWork {
  const stopping = new AbortController();
  const db = ctx.db;
  const run = async (): Promise<void> => {
    await warmMemberSearch(ctx);
    await whenQuiet(BACKUP_QUIET_MS, BACKUP_LATEST_MS, stopping.signal);
    // Closing, or a restore replaced the database meanwhile (it made its own copy first).
    if (stopping.signal.aborted || ctx.db !== db || !db.open || ctx.recovery) return;
    await gateFor(db).shared(() => backupAtStart(ctx));
  };
  const done = run().catch(onError);
  return {
    done,
    stop: () => {
      stopping.abort();
      return done;
    },
  };
}
