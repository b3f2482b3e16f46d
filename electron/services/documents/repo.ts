import { AppError } from '../../../shared/api/result';
import type {
  DocumentListResult,
  DocumentRecord,
  DocumentState,
  DocumentSummary,
  DocumentVersionInfo,
  LinkedIncoming,
  VersionReason,
} from '../../../shared/documents/api';
import type { IncomingDocument } from '../../../shared/incoming/schema';
import { documentCode } from '../../../shared/documents/dates';
import { KIND_NAMES, type DocumentKind, type OfficialDocument } from '../../../shared/documents/model';
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';

// SQL for documents, their versions and the register of issued numbers.

interface DocumentRow {
  id: number;
  kind: DocumentKind;
  year: number;
  state: DocumentState;
  number: number | null;
  issuedOn: string | null;
  title: string;
  date: string;
  codeSuffix: string;
  body: string;
  sourceId: number | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, kind, year, state, number, issued_on AS issuedOn, title,
       COALESCE(issued_on, json_extract(body, '$.header.date')) AS date, json_extract(body, '$.header.codeSuffix') AS codeSuffix,
       source_id AS sourceId, created_at AS createdAt, updated_at AS updatedAt`;
const SELECT = `SELECT ${COLUMNS}, body FROM documents`;
/** Without the body: lists. */
const SELECT_SUMMARY = `SELECT ${COLUMNS} FROM documents`;

/** How many autosave snapshots a document keeps (other versions are kept for good). */
export const AUTOSAVE_KEEP = 50;
/** An autosave within this many ms of the previous autosave replaces it rather than adding one. */
const AUTOSAVE_MERGE_MS = 5 * 60 * 1000;

export const REASON_LABELS: Record<VersionReason, string> = {
  create: 'Tạo văn bản',
  autosave: 'Tự động lưu',
  manual: 'Lưu',
  issue: 'Ban hành',
  restore: 'Khôi phục bản cũ',
};

export const NOT_FOUND_MESSAGE = 'Không tìm thấy văn bản này; có thể nó vừa bị xóa. Hãy quay lại danh sách.';

function row(ctx: ServiceContext, id: number): DocumentRow {
  const r = ctx.db.prepare(`${SELECT} WHERE id = ?`).get(id) as DocumentRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  return r;
}

function summary(r: Omit<DocumentRow, 'body'>): DocumentSummary {
  return {
    id: r.id,
    kind: r.kind,
    year: r.year,
    state: r.state,
    number: r.number,
    code: r.number === null ? null : documentCode(r.number, r.kind, r.codeSuffix),
    date: r.date,
    title: r.title,
    updatedAt: r.updatedAt,
  };
}

/**
 * The link to the reporting round lives in the stored body, beside the document, as the round's
 * uuid: never sent to the editor (so an autosave cannot drop it) and never matching another round
 * if the linked one is deleted and its id reused.
 */
type StoredBody = OfficialDocument & { reportRoundUuid?: string; incomingLink?: IncomingLink };

/**
 * The incoming document a plan or guidance carries out (its basis line), kept the same way: its id
 * with its number and date, so an entry deleted and its id reused is not taken for it.
 */
interface IncomingLink {
  id: number;
  docNumber: string;
  docDate: string;
}

function linkedRound(ctx: ServiceContext, id: number): DocumentRecord['round'] {
  const r = ctx.db
    .prepare(
      `SELECT r.id, r.code, r.name FROM documents d JOIN report_rounds r ON r.uuid = json_extract(d.body, '$.reportRoundUuid')
        WHERE d.id = ?`,
    )
    .get(id) as DocumentRecord['round'] | undefined;
  return r ?? null;
}

/** The body to store for `doc`, keeping the document's link to its round. */
function storedBody(ctx: ServiceContext, id: number, doc: OfficialDocument): string {
  const link = ctx.db
    .prepare(
      "SELECT json_extract(body, '$.reportRoundUuid') AS uuid, json_extract(body, '$.incomingLink') AS incoming FROM documents WHERE id = ?",
    )
    .get(id) as { uuid: string | null; incoming: string | null } | undefined;
  const stored: StoredBody = { ...doc };
  if (link?.uuid) stored.reportRoundUuid = link.uuid;
  if (link?.incoming) stored.incomingLink = JSON.parse(link.incoming) as IncomingLink;
  return JSON.stringify(stored);
}

/** Links a draft to the incoming document it carries out, or unlinks it (null). */
export function linkIncoming(ctx: ServiceContext, id: number, incoming: IncomingDocument | null): void {
  if (!incoming) {
    ctx.db.prepare("UPDATE documents SET body = json_remove(body, '$.incomingLink') WHERE id = ?").run(id);
    return;
  }
  const link: IncomingLink = { id: incoming.id, docNumber: incoming.docNumber, docDate: incoming.docDate };
  ctx.db.prepare("UPDATE documents SET body = json_set(body, '$.incomingLink', json(?)) WHERE id = ?").run(JSON.stringify(link), id);
}

/** The linked incoming document while it is in the register (one of its number and date may have been corrected). */
function linkedIncoming(ctx: ServiceContext, link: IncomingLink | undefined): LinkedIncoming | null {
  if (!link) return null;
  const r = ctx.db
    .prepare(
      'SELECT id, doc_kind AS docKind, doc_number AS docNumber, doc_date AS docDate, issuer, subject FROM incoming_documents WHERE id = ?',
    )
    .get(link.id) as LinkedIncoming | undefined;
  return r && (r.docNumber === link.docNumber || r.docDate === link.docDate) ? r : null;
}

/** Links a document (issued or not: the link is not part of what was issued) to a round. */
export function linkRound(ctx: ServiceContext, id: number, roundUuid: string): void {
  ctx.db.prepare("UPDATE documents SET body = json_set(body, '$.reportRoundUuid', ?) WHERE id = ?").run(roundUuid, id);
}

export function getDocument(ctx: ServiceContext, id: number): DocumentRecord & { doc: OfficialDocument } {
  const r = row(ctx, id);
  const { reportRoundUuid, incomingLink, ...doc } = JSON.parse(r.body) as StoredBody;
  let source: DocumentRecord['source'] = null;
  if (r.sourceId !== null) {
    const s = ctx.db.prepare(`${SELECT_SUMMARY} WHERE id = ?`).get(r.sourceId) as Omit<DocumentRow, 'body'> | undefined;
    if (s) source = { id: s.id, code: summary(s).code, title: s.title, year: s.year };
  }
  return {
    ...summary(r),
    doc,
    createdAt: r.createdAt,
    source,
    round: reportRoundUuid ? linkedRound(ctx, id) : null,
    incoming: linkedIncoming(ctx, incomingLink),
  };
}

function searchKey(doc: OfficialDocument, number: number | null): string {
  const code = number === null ? '' : documentCode(number, doc.kind, doc.header.codeSuffix);
  return foldVi(`${doc.title} ${code} ${KIND_NAMES[doc.kind]}`);
}

export function insertDocument(ctx: ServiceContext, doc: OfficialDocument, year: number, sourceId: number | null): number {
  const at = nowIso(ctx);
  const draft = { ...doc, header: { ...doc.header, number: null } };
  const info = ctx.db
    .prepare(
      `INSERT INTO documents (kind, year, state, number, issued_on, title, search_key, body, source_id, created_at, updated_at)
       VALUES (?, ?, 'draft', NULL, NULL, ?, ?, ?, ?, ?, ?)`,
    )
    .run(draft.kind, year, draft.title, searchKey(draft, null), JSON.stringify(draft), sourceId, at, at);
  const id = Number(info.lastInsertRowid);
  addVersion(ctx, id, 'create', draft);
  return id;
}

/** Replaces a draft's content. */
export function updateDraft(ctx: ServiceContext, id: number, doc: OfficialDocument, year: number): string {
  const at = nowIso(ctx);
  ctx.db
    .prepare('UPDATE documents SET kind = ?, year = ?, title = ?, search_key = ?, body = ?, updated_at = ? WHERE id = ?')
    .run(doc.kind, year, doc.title, searchKey(doc, null), storedBody(ctx, id, doc), at, id);
  return at;
}

export function markIssued(ctx: ServiceContext, id: number, doc: OfficialDocument, number: number, date: string): void {
  const year = Number(date.slice(0, 4));
  ctx.db
    .prepare('INSERT INTO document_register (year, kind, number, document_id, issued_on) VALUES (?, ?, ?, ?, ?)')
    .run(year, doc.kind, number, id, date);
  ctx.db
    .prepare(
      `UPDATE documents SET state = 'issued', number = ?, issued_on = ?, title = ?, search_key = ?, body = ?, updated_at = ? WHERE id = ?`,
    )
    .run(number, date, doc.title, searchKey(doc, number), storedBody(ctx, id, doc), nowIso(ctx), id);
}

export function deleteDraft(ctx: ServiceContext, id: number): void {
  ctx.db.prepare("DELETE FROM documents WHERE id = ? AND state = 'draft'").run(id);
}

/** Adds a snapshot. Autosaves close together are merged, and only the latest AUTOSAVE_KEEP are kept. */
export function addVersion(ctx: ServiceContext, documentId: number, reason: VersionReason, doc: OfficialDocument): void {
  const body = JSON.stringify(doc);
  const at = nowIso(ctx);
  const last = ctx.db
    .prepare('SELECT id, at, reason, body FROM document_versions WHERE document_id = ? ORDER BY id DESC LIMIT 1')
    .get(documentId) as { id: number; at: string; reason: VersionReason; body: string } | undefined;
  if (reason === 'autosave' && last) {
    if (last.body === body) return;
    if (last.reason === 'autosave' && ctx.now().getTime() - Date.parse(last.at) < AUTOSAVE_MERGE_MS) {
      ctx.db.prepare('UPDATE document_versions SET at = ?, title = ?, body = ? WHERE id = ?').run(at, doc.title, body, last.id);
      return;
    }
  }
  ctx.db
    .prepare('INSERT INTO document_versions (document_id, at, reason, title, body) VALUES (?, ?, ?, ?, ?)')
    .run(documentId, at, reason, doc.title, body);
  if (reason === 'autosave') {
    ctx.db
      .prepare(
        `DELETE FROM document_versions WHERE document_id = ? AND reason = 'autosave' AND id NOT IN
           (SELECT id FROM document_versions WHERE document_id = ? AND reason = 'autosave' ORDER BY id DESC LIMIT ?)`,
      )
      .run(documentId, documentId, AUTOSAVE_KEEP);
  }
}

export function listVersions(ctx: ServiceContext, documentId: number): DocumentVersionInfo[] {
  row(ctx, documentId);
  const rows = ctx.db
    .prepare(
      `SELECT id, at, reason, title, json_array_length(body, '$.body') AS blocks
         FROM document_versions WHERE document_id = ? ORDER BY id DESC`,
    )
    .all(documentId) as Omit<DocumentVersionInfo, 'reasonLabel'>[];
  return rows.map((v) => ({ ...v, reasonLabel: REASON_LABELS[v.reason] }));
}

export function getVersionBody(ctx: ServiceContext, documentId: number, versionId: number): OfficialDocument {
  const v = ctx.db.prepare('SELECT body FROM document_versions WHERE id = ? AND document_id = ?').get(versionId, documentId) as
    { body: string } | undefined;
  if (!v) throw new AppError('NOT_FOUND', 'Không tìm thấy bản lưu này. Hãy mở lại lịch sử phiên bản.');
  return JSON.parse(v.body) as OfficialDocument;
}

export interface DocumentFilter {
  year?: number | null;
  kind?: DocumentKind | null;
  state?: DocumentState | null;
  query?: string;
}

export function listDocuments(ctx: ServiceContext, filter: DocumentFilter): DocumentListResult {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.year) {
    where.push('year = ?');
    params.push(filter.year);
  }
  if (filter.kind) {
    where.push('kind = ?');
    params.push(filter.kind);
  }
  if (filter.state) {
    where.push('state = ?');
    params.push(filter.state);
  }
  for (const word of foldVi(filter.query ?? '')
    .split(' ')
    .filter(Boolean)) {
    where.push("search_key LIKE ? ESCAPE '\\'");
    params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const rows = ctx.db
    .prepare(`${SELECT_SUMMARY}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY date DESC, id DESC`)
    .all(...params) as Omit<DocumentRow, 'body'>[];
  const years = (ctx.db.prepare('SELECT DISTINCT year FROM documents ORDER BY year DESC').all() as { year: number }[]).map((y) => y.year);
  const total = (ctx.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  return { items: rows.map(summary), years, total };
}

/** The next free number in the register for that year (of issue) and type. */
export function nextNumber(ctx: ServiceContext, year: number, kind: DocumentKind): number {
  const r = ctx.db.prepare('SELECT COALESCE(MAX(number), 0) AS n FROM document_register WHERE year = ? AND kind = ?').get(year, kind) as {
    n: number;
  };
  return r.n + 1;
}

export function lastIssued(ctx: ServiceContext, year: number, kind: DocumentKind): { number: number; title: string; date: string } | null {
  const r = ctx.db
    .prepare(
      `SELECT r.number, d.title, r.issued_on AS date FROM document_register r JOIN documents d ON d.id = r.document_id
        WHERE r.year = ? AND r.kind = ? ORDER BY r.number DESC LIMIT 1`,
    )
    .get(year, kind) as { number: number; title: string; date: string } | undefined;
  return r ?? null;
}

export function registeredTo(ctx: ServiceContext, year: number, kind: DocumentKind, number: number): { title: string } | null {
  const r = ctx.db
    .prepare(
      'SELECT d.title FROM document_register r JOIN documents d ON d.id = r.document_id WHERE r.year = ? AND r.kind = ? AND r.number = ?',
    )
    .get(year, kind, number) as { title: string } | undefined;
  return r ?? null;
}
