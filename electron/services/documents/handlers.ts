import { AppError } from '../../../shared/api/result';
import type { DownloadFile } from '../../../shared/api/fields';
import type { DocumentRecord } from '../../../shared/documents/api';
import { documentCode } from '../../../shared/documents/dates';
import { compactDocument } from '../../../shared/documents/editing';
import { hasNextYear, type OfficialDocument } from '../../../shared/documents/model';
import { reviewNextYear, shiftDocumentYear, shiftTextYear, type DocumentChange } from '../../../shared/documents/next-year';
import { withReportForm } from '../../../shared/documents/round-annex';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { headerFromOffice, instantiateTemplate, type TemplateValues } from '../../../shared/documents/templates';
import type { OfficeSettings } from '../../../shared/settings/schema';
import { todayIso } from '../../../shared/text/dates';
import { foldVi } from '../../../shared/text/vi';
import { withBasisLine } from '../../../shared/incoming/basis';
import type { ServiceContext } from '../context';
import type { DomainHandlers } from '../handler-types';
import { logChange } from '../history/change-log-repo';
import { readOfficeSettings } from '../settings/office';
import { readAnniversaries, writeAnniversaries } from './anniversaries';
import {
  addVersion,
  deleteDraft,
  getDocument,
  getVersionBody,
  insertDocument,
  linkIncoming,
  lastIssued,
  listDocuments,
  listVersions,
  markIssued,
  nextNumber,
  registeredTo,
  updateDraft,
} from './repo';
import { getIncoming } from '../incoming/repo';
import { attachPdf, issuedPdf, keepIssuedDocx, keptDocx } from './issued-files';
import { loadDocument, reportFormIndicators } from './report-form';
import { deleteTemplate, listTemplates, resolveTemplate, saveTemplate } from './templates';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function requireOffice(ctx: ServiceContext): OfficeSettings {
  const office = readOfficeSettings(ctx);
  if (!office) {
    throw new AppError('CONFLICT', 'Chưa có thông tin đơn vị. Hãy vào Cài đặt → Thông tin đơn vị, nhập và lưu, rồi tạo văn bản.');
  }
  return office;
}

function requireDraft(record: DocumentRecord): void {
  if (record.state === 'issued') {
    throw new AppError(
      'CONFLICT',
      `Văn bản số ${record.code} đã ban hành nên không sửa được. Hãy bấm "Tạo bản nháp mới từ văn bản này" để soạn bản khác.`,
    );
  }
}

/** 'MM-DD' of a template default in `year`, or null. */
const inYear = (year: number, mmdd: string | null | undefined) => (mmdd ? `${year}-${mmdd}` : null);

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

function asciiSlug(s: string, max: number): string {
  return foldVi(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

function docxFileName(record: Pick<DocumentRecord, 'kind' | 'number' | 'doc' | 'title'>): string {
  const code = record.number === null ? 'du-thao' : asciiSlug(documentCode(record.number, record.kind, record.doc.header.codeSuffix), 30);
  return `${record.kind}_${code}_${asciiSlug(record.title, 70) || 'van-ban'}.docx`;
}

/** The Word writer (and the docx package) is loaded on the first export, not at start. */
async function writeDocx(doc: OfficialDocument): Promise<Buffer> {
  const { renderDocx } = await import('./docx/index');
  return renderDocx(doc);
}

export const documentsHandlers: DomainHandlers<'documents'> = {
  'documents.list': (input, ctx) => listDocuments(ctx, input),
  'documents.get': ({ id }, ctx) => loadDocument(ctx, id),

  'documents.templates': (_input, ctx) => listTemplates(ctx),

  'documents.create': (input, ctx) =>
    ctx.db.transaction(() => {
      const office = requireOffice(ctx);
      const events = readAnniversaries(ctx);
      const resolved = resolveTemplate(ctx, input.templateKey);
      const fields = resolved.builtIn ? resolved.template.fields : {};
      const values: TemplateValues = {
        year: input.year,
        date: input.date,
        office,
        events,
        theme: input.theme ?? fields.theme?.default ?? null,
        deadline: input.deadline ?? inYear(input.year, fields.deadline?.default),
        periodFrom: input.periodFrom ?? inYear(input.year, fields.period?.from),
        periodTo: input.periodTo ?? inYear(input.year, fields.period?.to),
        anniversaries: input.anniversaries ?? null,
      };
      let content = resolved.builtIn ? resolved.template.content : resolved.content;
      const warnings: string[] = [];
      if (!resolved.builtIn && resolved.baseYear !== input.year) {
        const shifted = shiftTextYear(content, resolved.baseYear, input.year, events);
        content = shifted.doc;
        warnings.push(...shifted.warnings);
      }
      const made = instantiateTemplate(content, values);
      const incoming = input.incomingId !== null ? getIncoming(ctx, input.incomingId) : null;
      if (incoming) made.doc.basis = withBasisLine(made.doc.basis, incoming);
      const doc = officialDocumentSchema.parse(withReportForm(made.doc, reportFormIndicators(ctx, { round: null })));
      const id = insertDocument(ctx, doc, input.year, null);
      linkIncoming(ctx, id, incoming);
      return { document: loadDocument(ctx, id), warnings: [...warnings, ...made.warnings] };
    })(),

  'documents.save': ({ id, doc, year, manual }, ctx) =>
    ctx.db.transaction(() => {
      const current = getDocument(ctx, id);
      requireDraft(current);
      const draft = compactDocument({ ...doc, header: { ...doc.header, number: null } });
      const updatedAt = updateDraft(ctx, id, draft, year ?? current.year);
      addVersion(ctx, id, manual ? 'manual' : 'autosave', draft);
      return { id, updatedAt };
    })(),

  'documents.delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const current = getDocument(ctx, id);
      if (current.state === 'issued') {
        throw new AppError('CONFLICT', `Văn bản số ${current.code} đã ban hành và đã vào sổ văn bản đi nên không xóa được.`);
      }
      deleteDraft(ctx, id);
      logChange(ctx, 'document', id, 'delete', { title: current.title, kind: current.kind, year: current.year }, null);
      return { deleted: true as const };
    })(),

  'documents.setIncoming': ({ id, incomingId }, ctx) =>
    ctx.db.transaction(() => {
      const current = getDocument(ctx, id);
      requireDraft(current);
      const incoming = incomingId === null ? null : getIncoming(ctx, incomingId);
      // Choosing writes the basis line; clearing keeps the text, which the clerk may still want.
      if (incoming) {
        const doc = { ...current.doc, basis: withBasisLine(current.doc.basis, incoming) };
        updateDraft(ctx, id, doc, current.year);
        addVersion(ctx, id, 'manual', doc);
      }
      linkIncoming(ctx, id, incoming);
      return loadDocument(ctx, id);
    })(),

  'documents.versions': ({ id }, ctx) => listVersions(ctx, id),

  'documents.restoreVersion': ({ id, versionId }, ctx) =>
    ctx.db.transaction(() => {
      const current = getDocument(ctx, id);
      requireDraft(current);
      const doc = getVersionBody(ctx, id, versionId);
      const draft = { ...doc, header: { ...doc.header, number: null } };
      updateDraft(ctx, id, draft, current.year);
      addVersion(ctx, id, 'restore', draft);
      return loadDocument(ctx, id);
    })(),

  'documents.proposeNumber': ({ id, date }, ctx) => {
    const { kind } = getDocument(ctx, id);
    const year = Number(date.slice(0, 4));
    return { year, next: nextNumber(ctx, year, kind), last: lastIssued(ctx, year, kind) };
  },

  'documents.issue': async ({ id, number, date }, ctx) => {
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
  },

  'documents.duplicate': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const source = loadDocument(ctx, id);
      const { doc } = refreshHeader(
        { ...source.doc, header: { ...source.doc.header, number: null, date: todayIso(ctx.now()) } },
        readOfficeSettings(ctx),
      );
      // The copy is not linked to the round: it will have a round of its own, or none.
      return loadDocument(ctx, insertDocument(ctx, doc, source.year, id));
    })(),

  'documents.nextYear': ({ id, year, preview }, ctx) =>
    ctx.db.transaction(() => {
      const source = loadDocument(ctx, id);
      // A công văn answers one matter once: there is no "next year's" công văn to copy it into.
      if (!hasNextYear(source.kind)) {
        throw new AppError(
          'CONFLICT',
          'Công văn không làm "năm sau" được. Hãy bấm "Tạo bản nháp mới từ văn bản này" để có bản sao rồi sửa.',
        );
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
    })(),

  'documents.exportDocx': async ({ id }, ctx): Promise<DownloadFile> => {
    const record = loadDocument(ctx, id);
    const buf = (record.state === 'issued' ? keptDocx(ctx, id) : null) ?? (await writeDocx(record.doc));
    return { fileName: docxFileName(record), mimeType: DOCX_MIME, dataBase64: buf.toString('base64') };
  },
  'documents.issuedPdf': ({ id }, ctx) => {
    const record = loadDocument(ctx, id);
    const docx = async () => keptDocx(ctx, id) ?? (await writeDocx(record.doc));
    return issuedPdf(ctx, record, docx, docxFileName(record).replace(/\.docx$/, '.pdf'));
  },
  'documents.attachPdf': ({ id, file }, ctx) => {
    attachPdf(ctx, getDocument(ctx, id), file);
    return { kept: true as const };
  },

  'documents.saveAsTemplate': ({ id, name }, ctx) => {
    const record = getDocument(ctx, id);
    return saveTemplate(ctx, name, record.doc, record.year);
  },
  'documents.deleteTemplate': ({ key }, ctx) => {
    deleteTemplate(ctx, key);
    return { deleted: true as const };
  },

  'documents.anniversaries': (_input, ctx) => readAnniversaries(ctx),
  'documents.updateAnniversaries': ({ events }, ctx) => {
    writeAnniversaries(ctx, events);
    return readAnniversaries(ctx);
  },
};
