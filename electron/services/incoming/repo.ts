import { AppError } from '../../../shared/api/result';
import { INCOMING_KIND_NAMES } from '../../../shared/incoming/kinds';
import type {
  IncomingDocument,
  IncomingDue,
  IncomingFields,
  IncomingListResult,
  IncomingRegister,
  IncomingStatus,
} from '../../../shared/incoming/schema';
import { daysBetween } from '../../../shared/reports/days';
import { isoToVn } from '../../../shared/text/dates';
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';

// SQL of the incoming documents register.

interface Row extends Omit<IncomingDocument, 'done' | 'file'> {
  done: 0 | 1;
  fileSha256: string | null;
  fileName: string | null;
  fileSize: number | null;
}

const SELECT = `SELECT id, received_on AS receivedOn, arrival_no AS arrivalNo, doc_number AS docNumber, doc_date AS docDate,
       doc_kind AS docKind, issuer, subject, deadline, handler, notes, done, file_sha256 AS fileSha256, file_name AS fileName,
       file_size AS fileSize, created_at AS createdAt, updated_at AS updatedAt
  FROM incoming_documents`;

const ORDER = 'ORDER BY received_on DESC, arrival_no DESC, id DESC';

export const NOT_FOUND_MESSAGE = 'Không tìm thấy văn bản đến này; có thể nó vừa bị xóa. Hãy tải lại danh sách.';

function toDocument(r: Row): IncomingDocument {
  const { fileSha256, fileName, fileSize, done, ...rest } = r;
  return { ...rest, done: done === 1, file: fileSha256 && fileName ? { name: fileName, size: fileSize ?? 0 } : null };
}

/** The stored row, with where its file is kept. */
export function getIncomingRow(ctx: ServiceContext, id: number): Row {
  const r = ctx.db.prepare(`${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  return r;
}

export function getIncoming(ctx: ServiceContext, id: number): IncomingDocument {
  return toDocument(getIncomingRow(ctx, id));
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

export function nextArrivalNo(ctx: ServiceContext, year: number): number {
  const r = ctx.db
    .prepare('SELECT COALESCE(MAX(arrival_no), 0) AS n FROM incoming_documents WHERE substr(received_on, 1, 4) = ?')
    .get(String(year)) as { n: number };
  return r.n + 1;
}

function assertArrivalNoFree(ctx: ServiceContext, year: number, arrivalNo: number, exceptId: number | null): void {
  const other = ctx.db
    .prepare('SELECT id, doc_number AS docNumber FROM incoming_documents WHERE substr(received_on, 1, 4) = ? AND arrival_no = ?')
    .get(String(year), arrivalNo) as { id: number; docNumber: string } | undefined;
  if (other && other.id !== exceptId) {
    const msg = `Số đến ${arrivalNo} năm ${year} đã dùng cho văn bản ${other.docNumber}. Số còn trống tiếp theo: ${nextArrivalNo(ctx, year)}.`;
    throw new AppError('CONFLICT', msg, { arrivalNo: msg });
  }
}

function searchKey(f: IncomingFields, arrivalNo: number): string {
  return foldVi([arrivalNo, f.docNumber, INCOMING_KIND_NAMES[f.docKind], f.issuer, f.subject, f.handler ?? '', f.notes ?? ''].join(' '));
}

export interface KeptFile {
  sha256: string;
  name: string;
  size: number;
}

/** Date rules a schema cannot see: today, and the order of the dates. */
function checkDates(f: IncomingFields, today: string): void {
  if (f.receivedOn > today) {
    const msg = 'Ngày đến không được sau ngày hôm nay.';
    throw new AppError('INVALID_INPUT', msg, { receivedOn: msg });
  }
  if (f.docDate > f.receivedOn) {
    const msg = `Ngày văn bản phải trước hoặc bằng ngày đến (${isoToVn(f.receivedOn)}).`;
    throw new AppError('INVALID_INPUT', msg, { docDate: msg });
  }
}

/** Inserts an entry; the arrival number is the next of its year unless given. Returns the id. */
export function insertIncoming(ctx: ServiceContext, f: IncomingFields, file: KeptFile | null, today: string): number {
  checkDates(f, today);
  const year = yearOf(f.receivedOn);
  const arrivalNo = f.arrivalNo ?? nextArrivalNo(ctx, year);
  assertArrivalNoFree(ctx, year, arrivalNo, null);
  const at = nowIso(ctx);
  const info = ctx.db
    .prepare(
      `INSERT INTO incoming_documents (received_on, arrival_no, doc_number, doc_date, doc_kind, issuer, subject, deadline, handler,
         notes, done, file_sha256, file_name, file_size, search_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...entryValues(f, arrivalNo, { sha256: file?.sha256 ?? null, name: file?.name ?? null, size: file?.size ?? null }), at, at);
  return Number(info.lastInsertRowid);
}

/**
 * Updates an entry. Without an arrival number it keeps its own, or takes the next of the new year
 * when the date of arrival moved to another year. `file` undefined keeps the kept file.
 */
export function updateIncoming(ctx: ServiceContext, id: number, f: IncomingFields, file: KeptFile | null | undefined, today: string): void {
  const before = getIncomingRow(ctx, id);
  checkDates(f, today);
  const year = yearOf(f.receivedOn);
  const sameYear = yearOf(before.receivedOn) === year;
  const arrivalNo = f.arrivalNo ?? (sameYear ? before.arrivalNo : nextArrivalNo(ctx, year));
  assertArrivalNoFree(ctx, year, arrivalNo, id);
  const kept =
    file === undefined
      ? { sha256: before.fileSha256, name: before.fileName, size: before.fileSize }
      : { sha256: file?.sha256 ?? null, name: file?.name ?? null, size: file?.size ?? null };
  ctx.db
    .prepare(
      `UPDATE incoming_documents SET received_on = ?, arrival_no = ?, doc_number = ?, doc_date = ?, doc_kind = ?, issuer = ?,
         subject = ?, deadline = ?, handler = ?, notes = ?, done = ?, file_sha256 = ?, file_name = ?, file_size = ?, search_key = ?,
         updated_at = ? WHERE id = ?`,
    )
    .run(...entryValues(f, arrivalNo, kept), nowIso(ctx), id);
}

/** The stored columns of an entry, in the order INSERT and UPDATE name them (received_on … search_key). */
function entryValues(f: IncomingFields, arrivalNo: number, file: { sha256: string | null; name: string | null; size: number | null }) {
  return [
    f.receivedOn,
    arrivalNo,
    f.docNumber,
    f.docDate,
    f.docKind,
    f.issuer,
    f.subject,
    f.deadline,
    f.handler,
    f.notes,
    f.done ? 1 : 0,
    file.sha256,
    file.name,
    file.size,
    searchKey(f, arrivalNo),
  ];
}

export function deleteIncomingRow(ctx: ServiceContext, id: number): void {
  ctx.db.prepare('DELETE FROM incoming_documents WHERE id = ?').run(id);
}

export interface IncomingFilter {
  query?: string;
  year?: number | null;
  status?: IncomingStatus | null;
}

/** Newest first. Search ignores diacritics and case; every word must match. */
export function listIncoming(ctx: ServiceContext, filter: IncomingFilter): IncomingListResult {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.year) {
    where.push('substr(received_on, 1, 4) = ?');
    params.push(String(filter.year));
  }
  if (filter.status) {
    where.push('done = ?');
    params.push(filter.status === 'done' ? 1 : 0);
  }
  for (const word of foldVi(filter.query ?? '')
    .split(' ')
    .filter(Boolean)) {
    where.push("search_key LIKE ? ESCAPE '\\'");
    params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const rows = ctx.db.prepare(`${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ${ORDER}`).all(...params) as Row[];
  return { items: rows.map(toDocument), years: incomingYears(ctx), total: countIncoming(ctx) };
}

export function incomingYears(ctx: ServiceContext): number[] {
  return ctx.db
    .prepare('SELECT DISTINCT CAST(substr(received_on, 1, 4) AS INTEGER) AS y FROM incoming_documents ORDER BY y DESC')
    .pluck()
    .all() as number[];
}

function countIncoming(ctx: ServiceContext): number {
  return (ctx.db.prepare('SELECT COUNT(*) AS n FROM incoming_documents').get() as { n: number }).n;
}

/** The incoming register of `year` as the print page shows it, with the years that have entries. */
export function incomingRegister(ctx: ServiceContext, year: number): IncomingRegister {
  return { year, rows: incomingOfYear(ctx, year), years: incomingYears(ctx) };
}

/** One year's entries in the order of the book: by arrival number. */
function incomingOfYear(ctx: ServiceContext, year: number): IncomingDocument[] {
  const rows = ctx.db.prepare(`${SELECT} WHERE substr(received_on, 1, 4) = ? ORDER BY arrival_no, id`).all(String(year)) as Row[];
  return rows.map(toDocument);
}

/** Open entries whose deadline is within `days` of today or past, soonest first. */
export function dueIncoming(ctx: ServiceContext, today: string, days: number): IncomingDue[] {
  const rows = ctx.db
    .prepare(
      `SELECT id, arrival_no AS arrivalNo, doc_number AS docNumber, doc_kind AS docKind, issuer, subject, deadline, handler
         FROM incoming_documents WHERE done = 0 AND deadline IS NOT NULL ORDER BY deadline, arrival_no`,
    )
    .all() as Omit<IncomingDue, 'daysLeft'>[];
  return rows.map((r) => ({ ...r, daysLeft: daysBetween(today, r.deadline) })).filter((r) => r.daysLeft <= days);
}

/** Whether an entry still points to the kept file with this content. */
export function fileInUse(ctx: ServiceContext, sha256: string): boolean {
  return ctx.db.prepare('SELECT 1 FROM incoming_documents WHERE file_sha256 = ? LIMIT 1').get(sha256) !== undefined;
}

/** The content hashes of every kept file an entry points to. */
export function keptFileHashes(ctx: ServiceContext): string[] {
  return ctx.db.prepare('SELECT DISTINCT file_sha256 FROM incoming_documents WHERE file_sha256 IS NOT NULL').pluck().all() as string[];
}
