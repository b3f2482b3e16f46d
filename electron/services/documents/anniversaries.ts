import { DEFAULT_ANNIVERSARIES, type AnniversaryEvent } from '../../../shared/documents/anniversaries';
import { anniversaryEventSchema } from '../../../shared/documents/api';
import type { ServiceContext } from '../context';

// The office's editable list of dated events (settings key 'anniversaries'); the defaults until
// the clerk saves a list of their own.

const KEY = 'anniversaries';

export function readAnniversaries(ctx: ServiceContext): AnniversaryEvent[] {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return [...DEFAULT_ANNIVERSARIES];
  const parsed = anniversaryEventSchema.array().safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : [...DEFAULT_ANNIVERSARIES];
}

export function writeAnniversaries(ctx: ServiceContext, events: AnniversaryEvent[]): void {
  ctx.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(KEY, JSON.stringify(events));
}
