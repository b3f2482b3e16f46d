import type { DomainHandlers } from '../handler-types';
import { unitHistory } from './changes';
import { commitUnitImport } from './import-commit';
import { createUnit, deleteUnit, dissolveUnit, restoreUnit, updateUnit } from './lifecycle';
import { previewUnitImport } from './list-import';
import { getUnit, listUnitsWithCounts } from './repo';
import { exportUnitList } from './xlsx-export';

export const unitsHandlers: DomainHandlers<'units'> = {
  'units.list': (input, ctx) => listUnitsWithCounts(ctx, input),
  'units.get': ({ id }, ctx) => getUnit(ctx, id),
  'units.create': (input, ctx) => createUnit(ctx, input),
  'units.update': ({ id, ...fields }, ctx) => updateUnit(ctx, id, fields),
  'units.dissolve': ({ id, dissolvedOn }, ctx) => dissolveUnit(ctx, id, dissolvedOn),
  'units.restore': ({ id }, ctx) => restoreUnit(ctx, id),
  'units.delete': ({ id }, ctx) => deleteUnit(ctx, id),
  'units.history': ({ id }, ctx) => unitHistory(ctx, id),
  'units.importPreview': (input, ctx, progress) => previewUnitImport(ctx, input, progress),
  'units.importCommit': ({ updateExisting, ...input }, ctx, progress) => commitUnitImport(ctx, input, updateExisting, progress),
  'units.exportXlsx': (input, ctx) => exportUnitList(ctx, input),
};
