// registers.*: the two books the office prints at the end of a year — the incoming register (this
// domain, repo.ts) and the outgoing register (outgoing-register-query.ts).
import type { DomainHandlers } from '../handler-types';
import { outgoingRegister } from './outgoing-register-query';
import { incomingRegister } from './repo';

export const registersHandlers: DomainHandlers<'registers'> = {
  'registers.incoming': ({ year }, ctx) => incomingRegister(ctx, year),
  'registers.outgoing': ({ year }, ctx) => outgoingRegister(ctx, year),
};
