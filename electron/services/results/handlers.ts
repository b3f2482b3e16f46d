import type { DomainHandlers } from '../handler-types';
import { roundResults } from './compute';
import { saveSettings } from './settings-repo';
import { indicatorSources, unitBreakdown } from './sources';
import { draftReport } from './draft';
import { exportResults } from './export';

export const resultsHandlers: DomainHandlers<'results'> = {
  'results.round': ({ roundId }, ctx) => roundResults(ctx, roundId),
  'results.saveSettings': (input, ctx) =>
    ctx.db.transaction(() => {
      saveSettings(ctx, input);
      return roundResults(ctx, input.roundId);
    })(),
  'results.sources': ({ roundId, indicatorId }, ctx) => indicatorSources(ctx, roundId, indicatorId),
  'results.byUnit': ({ roundId, indicatorId }, ctx) => unitBreakdown(ctx, roundId, indicatorId),
  'results.exportXlsx': ({ roundId }, ctx) => exportResults(ctx, roundId),
  'results.draftReport': ({ roundId, date }, ctx) => ctx.db.transaction(() => draftReport(ctx, roundId, date))(),
};
