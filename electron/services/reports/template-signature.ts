// The identity checksum of report templates: an HMAC-SHA256 with a key made once per install and
// kept in the database (so backups and restores carry it). A file whose identity sheet was edited
// after it left the office, or whose indicator codes were moved on the report sheet, no longer
// matches. Templates written before checksums existed (version 1) carry none and are read as before
// — but only for rounds older than the key: a newer round's templates were all signed, so a file
// of it without a checksum had it removed (and its version lowered) by hand.
import crypto from 'node:crypto';
import type { ServiceContext } from '../context';
import { readSetting, writeSettingOnce } from '../settings/key-value-repo';
import { identityPayload, parseCodesText } from './template-layout';

const KEY_SETTING = 'reports.templateKey';

interface StoredKey {
  key: string;
  /** When the install began signing templates (ISO). */
  since: string;
}

function templateKey(ctx: ServiceContext): StoredKey {
  const stored = readSetting<StoredKey>(ctx, KEY_SETTING);
  if (stored?.key && stored.since) return stored;
  writeSettingOnce(ctx, KEY_SETTING, { key: crypto.randomBytes(32).toString('hex'), since: ctx.now().toISOString() });
  return readSetting<StoredKey>(ctx, KEY_SETTING)!;
}

/** Signs identity payloads with this install's key. */
export function templateSigner(ctx: ServiceContext): (payload: string) => string {
  const key = Buffer.from(templateKey(ctx).key, 'hex');
  return (payload) => crypto.createHmac('sha256', key).update(payload, 'utf8').digest('base64url');
}

/** 'ok': signed by this office and unchanged; 'unsigned': an old template; 'edited': changed after it was sent. */
export type IdentityCheck = 'ok' | 'unsigned' | 'edited';

/** Checks a returned file's identity sheet against its checksum, and the report sheet's codes against it. */
export function checkIdentity(
  ctx: ServiceContext,
  round: { createdAt: string },
  meta: Record<string, string>,
  rows: { row: number; code: string }[],
): IdentityCheck {
  const given = (meta.checksum ?? '').trim();
  if (!given) return Number(meta.version) >= 2 || round.createdAt > templateKey(ctx).since ? 'edited' : 'unsigned';
  const expected = Buffer.from(templateSigner(ctx)(identityPayload(meta)));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !crypto.timingSafeEqual(actual, expected)) return 'edited';
  const codes = parseCodesText(meta.codes ?? '');
  if (!codes) return 'edited';
  const atRow = new Map(rows.map((r) => [r.row, r.code]));
  return codes.every((c) => atRow.get(c.row) === c.code) ? 'ok' : 'edited';
}
