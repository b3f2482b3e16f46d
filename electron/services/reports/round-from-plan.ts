import { AppError } from '../../../shared/api/result';
import type { DocumentRecord } from '../../../shared/documents/api';
import { KIND_NAMES } from '../../../shared/documents/model';
import { hasReportForm } from '../../../shared/documents/round-annex';
import { freeRoundCode, suggestRoundCode } from '../../../shared/reports/round-code';
import { planDates, planRoundName, planRoundNotes, type PlanRoundDraft } from '../../../shared/reports/round-from-plan';
import { indicatorCopy, type IndicatorParsed, type RoundDetail } from '../../../shared/reports/schema';
import type { ServiceContext } from '../context';
import { loadDocument } from '../documents/report-form';
import { getDocument, linkRound } from '../documents/repo';
import { logChange } from '../history/change-log-repo';
import { defaultIndicators } from './catalogue';
import { getRoundRow, insertRound, listIndicators, listRounds, roundDetail, type RoundFieldsParsed } from './repo';

// A reporting round opened from a plan or guidance that carries a results form, and linked to it.

function requireReportForm(record: DocumentRecord): void {
  if (!hasReportForm(record.doc)) {
    throw new AppError(
      'CONFLICT',
      `${KIND_NAMES[record.kind]} này không kèm mẫu báo cáo kết quả nên không tạo đợt báo cáo từ nó được. Hãy tạo đợt ở trang "Báo cáo".`,
    );
  }
}

/** The round form's starting values, read from the plan. */
export function planRoundDraft(ctx: ServiceContext, documentId: number): PlanRoundDraft {
  const record = loadDocument(ctx, documentId);
  requireReportForm(record);
  const name = planRoundName(record.doc, record.year);
  const taken = listRounds(ctx).map((r) => r.code);
  // The set the results form shows: the round's (without what only a saved row has), or the default.
  const indicators = record.round ? listIndicators(ctx, record.round.id).map(indicatorCopy) : defaultIndicators();
  return {
    documentId,
    kindName: KIND_NAMES[record.kind],
    name,
    code: freeRoundCode(suggestRoundCode(name), taken),
    ...planDates(record.doc, record.year),
    notes: planRoundNotes(record.kind, record.code, record.date, record.title),
    indicators,
    round: record.round,
  };
}

/** Creates the round and links the plan to it, in one transaction. */
export function createRoundFromPlan(
  ctx: ServiceContext,
  input: RoundFieldsParsed & { documentId: number; indicators: IndicatorParsed[] },
): RoundDetail {
  return ctx.db.transaction(() => {
    const { documentId, indicators, ...fields } = input;
    const record = getDocument(ctx, documentId);
    requireReportForm(record);
    if (record.round) {
      throw new AppError(
        'CONFLICT',
        `${KIND_NAMES[record.kind]} này đã có đợt báo cáo "${record.round.name}" (mã ${record.round.code}). Hãy bấm "Mở đợt báo cáo".`,
      );
    }
    const roundId = insertRound(ctx, fields, indicators);
    linkRound(ctx, documentId, getRoundRow(ctx, roundId).uuid);
    logChange(ctx, 'document', documentId, 'link-round', null, { roundId, code: fields.code });
    return roundDetail(ctx, roundId);
  })();
}
