import type { MethodName } from '../../shared/api/contract';
import type { AllHandlers } from './handler-types';
import { appHandlers } from './app/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { sectorsHandlers } from './sectors/handlers';
import { unitsHandlers } from './units/handlers';
import { areasHandlers } from './areas/handlers';
import { reportsHandlers } from './reports/handlers';
import { membersHandlers } from './members/handlers';
import { documentsHandlers } from './documents/handlers';
import { incomingHandlers } from './incoming/handlers';
import { registersHandlers } from './incoming/registers-handlers';
import { activitiesAndResultsHandlers } from './results/registry-entry';
import { backupHandlers, recoveryHandlers } from './backup/handlers';

/** The one handler table, registered on IPC and served over HTTP. Missing a method is a type error. */
export const handlers: AllHandlers = {
  ...appHandlers,
  ...searchHandlers,
  ...settingsHandlers,
  ...sectorsHandlers,
  ...unitsHandlers,
  ...areasHandlers,
  ...reportsHandlers,
  ...membersHandlers,
  ...documentsHandlers,
  ...incomingHandlers,
  ...registersHandlers,
  ...activitiesAndResultsHandlers,
  ...backupHandlers,
  ...recoveryHandlers,
};

/** What a context in recovery mode (damaged database) still serves. */
export const recoveryMethods: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'recovery.status',
  'recovery.restore',
  'recovery.exportReadable',
  'backup.inspect',
  'reports.folderSuggestions',
]);

/**
 * Calls that keep a write transaction open across awaits (see call-gate.ts), or replace the
 * connection (a restore): they run alone, and other calls wait for them.
 */
export const exclusiveMethods: ReadonlySet<MethodName> = new Set<MethodName>([
  'members.importCommit',
  'backup.restore',
  'recovery.restore',
]);
