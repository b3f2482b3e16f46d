// The server side of the progress channel (shared/api/progress.ts). A long handler reports through
// the `Progress` it is given: a phase label, then "done of total" as it goes. Reporting also lets the
// event loop run now and then, so that browser mode can answer the progress polls and a cancel
// request can arrive while the handler works through its (mostly synchronous) steps.
import { performance } from 'node:perf_hooks';
import { AppError } from '../../shared/api/result';
import { CANCELLED_MESSAGE, isCallId, type ProgressEvent } from '../../shared/api/progress';

export interface Progress {
  /**
   * Starts a phase (`total` 0 when unknown). `commit: true` marks the phase that writes for good:
   * from then on the call cannot be cancelled. `done`: where the phase starts (a call whose phases
   * are the steps of one count: "3 of 5").
   */
  phase(label: string, total?: number, opts?: { commit?: boolean; done?: number }): Promise<void>;
  /** `done` of the phase's total; throws CANCELLED when the clerk cancelled before the commit phase. */
  step(done: number): Promise<void>;
  /** Throws CANCELLED when the call was cancelled and may still stop. */
  check(): void;
}

// Events are sent at most this often; the event loop is given a turn at most this often too.
const EMIT_MS = 100;
const YIELD_MS = 40;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

class CallProgress implements Progress {
  private label = '';
  private done = 0;
  private total = 0;
  private cancellable = true;
  private lastEmit = 0;
  private lastYield = 0;

  constructor(
    private readonly callId: string,
    private readonly signal: AbortSignal,
    private readonly listener: (event: ProgressEvent) => void,
  ) {}

  event(): ProgressEvent {
    return { callId: this.callId, phase: this.label, done: this.done, total: this.total, cancellable: this.cancellable };
  }

  async phase(label: string, total = 0, opts: { commit?: boolean; done?: number } = {}): Promise<void> {
    this.check();
    if (opts.commit) this.cancellable = false;
    this.label = label;
    this.done = opts.done ?? 0;
    this.total = total;
    this.emit(true);
    this.lastYield = performance.now();
    await turn();
    this.check();
  }

  async step(done: number): Promise<void> {
    this.done = Math.min(done, this.total || done);
    const now = performance.now();
    if (now - this.lastYield < YIELD_MS) return;
    this.emit(false);
    this.lastYield = now;
    await turn();
    this.check();
  }

  check(): void {
    if (this.cancellable && this.signal.aborted) throw new AppError('CANCELLED', CANCELLED_MESSAGE);
  }

  private emit(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastEmit < EMIT_MS) return;
    this.lastEmit = now;
    try {
      this.listener(this.event());
    } catch (e) {
      // A window that closed meanwhile does not stop the work.
      console.warn('[progress] listener failed:', e);
    }
  }
}

/** For calls nobody follows (tests, automatic backups, calls without an id): no events, no pauses. */
export const silentProgress: Progress = {
  phase: () => Promise.resolve(),
  step: () => Promise.resolve(),
  check: () => undefined,
};

interface RunningCall {
  progress: CallProgress;
  controller: AbortController;
}

// The calls that named themselves, by id (ids are random: one map for the whole process).
const running = new Map<string, RunningCall>();
// Cancels that arrived before their call (a click on "Hủy" at once: in browser mode the cancel
// request may overtake the call's own request); the call then stops at its first step.
const cancelledEarly = new Map<string, number>();
const EARLY_TTL_MS = 60_000;
const EARLY_MAX = 100;

/**
 * Follows one call: `onEvent` gets every progress event (IPC), `latestProgress` reads the last one
 * (browser mode polls), `cancelCall` asks it to stop. Without a valid, unused id the call is not
 * followed. `end()` forgets the call.
 */
export function followCall(
  callId: unknown,
  onEvent: (event: ProgressEvent) => void = () => undefined,
): { progress: Progress; end: () => void } {
  if (!isCallId(callId) || running.has(callId)) return { progress: silentProgress, end: () => undefined };
  const controller = new AbortController();
  if (cancelledEarly.delete(callId)) controller.abort();
  const progress = new CallProgress(callId, controller.signal, onEvent);
  running.set(callId, { progress, controller });
  return { progress, end: () => running.delete(callId) };
}

/** The last report of a running call; null when no such call runs (not started yet, or over). */
export function latestProgress(callId: string): ProgressEvent | null {
  return running.get(callId)?.progress.event() ?? null;
}

/**
 * Asks a call to stop; it does at its next step unless it has started to commit. An id not running
 * yet is remembered for a while (its call may still be on its way).
 */
export function cancelCall(callId: string): { cancelled: boolean } {
  const call = running.get(callId);
  if (!call) {
    const now = performance.now();
    for (const [id, at] of cancelledEarly) if (now - at > EARLY_TTL_MS || cancelledEarly.size >= EARLY_MAX) cancelledEarly.delete(id);
    cancelledEarly.set(callId, now);
    return { cancelled: true };
  }
  if (!call.progress.event().cancellable) return { cancelled: false };
  call.controller.abort();
  return { cancelled: true };
}
