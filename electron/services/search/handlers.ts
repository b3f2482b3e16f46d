import type { DomainHandlers } from '../handler-types';
import { searchAll } from './search-all';

export const searchHandlers: DomainHandlers<'search'> = {
  'search.all': (input, ctx) => searchAll(ctx, input),
};
