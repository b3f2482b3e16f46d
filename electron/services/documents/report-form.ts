import type { DocumentRecord } from '../../../shared/documents/api';
import { hasReportForm, withReportForm } from '../../../shared/documents/round-annex';
import type { FormIndicator } from '../../../shared/reports/indicator-rows';
import type { ServiceContext } from '../context';
import { defaultIndicators } from '../reports/catalogue';
import { listIndicators } from '../reports/repo';
import { getDocument } from './repo';

// A plan's results form ("theo mẫu gửi kèm") has one source: the indicator set of the round
// created from the plan, or the default set before there is one. It is generated whenever the
// draft is read (opened, printed, exported, issued), so it can never drift from the .xlsx template;
// issuing stores it as it was that day, and an issued document never changes again.

/** The indicators the document's results form shows. */
export function reportFormIndicators(ctx: ServiceContext, record: Pick<DocumentRecord, 'round'>): FormIndicator[] {
  return record.round ? listIndicators(ctx, record.round.id) : defaultIndicators();
}

/** A document as the clerk sees, prints and exports it. */
export function loadDocument(ctx: ServiceContext, id: number): DocumentRecord {
  const record = getDocument(ctx, id);
  if (record.state === 'issued' || !hasReportForm(record.doc)) return record;
  return { ...record, doc: withReportForm(record.doc, reportFormIndicators(ctx, record)) };
}
