import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/result';

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

type Bridge = Record<string, Record<string, (input: unknown) => Promise<ApiResult<unknown>>>>;

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    api?: Bridge;
  }
}

function apiToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="api-token"]')?.content ?? '';
}

async function overHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  let res: Response;
  try {
    res = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-token': apiToken() },
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

export function errorMessage(e: unknown): string {
  if (e instanceof ApiCallError) return e.message;
  return 'Đã có lỗi không mong muốn. Hãy thử lại.';
}
