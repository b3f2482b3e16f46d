import { performance } from 'node:perf_hooks';

// Work the app starts on its own (the search index built at start, the daily backup) gives way to
// the window: while the window is asking for its code and data, such work waits, so that on a
// two-core office PC the first screen is not slowed by it. A request (an API call, in browser mode
// also a file of the page) marks the window busy; the work goes on once it has been quiet a moment.

/** How long the window must have been quiet before background work goes on. */
export const QUIET_MS = 150;

let lastRequestAt = -Infinity;

/** A request of the window has just come in. */
export function markForeground(): void {
  lastRequestAt = performance.now();
}

/** How long background work should still wait (0: go on now). */
export function foregroundWait(quietMs = QUIET_MS): number {
  return Math.max(0, Math.ceil(lastRequestAt + quietMs - performance.now()));
}

/**
 * Resolves once the window has been quiet for `quietMs`, or after `latestMs` whatever it does (so
 * that a clerk working without pause still gets the work done).
 */
export function whenQuiet(quietMs: number, latestMs: number): Promise<void> {
  const giveUpAt = performance.now() + latestMs;
  return new Promise((resolve) => {
    const check = (): void => {
      const wait = Math.min(foregroundWait(quietMs), giveUpAt - performance.now());
      if (wait <= 0) return resolve();
      setTimeout(check, wait);
    };
    check();
  });
}
