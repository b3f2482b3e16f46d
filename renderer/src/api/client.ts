import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/result';
import {
  CALL_ID_HEADER,
  CANCEL_PATH,
  newCallId,
  PROGRESS_PATH,
  type ProgressBridge,
  type ProgressEvent,
} from '../../../shared/api/progress';

/** Error thrown by `call`: carries the stable code, the Vietnamese message and per-field messages. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly fields: Record<string, string>;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

type Bridge = Record<string, Record<string, (input: unknown, callId?: string) => Promise<ApiResult<unknown>>>>;

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    api?: Bridge;
    /** Progress events and cancelling of long calls, exposed by the Electron preload; absent in browser mode. */
    apiProgress?: ProgressBridge;
  }
}

function apiToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="api-token"]')?.content ?? '';
}

async function overHttp(method: string, input: unknown, callId?: string): Promise<ApiResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-token': apiToken(), ...(callId ? { [CALL_ID_HEADER]: callId } : {}) },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Không kết nối được với phần mềm. Hãy kiểm tra phần mềm còn đang chạy rồi tải lại trang.' },
    };
  }
  try {
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `Phần mềm trả lời không đúng (mã ${res.status}). Hãy tải lại trang.` } };
  }
}

/** Calls one API method over IPC (desktop) or HTTP (browser mode). Throws ApiCallError on failure. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const [domain, action] = method.split('.');
  const bridge = window.api?.[domain]?.[action];
  const result = bridge ? await bridge(input) : await overHttp(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data as MethodResult<M>;
}

/** How often browser mode asks for the progress of a running call. */
const POLL_MS = 200;

/** Browser mode: asks for the call's progress until `stop()`; cancels it over HTTP. */
function followOverHttp(callId: string, onProgress: (p: ProgressEvent) => void): { stop: () => void; cancel: () => void } {
  let stopped = false;
  let timer: number | undefined;
  const poll = async () => {
    try {
      const res = await fetch(`.${PROGRESS_PATH}${callId}`, { headers: { 'x-api-token': apiToken() } });
      const body = (await res.json()) as ApiResult<ProgressEvent | null>;
      if (!stopped && body.ok && body.data) onProgress(body.data);
    } catch {
      // A missed poll is followed by the next one.
    }
    if (!stopped) timer = window.setTimeout(() => void poll(), POLL_MS);
  };
  timer = window.setTimeout(() => void poll(), POLL_MS / 2);
  return {
    stop: () => {
      stopped = true;
      window.clearTimeout(timer);
    },
    cancel: () => void fetch(`.${CANCEL_PATH}${callId}`, { method: 'POST', headers: { 'x-api-token': apiToken() } }).catch(() => undefined),
  };
}

/**
 * Like `call`, for a long method: `onProgress` gets its phase and "done of total" as it runs
 * (IPC events in the desktop app, polling in browser mode); aborting `signal` asks it to stop,
 * which it does unless it has started to commit (then the call ends normally). A cancelled call
 * throws ApiCallError with code CANCELLED.
 */
export async function callWithProgress<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  onProgress: (p: ProgressEvent) => void,
  signal?: AbortSignal,
): Promise<MethodResult<M>> {
  const callId = newCallId();
  const [domain, action] = method.split('.');
  const bridge = window.api?.[domain]?.[action];
  const events = window.apiProgress;
  let follow: { stop: () => void; cancel: () => void };
  if (bridge && events) {
    const unsubscribe = events.subscribe((p) => {
      if (p.callId === callId) onProgress(p);
    });
    follow = { stop: unsubscribe, cancel: () => events.cancel(callId) };
  } else follow = followOverHttp(callId, onProgress);
  const onAbort = () => follow.cancel();
  signal?.addEventListener('abort', onAbort);
  try {
    const result = bridge ? await bridge(input, callId) : await overHttp(method, input, callId);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.data as MethodResult<M>;
  } finally {
    follow.stop();
    signal?.removeEventListener('abort', onAbort);
  }
}

export function errorMessage(e: unknown): string {
  if (e instanceof ApiCallError) return e.message;
  return 'Đã có lỗi không mong muốn. Hãy thử lại.';
}
