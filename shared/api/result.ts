/** Error as the renderer sees it: a stable code and a Vietnamese message a clerk can act on. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) → message, to show next to form fields. */
  fields?: Record<string, string>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export type ErrorCode =
  | 'UNKNOWN_METHOD'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_FILE'
  | 'UNAUTHORIZED'
  | 'DB_TOO_NEW'
  | 'DB_DAMAGED'
  | 'STORAGE'
  /** The clerk cancelled a long call before it committed anything (see shared/api/progress.ts). */
  | 'CANCELLED'
  | 'INTERNAL';

/** Thrown by handlers; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const GENERIC_ERROR_MESSAGE =
  'Đã có lỗi không mong muốn, dữ liệu chưa bị thay đổi. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại phần mềm.';
