import { DEFAULT_ANNIVERSARIES, type AnniversaryEvent } from '../../../shared/documents/anniversaries';
import { anniversaryEventSchema } from '../../../shared/documents/api';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings/key-value-repo';

// The office's editable list of dated events (settings key 'anniversaries'); the defaults until
// the clerk saves a list of their own.

const KEY = 'anniversaries';

export function readAnniversaries(ctx: ServiceContext): AnniversaryEvent[] {
  const parsed = anniversaryEventSchema.array().safeParse(readSetting<unknown>(ctx, KEY));
  return parsed.success ? parsed.data : [...DEFAULT_ANNIVERSARIES];
}

/** Saves the list; the list as read back. */
export function writeAnniversaries(ctx: ServiceContext, events: AnniversaryEvent[]): AnniversaryEvent[] {
  writeSetting(ctx, KEY, events);
  return readAnniversaries(ctx);
}
