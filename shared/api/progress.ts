// The progress channel of long API calls. The caller names its call with an id it makes up
// (`newCallId`); while the call runs, the server reports its phase and "done of total" under that
// id: over IPC events in the desktop app, through `GET /api/progress/<id>` in browser mode. The
// caller may cancel it (IPC message, `POST /api/cancel/<id>`) until the phase that commits begins.
// No imports: the sandboxed preload bundles this file as it is.

/** One report of a running call. */
export interface ProgressEvent {
  callId: string;
  /** What is being done now, in Vietnamese ("Đang ghi tệp Excel"). */
  phase: string;
  /** Units of work done in this phase, of `total`; `total` is 0 when it is not known. */
  done: number;
  total: number;
  /** False from the phase that commits on: cancelling then would be too late to leave nothing behind. */
  cancellable: boolean;
}

/** IPC channel of the progress events (main → window) and of a cancel request (window → main). */
export const PROGRESS_CHANNEL = 'api:progress';
export const CANCEL_CHANNEL = 'api:cancel';

/** Browser mode: the header naming the call, and the paths to read its progress and cancel it. */
export const CALL_ID_HEADER = 'x-call-id';
export const PROGRESS_PATH = '/api/progress/';
export const CANCEL_PATH = '/api/cancel/';

const CALL_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function isCallId(value: unknown): value is string {
  return typeof value === 'string' && CALL_ID.test(value);
}

/** A fresh call id (random, URL-safe). */
export function newCallId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the desktop preload exposes as `window.apiProgress`. */
export interface ProgressBridge {
  /** Calls `listener` with every progress event of this window's calls; returns the unsubscribe function. */
  subscribe(listener: (event: ProgressEvent) => void): () => void;
  cancel(callId: string): void;
}

export const CANCELLED_MESSAGE = 'Đã hủy theo yêu cầu. Chưa có gì được lưu hay thay đổi.';
