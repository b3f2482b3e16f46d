import { officeSettingsSchema, type OfficeSettings, type OfficeSettingsState } from '../../../shared/settings/schema';
import type { ServiceContext } from '../context';
import type { DomainHandlers } from '../handler-types';
import { logChange } from '../history/change-log';

const OFFICE_KEY = 'office';

export function readOfficeSettings(ctx: ServiceContext): OfficeSettings | null {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(OFFICE_KEY) as { value: string } | undefined;
  if (!row) return null;
  const parsed = officeSettingsSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

function state(settings: OfficeSettings | null): OfficeSettingsState {
  return { settings, isEmpty: settings === null };
}

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings.get': (_input, ctx) => state(readOfficeSettings(ctx)),
  'settings.update': (input, ctx) => {
    ctx.db.transaction(() => {
      const before = readOfficeSettings(ctx);
      ctx.db
        .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
        .run(OFFICE_KEY, JSON.stringify(input));
      logChange(ctx, 'settings', 0, 'update', before, input);
    })();
    return state(readOfficeSettings(ctx));
  },
};
