import { ZodError } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
import { AppError, GENERIC_ERROR_MESSAGE, type ApiResult } from '../../shared/api/result';
import { InputTooDeep, normalizeDeep } from '../../shared/text/vi';
import { gateFor } from './call-gate';
import { fileFault } from './faults';
import type { ServiceContext } from './context';
import type { Handler } from './handler-types';
import { exclusiveMethods, handlers, recoveryMethods } from './registry';
import { enterRecovery } from './bootstrap';
import { DAMAGED_MESSAGE } from '../db/connection';
import type { ProgressEvent } from '../../shared/api/progress';
import { followCall } from './progress';
import { foregroundCall } from './foreground';

/** What a caller that follows its call gives (shared/api/progress.ts). */
type Follow = { callId?: unknown; onProgress?: (event: ProgressEvent) => void };

/**
 * The single entry point for IPC and HTTP: checks the method, NFC-normalises and validates the
 * input with the contract's schema, runs the handler (through the connection's call gate, see
 * call-gate.ts) and wraps the outcome. Never throws. A caller that names its call (`follow.callId`,
 * see shared/api/progress.ts) can follow its progress and cancel it.
 */
export async function dispatch(ctx: ServiceContext, method: string, rawInput: unknown, follow: Follow = {}): Promise<ApiResult<unknown>> {
  const ended = foregroundCall();
  try {
    return await run(ctx, method, rawInput, follow);
  } finally {
    ended();
  }
}

/** dispatch's work; dispatch itself only keeps the window marked busy while it runs (foreground.ts). */
async function run(ctx: ServiceContext, method: string, rawInput: unknown, follow: Follow): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return fail(new AppError('UNKNOWN_METHOD', 'Chức năng được yêu cầu không tồn tại trong phần mềm.'));
  }
  if (ctx.recovery && !recoveryMethods.has(method)) {
    return fail(new AppError('DB_DAMAGED', `${ctx.recovery.reason} Hãy tải lại trang (hoặc mở lại phần mềm) để khôi phục.`));
  }
  let input: unknown;
  try {
    input = normalizeDeep(rawInput === undefined ? {} : rawInput);
  } catch (e) {
    const why = e instanceof InputTooDeep ? 'dữ liệu lồng nhau quá nhiều tầng.' : 'không đọc được dữ liệu gửi lên.';
    return fail(new AppError('INVALID_INPUT', `Dữ liệu nhập chưa đúng: ${why}`));
  }
  const parsed = contract[method].input.safeParse(input);
  if (!parsed.success) return fail(validationError(parsed.error));
  const followed = followCall(follow.callId, follow.onProgress);
  try {
    const handler = handlers[method] as Handler<MethodName>;
    const gate = gateFor(ctx.db);
    const run = () => Promise.resolve(handler(parsed.data as never, ctx, followed.progress));
    const data = await (exclusiveMethods.has(method) ? gate.exclusiveCall(run) : gate.shared(run));
    return { ok: true, data };
  } catch (e) {
    if (e instanceof AppError) return fail(e);
    if (e instanceof ZodError) return fail(validationError(e));
    console.error(`[api] ${method} failed:`, e);
    if (isDamage(e)) {
      enterRecovery(ctx, DAMAGED_MESSAGE);
      return fail(new AppError('DB_DAMAGED', `${DAMAGED_MESSAGE} Hãy tải lại trang (hoặc mở lại phần mềm) để khôi phục.`));
    }
    const fault = fileFault(e, String((e as { path?: unknown }).path ?? 'thư mục dữ liệu'));
    if (fault) return fail(fault);
    return fail(new AppError('INTERNAL', GENERIC_ERROR_MESSAGE));
  } finally {
    followed.end();
  }
}

export function validationError(error: ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!fields[key]) fields[key] = issue.message;
  }
  const first = Object.values(fields)[0] ?? 'Dữ liệu nhập chưa đúng.';
  return new AppError('INVALID_INPUT', `Dữ liệu nhập chưa đúng: ${first}`, fields);
}

function fail(e: AppError): ApiResult<never> {
  return { ok: false, error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } };
}

/** SQLite found the database file damaged while running (not a backup or import file being read). */
function isDamage(e: unknown): boolean {
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  return code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB');
}
