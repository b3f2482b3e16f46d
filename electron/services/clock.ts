import { AppError } from '../../shared/api/result';
import { isValidIsoDate } from '../../shared/text/dates';

/** The environment variable that pins "today" (YYYY-MM-DD) for tests and demonstrations. */
export const TODAY_ENV = 'CONGDOAN_TODAY';

/**
 * The service clock. Unpinned it is the system clock; pinned, it is the system clock moved by whole
 * days so that the pinned date is today and time of day still runs (autosave intervals, time stamps
 * and expiries keep working).
 */
export function makeClock(pinnedToday?: string, real: () => number = Date.now): () => Date {
  if (!pinnedToday) return () => new Date(real());
  if (!isValidIsoDate(pinnedToday)) {
    throw new AppError('INVALID_INPUT', `${TODAY_ENV}="${pinnedToday}" không phải một ngày dạng YYYY-MM-DD (ví dụ 2026-12-31).`);
  }
  const [y, m, d] = pinnedToday.split('-').map(Number);
  const start = new Date(real());
  const todayMidnight = new Date(start.getFullYear(), start.getMonth(), start.getDate()).getTime();
  const pinnedMidnight = new Date(y, m - 1, d).getTime();
  // The exact distance between the two local midnights (not a multiple of 24 h across a
  // daylight-saving change), so real midnight maps to the pinned day's midnight.
  const offset = pinnedMidnight - todayMidnight;
  return () => new Date(real() + offset);
}

/** The clock the environment asks for (browser mode and the desktop shell). */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): () => Date {
  return makeClock(env[TODAY_ENV]?.trim() || undefined);
}
