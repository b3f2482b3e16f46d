import { describe, expect, it } from 'vitest';
import { clockFromEnv, makeClock } from '../../../electron/services/clock';
import { todayIso } from '../../../shared/text/dates';
import { createContext } from '../../../electron/services/bootstrap';
import { MIGRATIONS_DIR, ok, tempDir } from '../../support/context';

describe('service clock', () => {
  it('is the system clock when nothing is pinned', () => {
    let t = Date.parse('2026-07-15T10:00:00');
    const clock = makeClock(undefined, () => t);
    expect(clock().getTime()).toBe(t);
    t += 5000;
    expect(clock().getTime()).toBe(t);
  });

  it('makes the pinned date today and lets the time of day run', () => {
    let t = Date.parse('2026-07-15T23:59:30');
    const clock = makeClock('2026-12-31', () => t);
    expect(todayIso(clock())).toBe('2026-12-31');
    expect(clock().getHours()).toBe(23);
    expect(clock().getMinutes()).toBe(59);
    t += 60_000; // a minute later it is the next day, in the pinned calendar too
    expect(todayIso(clock())).toBe('2027-01-01');
  });

  it.each(['2028-02-29', '2027-01-01', '2027-05-31', '2027-11-30', '1999-12-31', '2100-06-01'])('pins %s', (day) => {
    expect(todayIso(makeClock(day, () => Date.parse('2026-12-02T09:15:00'))())).toBe(day);
  });

  it('refuses a date that does not exist or is not YYYY-MM-DD, naming the variable', () => {
    for (const bad of ['2027-02-29', '31/12/2026', '2026-13-01', 'hôm nay']) {
      expect(() => makeClock(bad)).toThrow(/CONGDOAN_TODAY="[^"]*" không phải một ngày dạng YYYY-MM-DD/);
    }
  });

  it('reads CONGDOAN_TODAY from the environment; empty means unpinned', () => {
    expect(todayIso(clockFromEnv({ CONGDOAN_TODAY: '2027-05-31' })())).toBe('2027-05-31');
    const real = clockFromEnv({ CONGDOAN_TODAY: ' ' })().getTime();
    expect(Math.abs(real - Date.now())).toBeLessThan(1000);
  });

  it('gives the renderer the service clock through app.info', async () => {
    const now = makeClock('2028-02-29');
    const ctx = createContext({ dataDir: tempDir(), migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: '0.0.0-test', now });
    try {
      const info = await ok(ctx, 'app.info', {});
      expect(info.today).toBe('2028-02-29');
      expect(todayIso(new Date(info.now))).toBe('2028-02-29');
    } finally {
      ctx.close();
    }
  });
});
