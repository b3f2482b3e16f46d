import { performance } from 'node:perf_hooks';

// Work the app starts on its own (the search index built at start, the daily backup) gives way to
// the window: on a two-core office PC the first screen and the clerk's own calls would otherwise
// share the processor with it. The window is busy while a call of it runs and for a moment after
// any request (in browser mode also each file of the page); the work goes on once it is quiet.

/** How long the window must have been quiet before background work goes on. */
export const QUIET_MS = 150;

let lastRequestAt = -Infinity;
let callsRunning = 0;

/** A request of the window has just come in (a file of the page, a poll for progress). */
export function markForeground(): void {
  lastRequestAt = performance.now();
}

/**
 * An API call of the window starts; call the returned function when it is over. A long call (an
 * import, a restore) keeps the window busy throughout, even when nothing else is asked meanwhile.
 */
export function foregroundCall(): () => void {
  markForeground();
  callsRunning++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    callsRunning--;
    markForeground();
  };
}

/** How long background work should still wait (0: go on now). */
export function foregroundWait(quietMs = QUIET_MS): number {
  if (callsRunning > 0) return Math.max(quietMs, 1);
  return Math.max(0, Math.ceil(lastRequestAt + quietMs - performance.now()));
}

/**
 * Resolves once the window has been quiet for `quietMs`, after `latestMs` whatever it does (so a
 * clerk working without pause still gets the work done), or at once when `signal` is aborted.
 */
export function whenQuiet(quietMs: number, latestMs: number, signal?: AbortSignal): Promise<void> {
  const giveUpAt = performance.now() + latestMs;
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const check = (): void => {
      const wait = Math.min(foregroundWait(quietMs), giveUpAt - performance.now());
      if (wait <= 0) return done();
      timer = setTimeout(check, wait);
    };
    if (signal?.aborted) return done();
    signal?.addEventListener('abort', done);
    check();
  });
}
