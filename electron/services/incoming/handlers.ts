import { AppError } from '../../../shared/api/result';
import { DUE_WITHIN_DAYS } from '../../../shared/incoming/schema';
import { todayIso } from '../../../shared/text/dates';
import type { DomainHandlers } from '../handler-types';
import { logChange } from '../history/change-log';
import { checkIncomingFile, dropIfUnused, keepFile, readKeptFile, type CheckedFile } from './files';
import {
  deleteIncomingRow,
  dueIncoming,
  getIncoming,
  getIncomingRow,
  insertIncoming,
  listIncoming,
  nextArrivalNo,
  updateIncoming,
} from './repo';

// The incoming documents register (sổ văn bản đến). A file is checked and kept before the row
// that points to it is written, and taken back when that write fails.

const kept = (f: CheckedFile) => ({ sha256: f.sha256, name: f.name, size: f.data.length });

export const incomingHandlers: DomainHandlers<'incoming'> = {
  'incoming.list': (input, ctx) => listIncoming(ctx, input),
  'incoming.get': ({ id }, ctx) => getIncoming(ctx, id),

  'incoming.create': ({ file, ...fields }, ctx) => {
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
  },

  'incoming.update': ({ id, file, removeFile, ...fields }, ctx) => {
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
  },

  'incoming.delete': ({ id }, ctx) => {
    const row = ctx.db.transaction(() => {
      const r = getIncomingRow(ctx, id);
      const before = getIncoming(ctx, id);
      deleteIncomingRow(ctx, id);
      logChange(ctx, 'incoming', id, 'delete', before, null);
      return r;
    })();
    dropIfUnused(ctx, row.fileSha256, row.fileName);
    return { deleted: true as const };
  },

  'incoming.file': ({ id }, ctx) => {
    const row = getIncomingRow(ctx, id);
    if (!row.fileSha256 || !row.fileName) {
      throw new AppError(
        'NOT_FOUND',
        `Văn bản đến số ${row.arrivalNo} (${row.docNumber}) chưa có tệp đính kèm. Bấm "Sửa" để đính kèm tệp.`,
      );
    }
    return readKeptFile(ctx, row.fileSha256, row.fileName);
  },

  'incoming.nextArrivalNo': ({ receivedOn }, ctx) => {
    const year = Number(receivedOn.slice(0, 4));
    return { year, next: nextArrivalNo(ctx, year) };
  },

  'incoming.dashboard': (_input, ctx) => ({ items: dueIncoming(ctx, todayIso(ctx.now()), DUE_WITHIN_DAYS), withinDays: DUE_WITHIN_DAYS }),
};
