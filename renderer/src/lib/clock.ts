import dayjs, { type Dayjs } from 'dayjs';
import { todayIso } from '../../../shared/text/dates';
import type { MethodResult } from '../../../shared/api/contract';
import { call } from '../api/client';
import { takePrefetched } from '../api/prefetch';

/**
 * The renderer's clock follows the server's (`app.info`), so pinning the server's today
 * (CONGDOAN_TODAY) pins every default date in the app too. Kept as the distance between the two
 * clocks, so time still runs while the page is open.
 */
let offsetMs = 0;

/**
 * Reads the server's clock once at start (asked for by boot.ts; returns the app's info it came
 * with); without an answer the page's own clock stays.
 */
export async function syncClock(): Promise<MethodResult<'app.info'> | null> {
  try {
    const info = await (takePrefetched('app.info', {}) ?? call('app.info', {}));
    offsetMs = Date.parse(info.now) - Date.now();
    return info;
  } catch {
    offsetMs = 0;
    return null;
  }
}

/** The current instant on the service clock. */
export const now = (): Date => new Date(Date.now() + offsetMs);

/** Today (start of the day) on the service clock, for date pickers and defaults. */
export const today = (): Dayjs => dayjs(now()).startOf('day');

/** Today as YYYY-MM-DD on the service clock. */
export const todayIsoNow = (): string => todayIso(now());
