// Issuing a draft: a number in the register of outgoing documents, the date, and the Word file
// kept as it was sent.
import { AppError } from '../../../shared/api/result';
import type { DocumentRecord, ProposedNumber } from '../../../shared/documents/api';
import { documentCode } from '../../../shared/documents/dates';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { todayIso } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';
import { logChange } from '../history/change-log-repo';
import { requireDraft } from './drafts';
import { keepIssuedDocx } from './issued-files';
import { addVersion, getDocument, lastIssued, markIssued, nextNumber, registeredTo } from './repo';
import { loadDocument } from './report-form';
import { writeDocx } from './word-file';

export function proposeNumber(ctx: ServiceContext, id: number, date: string): ProposedNumber {
  const { kind } = getDocument(ctx, id);
  const year = Number(date.slice(0, 4));
  return { year, next: nextNumber(ctx, year, kind), last: lastIssued(ctx, year, kind) };
}

export async function issueDocument(ctx: ServiceContext, id: number, number: number | null, date: string): Promise<DocumentRecord> {
  const issued = ctx.db.transaction(() => {
    // The results form as generated today is what gets issued (and frozen).
    const current = loadDocument(ctx, id);
    requireDraft(current);
    if (date > todayIso(ctx.now())) {
      const msg = 'Ngày ban hành không được sau ngày hôm nay.';
      throw new AppError('INVALID_INPUT', msg, { date: msg });
    }
    const year = Number(date.slice(0, 4));
    const n = number ?? nextNumber(ctx, year, current.kind);
    const taken = registeredTo(ctx, year, current.kind, n);
    if (taken) {
      const code = documentCode(n, current.kind, current.doc.header.codeSuffix);
      const msg = `Số ${code} năm ${year} đã cấp cho văn bản "${taken.title}". Số tiếp theo còn trống: ${nextNumber(ctx, year, current.kind)}.`;
      throw new AppError('CONFLICT', msg, { number: msg });
    }
    const doc = officialDocumentSchema.parse({ ...current.doc, header: { ...current.doc.header, number: n, date } });
    markIssued(ctx, id, doc, n, date);
    addVersion(ctx, id, 'issue', doc);
    logChange(ctx, 'document', id, 'issue', null, { number: n, date, title: doc.title });
    return loadDocument(ctx, id);
  })();
  // The file that is sent, kept as it was written on the day of issue.
  keepIssuedDocx(ctx, id, await writeDocx(issued.doc));
  return issued;
}
