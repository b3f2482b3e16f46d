// registers.*: the two books the office prints at the end of a year — the incoming register (this
// domain, repo.ts) and the outgoing register (outgoing-register-query.ts).
import type { DomainHandlers } from '../handler-types';
import { outgoingOfYear, outgoingYears } from './outgoing-register-query';
import { incomingOfYear, incomingYears } from './repo';

export const registersHandlers: DomainHandlers<'registers'> = {
  'registers.incoming': ({ year }, ctx) => ({ year, rows: incomingOfYear(ctx, year), years: incomingYears(ctx) }),
  'registers.outgoing': ({ year }, ctx) => ({ year, rows: outgoingOfYear(ctx, year), years: outgoingYears(ctx) }),
};
