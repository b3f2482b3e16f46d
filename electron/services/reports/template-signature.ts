// The identity checksum of report templates: an HMAC-SHA256 with a key made once per install and
// kept in the database (so backups and restores carry it). A file whose identity sheet was edited
// after it left the office, or whose indicator codes were moved on the report sheet, no longer
// matches. Templates written before checksums existed (version 1) carry none and are read as before.
import crypto from 'node:crypto';
import type { ServiceContext } from '../context';
import { identityPayload, parseCodesText } from './template-layout';

const KEY_SETTING = 'reports.templateKey';

function templateKey(ctx: ServiceContext): Buffer {
  const read = () => ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY_SETTING) as string | undefined;
  let stored = read();
  if (!stored) {
    const fresh = JSON.stringify(crypto.randomBytes(32).toString('hex'));
    ctx.db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run(KEY_SETTING, fresh);
    stored = read()!;
  }
  return Buffer.from(JSON.parse(stored) as string, 'hex');
}

/** Signs identity payloads with this install's key. */
export function templateSigner(ctx: ServiceContext): (payload: string) => string {
  const key = templateKey(ctx);
  return (payload) => crypto.createHmac('sha256', key).update(payload, 'utf8').digest('base64url');
}

/** 'ok': signed by this office and unchanged; 'unsigned': an old template; 'edited': changed after it was sent. */
export type IdentityCheck = 'ok' | 'unsigned' | 'edited';

/** Checks a returned file's identity sheet against its checksum, and the report sheet's codes against it. */
export function checkIdentity(ctx: ServiceContext, meta: Record<string, string>, rows: { row: number; code: string }[]): IdentityCheck {
  const given = (meta.checksum ?? '').trim();
  if (!given) return Number(meta.version) >= 2 ? 'edited' : 'unsigned';
  const expected = Buffer.from(templateSigner(ctx)(identityPayload(meta)));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !crypto.timingSafeEqual(actual, expected)) return 'edited';
  const codes = parseCodesText(meta.codes ?? '');
  if (!codes) return 'edited';
  const atRow = new Map(rows.map((r) => [r.row, r.code]));
  return codes.every((c) => atRow.get(c.row) === c.code) ? 'ok' : 'edited';
}
