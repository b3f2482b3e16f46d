// incoming.*: method → function. The entries themselves (and their files) are in entries.ts.
import type { DomainHandlers } from '../handler-types';
import { changeIncoming, createIncoming, incomingDashboard, incomingFile, proposeArrivalNo, removeIncoming } from './entries';
import { getIncoming, listIncoming } from './repo';

export const incomingHandlers: DomainHandlers<'incoming'> = {
  'incoming.list': (input, ctx) => listIncoming(ctx, input),
  'incoming.get': ({ id }, ctx) => getIncoming(ctx, id),

  'incoming.create': (input, ctx) => createIncoming(ctx, input),
  'incoming.update': (input, ctx) => changeIncoming(ctx, input),
  'incoming.delete': ({ id }, ctx) => removeIncoming(ctx, id),
  'incoming.file': ({ id }, ctx) => incomingFile(ctx, id),
  'incoming.nextArrivalNo': ({ receivedOn }, ctx) => proposeArrivalNo(ctx, receivedOn),

  'incoming.dashboard': (_input, ctx) => incomingDashboard(ctx),
};
