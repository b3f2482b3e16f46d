// Drafts: creating a document from a template, saving it, linking it to an incoming document,
// restoring a version, deleting it. Everything here refuses an issued document.
import { AppError } from '../../../shared/api/result';
import type { CreateDocumentResult, DocumentRecord, SaveDocumentResult } from '../../../shared/documents/api';
import type { ParsedInput } from '../../../shared/api/contract';
import { compactDocument } from '../../../shared/documents/editing';
import { withReportForm } from '../../../shared/documents/round-annex';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { instantiateTemplate, type TemplateValues } from '../../../shared/documents/templates';
import type { OfficeSettings } from '../../../shared/settings/schema';
import { withBasisLine } from '../../../shared/incoming/basis';
import { shiftTextYear } from '../../../shared/documents/next-year';
import type { ServiceContext } from '../context';
import { logChange } from '../history/change-log-repo';
import { getIncoming } from '../incoming/repo';
import { readOfficeSettings } from '../settings/office';
import { readAnniversaries } from './anniversaries';
import { addVersion, deleteDraft, getDocument, getVersionBody, insertDocument, linkIncoming, updateDraft } from './repo';
import { loadDocument, reportFormIndicators } from './report-form';
import { resolveTemplate } from './templates';

function requireOffice(ctx: ServiceContext): OfficeSettings {
  const office = readOfficeSettings(ctx);
  if (!office) {
    throw new AppError('CONFLICT', 'Chưa có thông tin đơn vị. Hãy vào Cài đặt → Thông tin đơn vị, nhập và lưu, rồi tạo văn bản.');
  }
  return office;
}

export function requireDraft(record: DocumentRecord): void {
  if (record.state === 'issued') {
    throw new AppError(
      'CONFLICT',
      `Văn bản số ${record.code} đã ban hành nên không sửa được. Hãy bấm "Tạo bản nháp mới từ văn bản này" để soạn bản khác.`,
    );
  }
}

/** 'MM-DD' of a template default in `year`, or null. */
const inYear = (year: number, mmdd: string | null | undefined) => (mmdd ? `${year}-${mmdd}` : null);

export const createDocument = (ctx: ServiceContext, input: ParsedInput<'documents.create'>): CreateDocumentResult =>
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
  })();

export const saveDocumentDraft = (ctx: ServiceContext, { id, doc, year, manual }: ParsedInput<'documents.save'>): SaveDocumentResult =>
  ctx.db.transaction(() => {
    const current = getDocument(ctx, id);
    requireDraft(current);
    const draft = compactDocument({ ...doc, header: { ...doc.header, number: null } });
    const updatedAt = updateDraft(ctx, id, draft, year ?? current.year);
    addVersion(ctx, id, manual ? 'manual' : 'autosave', draft);
    return { id, updatedAt };
  })();

export const removeDocument = (ctx: ServiceContext, id: number): { deleted: true } =>
  ctx.db.transaction(() => {
    const current = getDocument(ctx, id);
    if (current.state === 'issued') {
      throw new AppError('CONFLICT', `Văn bản số ${current.code} đã ban hành và đã vào sổ văn bản đi nên không xóa được.`);
    }
    deleteDraft(ctx, id);
    logChange(ctx, 'document', id, 'delete', { title: current.title, kind: current.kind, year: current.year }, null);
    return { deleted: true as const };
  })();

export const setDocumentIncoming = (ctx: ServiceContext, id: number, incomingId: number | null): DocumentRecord =>
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
  })();

export const restoreDocumentVersion = (ctx: ServiceContext, id: number, versionId: number): DocumentRecord =>
  ctx.db.transaction(() => {
    const current = getDocument(ctx, id);
    requireDraft(current);
    const doc = getVersionBody(ctx, id, versionId);
    const draft = { ...doc, header: { ...doc.header, number: null } };
    updateDraft(ctx, id, draft, current.year);
    addVersion(ctx, id, 'restore', draft);
    return loadDocument(ctx, id);
  })();
