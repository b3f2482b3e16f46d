import { z } from './zod-vi';
import { method } from './define';
import { noInput, type DownloadFile } from './fields';
import { officeSettingsSchema, type OfficeSettingsState } from '../settings/schema';
import {
  sectorCreateSchema,
  sectorMoveSchema,
  sectorUpdateSchema,
  unitCreateSchema,
  unitDissolveSchema,
  unitIdSchema,
  unitImportCommitSchema,
  unitImportPreviewSchema,
  unitListSchema,
  unitUpdateSchema,
  type ChangeLogEntry,
  type Sector,
  type Unit,
  type UnitImportPreview,
  type UnitImportResult,
  type UnitListResult,
} from '../units/schema';

export interface AppInfo {
  name: string;
  version: string;
  schemaVersion: number;
  dataDir: string;
  mode: 'desktop' | 'browser';
}

export interface DashboardSummary {
  activeUnits: number;
  dissolvedUnits: number;
  unitsBySector: { sectorName: string; count: number }[];
  officeConfigured: boolean;
}

/**
 * Every API method, declared once. IPC, HTTP, the preload bridge, the renderer client and the
 * contract tests are all derived from this table.
 */
export const contract = {
  'app.info': method<AppInfo>()(noInput),
  'app.dashboard': method<DashboardSummary>()(noInput),

  'settings.get': method<OfficeSettingsState>()(noInput),
  'settings.update': method<OfficeSettingsState>()(officeSettingsSchema),

  'sectors.list': method<Sector[]>()(noInput),
  'sectors.create': method<Sector>()(sectorCreateSchema),
  'sectors.update': method<Sector>()(sectorUpdateSchema),
  'sectors.move': method<Sector[]>()(sectorMoveSchema),
  'sectors.delete': method<{ deleted: true }>()(z.strictObject({ id: sectorUpdateSchema.shape.id })),

  'units.list': method<UnitListResult>()(unitListSchema),
  'units.get': method<Unit>()(unitIdSchema),
  'units.create': method<Unit>()(unitCreateSchema),
  'units.update': method<Unit>()(unitUpdateSchema),
  'units.dissolve': method<Unit>()(unitDissolveSchema),
  'units.restore': method<Unit>()(unitIdSchema),
  'units.delete': method<{ deleted: true }>()(unitIdSchema),
  'units.history': method<ChangeLogEntry[]>()(unitIdSchema),
  'units.importPreview': method<UnitImportPreview>()(unitImportPreviewSchema),
  'units.importCommit': method<UnitImportResult>()(unitImportCommitSchema),
  'units.exportXlsx': method<DownloadFile>()(unitListSchema),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M] extends { __result?: infer R } ? R : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
