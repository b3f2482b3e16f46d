// Reporting rounds as the clerk saves them: each change one transaction that answers with the
// round as it now stands. SQL lives in repo.ts.
import type { RoundDetail } from '../../../shared/reports/schema';
import type { ServiceContext } from '../context';
import { deleteRound, insertRound, roundDetail, saveIndicatorSet, updateRound, type IndicatorParsed, type RoundFieldsParsed } from './repo';

export function createRound(ctx: ServiceContext, fields: RoundFieldsParsed, indicators: IndicatorParsed[]): RoundDetail {
  return ctx.db.transaction(() => roundDetail(ctx, insertRound(ctx, fields, indicators)))();
}

export function changeRound(ctx: ServiceContext, id: number, fields: RoundFieldsParsed): RoundDetail {
  return ctx.db.transaction(() => {
    updateRound(ctx, id, fields);
    return roundDetail(ctx, id);
  })();
}

/** Replaces the indicator set of an existing round (indicators with figures are kept, see saveIndicatorSet). */
export function saveIndicators(ctx: ServiceContext, roundId: number, indicators: IndicatorParsed[]): RoundDetail {
  return ctx.db.transaction(() => {
    roundDetail(ctx, roundId);
    saveIndicatorSet(ctx, roundId, indicators);
    return roundDetail(ctx, roundId);
  })();
}

export function removeRound(ctx: ServiceContext, id: number): { deleted: true } {
  return ctx.db.transaction(() => {
    deleteRound(ctx, id);
    return { deleted: true as const };
  })();
}
