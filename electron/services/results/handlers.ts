// results.*: method → function.
import type { DomainHandlers } from '../handler-types';
import { roundResults, saveSettingsAndCompute } from './compute';
import { indicatorSources, unitBreakdown } from './sources';
import { draftReport } from './draft';
import { exportResults } from './export';

export const resultsHandlers: DomainHandlers<'results'> = {
  'results.round': ({ roundId }, ctx) => roundResults(ctx, roundId),
  'results.saveSettings': (input, ctx) => saveSettingsAndCompute(ctx, input),
  'results.sources': ({ roundId, indicatorId }, ctx) => indicatorSources(ctx, roundId, indicatorId),
  'results.byUnit': ({ roundId, indicatorId }, ctx) => unitBreakdown(ctx, roundId, indicatorId),
  'results.exportXlsx': ({ roundId }, ctx) => exportResults(ctx, roundId),
  'results.draftReport': ({ roundId, date }, ctx, progress) => draftReport(ctx, roundId, date, progress),
};
