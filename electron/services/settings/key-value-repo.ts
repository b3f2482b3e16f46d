// The key/value settings table (JSON values): one place that reads and writes it.
import type { ServiceContext } from '../context';

/** The stored value, or null when absent or not valid JSON (a damaged value is treated as unset). */
export function readSetting<T>(ctx: ServiceContext, key: string): T | null {
  const raw = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeSetting(ctx: ServiceContext, key: string, value: unknown): void {
  ctx.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(key, JSON.stringify(value));
}

/** Writes the value unless the key already holds a valid one (first writer wins). */
export function writeSettingOnce(ctx: ServiceContext, key: string, value: unknown): void {
  if (readSetting(ctx, key) === null) writeSetting(ctx, key, value);
}
