import type { DomainHandlers } from '../handler-types';
import { roundResultsByArea } from '../results/by-area';
import { createArea, removeArea, renameArea } from './manage';
import { listAreas } from './repo';

export const areasHandlers: DomainHandlers<'areas'> = {
  'areas.list': (_i, ctx) => listAreas(ctx),
  'areas.create': ({ name }, ctx) => createArea(ctx, name),
  'areas.rename': ({ id, name }, ctx) => renameArea(ctx, id, name),
  'areas.remove': ({ id, unlinkUnits }, ctx) => removeArea(ctx, id, unlinkUnits ?? false),
  'areas.roundResults': ({ roundId }, ctx) => roundResultsByArea(ctx, roundId),
};
