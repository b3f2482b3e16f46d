import type { DomainHandlers } from '../handler-types';
import { createSector, deleteSector, listSectors, moveSector, renameSector } from './repo';

export const sectorsHandlers: DomainHandlers<'sectors'> = {
  'sectors.list': (_i, ctx) => listSectors(ctx),
  'sectors.create': ({ name }, ctx) => createSector(ctx, name),
  'sectors.update': ({ id, name }, ctx) => renameSector(ctx, id, name),
  'sectors.move': ({ id, direction }, ctx) => moveSector(ctx, id, direction),
  'sectors.delete': ({ id }, ctx) => deleteSector(ctx, id),
};
