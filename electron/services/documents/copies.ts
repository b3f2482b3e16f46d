// New drafts made from an existing document: a plain copy, or next year's edition of it.
import { AppError } from '../../../shared/api/result';
import type { DocumentRecord, NextYearResult } from '../../../shared/documents/api';
import { hasNextYear, type OfficialDocument } from '../../../shared/documents/model';
import { reviewNextYear, shiftDocumentYear, type DocumentChange } from '../../../shared/documents/next-year';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { headerFromOffice } from '../../../shared/documents/templates';
import type { OfficeSettings } from '../../../shared/settings/schema';
import { todayIso } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';
import { readOfficeSettings } from '../settings/office';
import { readAnniversaries } from './anniversaries';
import { insertDocument } from './repo';
import { loadDocument } from './report-form';

/** The office identity of `doc` replaced by the current Settings; the differences as changes. */
function refreshHeader(doc: OfficialDocument, office: OfficeSettings | null): { doc: OfficialDocument; changes: DocumentChange[] } {
  if (!office) return { doc, changes: [] };
  const fresh = headerFromOffice(office, doc.header.date);
  const labels: [keyof OfficialDocument['header'], string][] = [
    ['superiorBody', 'Cơ quan cấp trên'],
    ['issuingBody', 'Đơn vị ban hành'],
    ['codeSuffix', 'Ký hiệu'],
    ['placeName', 'Địa danh'],
  ];
  const changes = labels
    .filter(([k]) => (doc.header[k] ?? '') !== (fresh[k] ?? ''))
    .map(([k, where]) => ({ where, before: String(doc.header[k] ?? '(trống)'), after: String(fresh[k] ?? '(trống)') }));
  return { doc: { ...doc, header: { ...fresh, number: doc.header.number } }, changes };
}

export const duplicateDocument = (ctx: ServiceContext, id: number): DocumentRecord =>
  ctx.db.transaction(() => {
    const source = loadDocument(ctx, id);
    const { doc } = refreshHeader(
      { ...source.doc, header: { ...source.doc.header, number: null, date: todayIso(ctx.now()) } },
      readOfficeSettings(ctx),
    );
    // The copy is not linked to the round: it will have a round of its own, or none.
    return loadDocument(ctx, insertDocument(ctx, doc, source.year, id));
  })();

export const nextYearDocument = (ctx: ServiceContext, id: number, year: number, preview?: boolean): NextYearResult =>
  ctx.db.transaction(() => {
    const source = loadDocument(ctx, id);
    // A công văn answers one matter once: there is no "next year's" công văn to copy it into.
    if (!hasNextYear(source.kind)) {
      throw new AppError('CONFLICT', 'Công văn không làm "năm sau" được. Hãy bấm "Tạo bản nháp mới từ văn bản này" để có bản sao rồi sửa.');
    }
    if (year === source.year) {
      const msg = `Văn bản này đã là của năm ${year}. Hãy chọn năm khác.`;
      throw new AppError('INVALID_INPUT', msg, { year: msg });
    }
    const events = readAnniversaries(ctx);
    const shifted = shiftDocumentYear(source.doc, source.year, year, events);
    const refreshed = refreshHeader(shifted.doc, readOfficeSettings(ctx));
    const doc = officialDocumentSchema.parse(refreshed.doc);
    const review = reviewNextYear(source.doc, doc, source.year, year, events);
    const document = preview ? null : loadDocument(ctx, insertDocument(ctx, doc, year, id));
    return { document, changes: [...refreshed.changes, ...shifted.changes], warnings: shifted.warnings, ...review };
  })();
