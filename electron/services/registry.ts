import type { AllHandlers } from './handler-types';
import { appHandlers } from './app/handlers';
import { settingsHandlers } from './settings/handlers';
import { sectorsHandlers } from './sectors/handlers';
import { unitsHandlers } from './units/handlers';
import { reportsHandlers } from './reports/handlers';
import { membersHandlers } from './members/handlers';
import { documentsHandlers } from './documents/handlers';
import { activitiesAndResultsHandlers } from './results/registry-entry';

/** The one handler table, registered on IPC and served over HTTP. Missing a method is a type error. */
export const handlers: AllHandlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...sectorsHandlers,
  ...unitsHandlers,
  ...reportsHandlers,
  ...membersHandlers,
  ...documentsHandlers,
  ...activitiesAndResultsHandlers,
};
