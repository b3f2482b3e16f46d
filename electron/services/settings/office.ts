// The office's own details (name, issuing body, signer…), stored under one key of the settings table.
import { officeSettingsSchema, type OfficeSettings, type OfficeSettingsState } from '../../../shared/settings/schema';
import type { ServiceContext } from '../context';
import { logChange } from '../history/change-log-repo';
import { readSetting, writeSetting } from './key-value-repo';

const OFFICE_KEY = 'office';

/** The stored details, or null when never saved (or no longer valid). */
export function readOfficeSettings(ctx: ServiceContext): OfficeSettings | null {
  const parsed = officeSettingsSchema.safeParse(readSetting<unknown>(ctx, OFFICE_KEY));
  return parsed.success ? parsed.data : null;
}

export function officeSettingsState(ctx: ServiceContext): OfficeSettingsState {
  const settings = readOfficeSettings(ctx);
  return { settings, isEmpty: settings === null };
}

/** Saves the details and records the change (one transaction). */
export function saveOfficeSettings(ctx: ServiceContext, input: OfficeSettings): OfficeSettingsState {
  ctx.db.transaction(() => {
    const before = readOfficeSettings(ctx);
    writeSetting(ctx, OFFICE_KEY, input);
    logChange(ctx, 'settings', 0, 'update', before, input);
  })();
  return officeSettingsState(ctx);
}
