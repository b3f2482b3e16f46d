import type { DomainHandlers } from '../handler-types';
import { officeSettingsState, saveOfficeSettings } from './office';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings.get': (_input, ctx) => officeSettingsState(ctx),
  'settings.update': (input, ctx) => saveOfficeSettings(ctx, input),
};
