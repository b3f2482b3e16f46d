import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import { call } from './client';

// Calls sent at start for the page the address opens (app/first-screen.ts), before that page's
// code has arrived; the page takes the answer once instead of asking again. Kept only for the
// first screen: leaving it, or a few seconds passing, drops what was not taken.

/** An answer older than this is not taken: the page asks afresh. */
const FRESH_MS = 10_000;

interface Early {
  answer: Promise<unknown>;
  at: number;
  /** Set once the answer has arrived, so that a page can take it while rendering (`takeArrived`). */
  arrived?: { value: unknown };
}

const early = new Map<string, Early>();

/** The same key for the same input whatever the order of its fields. */
function keyOf(method: MethodName, input: unknown): string {
  const fields = Object.entries((input ?? {}) as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${method} ${JSON.stringify(fields)}`;
}

/** Sends `method` now; its answer waits for `takeArrived` (once here) or `takePrefetched` (still on its way). */
export function prefetchCall<M extends MethodName>(method: M, input: MethodInput<M>): void {
  const answer = call(method, input);
  const entry: Early = { answer, at: performance.now() };
  // A failure reaches the page that takes the promise, or nobody.
  answer.then(
    (value) => (entry.arrived = { value }),
    () => undefined,
  );
  if (early.size === 0) window.addEventListener('hashchange', () => early.clear(), { once: true });
  early.set(keyOf(method, input), entry);
}

/** The fresh entry sent at start for exactly this call, removed from the list; undefined when there is none. */
function take(method: MethodName, input: unknown, arrived: boolean): Early | undefined {
  const key = keyOf(method, input);
  const found = early.get(key);
  if (!found || (arrived && !found.arrived)) return undefined;
  early.delete(key);
  return performance.now() - found.at <= FRESH_MS ? found : undefined;
}

/**
 * The answer sent at start for exactly this call, when it has already arrived: a page can then
 * render with its data at once instead of rendering empty and again a moment later. Taken once;
 * undefined when there is none, it has not arrived (or failed), or it is too old.
 */
export function takeArrived<M extends MethodName>(method: M, input: MethodInput<M>): MethodResult<M> | undefined {
  return take(method, input, true)?.arrived?.value as MethodResult<M> | undefined;
}

/** The answer sent at start for exactly this call, once; null when there is none (or it is too old). */
export function takePrefetched<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> | null {
  return (take(method, input, false)?.answer as Promise<MethodResult<M>> | undefined) ?? null;
}
