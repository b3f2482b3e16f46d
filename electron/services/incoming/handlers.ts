// incoming.*: method → function. The entries themselves (and their files) are in entries.ts.
import { DUE_WITHIN_DAYS } from '../../../shared/incoming/schema';
import { todayIso } from '../../../shared/text/dates';
import type { DomainHandlers } from '../handler-types';
import { changeIncoming, createIncoming, incomingFile, removeIncoming } from './entries';
import { dueIncoming, getIncoming, listIncoming, nextArrivalNo } from './repo';

export const incomingHandlers: DomainHandlers<'incoming'> = {
  'incoming.list': (input, ctx) => listIncoming(ctx, input),
  'incoming.get': ({ id }, ctx) => getIncoming(ctx, id),

  'incoming.create': (input, ctx) => createIncoming(ctx, input),
  'incoming.update': (input, ctx) => changeIncoming(ctx, input),
  'incoming.delete': ({ id }, ctx) => removeIncoming(ctx, id),
  'incoming.file': ({ id }, ctx) => incomingFile(ctx, id),
  'incoming.nextArrivalNo': ({ receivedOn }, ctx) => {
    const year = Number(receivedOn.slice(0, 4));
    return { year, next: nextArrivalNo(ctx, year) };
  },

  'incoming.dashboard': (_input, ctx) => ({ items: dueIncoming(ctx, todayIso(ctx.now()), DUE_WITHIN_DAYS), withinDays: DUE_WITHIN_DAYS }),
};
