import type { AllHandlers } from './handler-types';
import { appHandlers } from './app/handlers';
import { settingsHandlers } from './settings/handlers';
import { sectorsHandlers } from './sectors/handlers';
import { unitsHandlers } from './units/handlers';

/** The one handler table, registered on IPC and served over HTTP. Missing a method is a type error. */
export const handlers: AllHandlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...sectorsHandlers,
  ...unitsHandlers,
};
