// Entries of the incoming documents register (sổ văn bản đến): written, changed and removed one
// transaction each, logged in the change history. A file is checked and kept before the row that
// points to it is written, and taken back when that write fails; a file no row uses any more is
// dropped after the change. Also what the register proposes or shows around an entry: its file,
// the next arrival number, the documents due soon (the dashboard card).
import type { MethodResult, ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { DownloadFile } from '../../../shared/api/fields';
import { DUE_WITHIN_DAYS, type IncomingDocument } from '../../../shared/incoming/schema';
import { todayIso } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';
import { logChange } from '../history/change-log-repo';
import { checkIncomingFile, dropIfUnused, keepFile, readKeptFile, type CheckedFile } from './files';
import { deleteIncomingRow, dueIncoming, getIncoming, getIncomingRow, insertIncoming, nextArrivalNo, updateIncoming } from './repo';

const kept = (f: CheckedFile) => ({ sha256: f.sha256, name: f.name, size: f.data.length });

export function createIncoming(ctx: ServiceContext, { file, ...fields }: ParsedInput<'incoming.create'>): IncomingDocument {
  const checked = file ? checkIncomingFile(file) : null;
  const takeBack = checked ? keepFile(ctx, checked) : () => undefined;
  try {
    return ctx.db.transaction(() => {
      const id = insertIncoming(ctx, fields, checked && kept(checked), todayIso(ctx.now()));
      const after = getIncoming(ctx, id);
      logChange(ctx, 'incoming', id, 'create', null, after);
      return after;
    })();
  } catch (e) {
    takeBack();
    throw e;
  }
}

export function changeIncoming(ctx: ServiceContext, { id, file, removeFile, ...fields }: ParsedInput<'incoming.update'>): IncomingDocument {
  const checked = file ? checkIncomingFile(file) : null;
  const takeBack = checked ? keepFile(ctx, checked) : () => undefined;
  let old: { sha256: string | null; name: string | null } = { sha256: null, name: null };
  let result;
  try {
    result = ctx.db.transaction(() => {
      const row = getIncomingRow(ctx, id);
      old = { sha256: row.fileSha256, name: row.fileName };
      const before = getIncoming(ctx, id);
      updateIncoming(ctx, id, fields, checked ? kept(checked) : removeFile ? null : undefined, todayIso(ctx.now()));
      const after = getIncoming(ctx, id);
      logChange(ctx, 'incoming', id, 'update', before, after);
      return after;
    })();
  } catch (e) {
    takeBack();
    throw e;
  }
  if (checked || removeFile) dropIfUnused(ctx, old.sha256, old.name);
  return result;
}

export function removeIncoming(ctx: ServiceContext, id: number): { deleted: true } {
  const row = ctx.db.transaction(() => {
    const r = getIncomingRow(ctx, id);
    const before = getIncoming(ctx, id);
    deleteIncomingRow(ctx, id);
    logChange(ctx, 'incoming', id, 'delete', before, null);
    return r;
  })();
  dropIfUnused(ctx, row.fileSha256, row.fileName);
  return { deleted: true as const };
}

export function incomingFile(ctx: ServiceContext, id: number): DownloadFile {
  const row = getIncomingRow(ctx, id);
  if (!row.fileSha256 || !row.fileName) {
    throw new AppError('NOT_FOUND', `Văn bản đến số ${row.arrivalNo} (${row.docNumber}) chưa có tệp đính kèm. Bấm "Sửa" để đính kèm tệp.`);
  }
  return readKeptFile(ctx, row.fileSha256, row.fileName);
}

/** The arrival number the register gives next in the year of `receivedOn`. */
export function proposeArrivalNo(ctx: ServiceContext, receivedOn: string): { year: number; next: number } {
  const year = Number(receivedOn.slice(0, 4));
  return { year, next: nextArrivalNo(ctx, year) };
}

/** The incoming documents due within DUE_WITHIN_DAYS of today (the dashboard card). */
export function incomingDashboard(ctx: ServiceContext): MethodResult<'incoming.dashboard'> {
  return { items: dueIncoming(ctx, todayIso(ctx.now()), DUE_WITHIN_DAYS), withinDays: DUE_WITHIN_DAYS };
}
