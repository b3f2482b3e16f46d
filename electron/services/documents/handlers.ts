// documents.*: method → function. Drafts are in drafts.ts, issuing in issue.ts, copies in
// copies.ts, the Word and PDF files in word-file.ts.
import type { DomainHandlers } from '../handler-types';
import { readAnniversaries, writeAnniversaries } from './anniversaries';
import { duplicateDocument, nextYearDocument } from './copies';
import { createDocument, removeDocument, restoreDocumentVersion, saveDocumentDraft, setDocumentIncoming } from './drafts';
import { attachPdf } from './issued-files';
import { issueDocument, proposeNumber } from './issue';
import { listDocuments, listVersions } from './repo';
import { loadDocument } from './report-form';
import { deleteTemplate, listTemplates, saveTemplate } from './templates';
import { documentPdf, exportDocx } from './word-file';

export const documentsHandlers: DomainHandlers<'documents'> = {
  'documents.list': (input, ctx) => listDocuments(ctx, input),
  'documents.get': ({ id }, ctx) => loadDocument(ctx, id),
  'documents.templates': (_input, ctx) => listTemplates(ctx),
  'documents.create': (input, ctx) => createDocument(ctx, input),
  'documents.save': (input, ctx) => saveDocumentDraft(ctx, input),
  'documents.delete': ({ id }, ctx) => removeDocument(ctx, id),
  'documents.setIncoming': ({ id, incomingId }, ctx) => setDocumentIncoming(ctx, id, incomingId),
  'documents.versions': ({ id }, ctx) => listVersions(ctx, id),
  'documents.restoreVersion': ({ id, versionId }, ctx) => restoreDocumentVersion(ctx, id, versionId),
  'documents.proposeNumber': ({ id, date }, ctx) => proposeNumber(ctx, id, date),
  'documents.issue': ({ id, number, date }, ctx) => issueDocument(ctx, id, number, date),
  'documents.duplicate': ({ id }, ctx) => duplicateDocument(ctx, id),
  'documents.nextYear': ({ id, year, preview }, ctx) => nextYearDocument(ctx, id, year, preview),
  'documents.exportDocx': ({ id }, ctx) => exportDocx(ctx, id),
  'documents.issuedPdf': ({ id }, ctx) => documentPdf(ctx, id),
  'documents.attachPdf': ({ id, file }, ctx) => attachPdf(ctx, id, file),
  'documents.saveAsTemplate': ({ id, name }, ctx) => saveTemplate(ctx, id, name),
  'documents.deleteTemplate': ({ key }, ctx) => deleteTemplate(ctx, key),
  'documents.anniversaries': (_input, ctx) => readAnniversaries(ctx),
  'documents.updateAnniversaries': ({ events }, ctx) => writeAnniversaries(ctx, events),
};
