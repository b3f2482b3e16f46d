import path from 'node:path';

/** Files written by Vite into assets/ carry a content hash (`index-CVEypDKd.js`): a new build gets a new name. */
const HASHED_ASSET = /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/** `rel` is relative to the static root, with either separator. */
export function isHashedAsset(rel: string): boolean {
  return HASHED_ASSET.test(rel.split(path.sep).join('/'));
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Hashed files never change under their name, so browsers may keep them; anything else is re-checked within the hour. */
export function cacheControlFor(rel: string): string {
  return isHashedAsset(rel) ? IMMUTABLE : 'public, max-age=3600';
}

export type Encoding = 'br' | 'gzip';

/**
 * The encodings the client accepts, read from Accept-Encoding with its q-values, so that
 * `br;q=0` or `identity` alone are honoured (RFC 9110 §12.5.3).
 */
export function acceptedEncodings(header: string | string[] | undefined): Set<Encoding> {
  const accepted = new Set<Encoding>();
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  let wildcard: boolean | null = null;
  const named = new Map<string, boolean>();
  for (const part of text.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (name === '*') wildcard = ok;
    else named.set(name, ok);
  }
  for (const enc of ['br', 'gzip'] as const) {
    if (named.get(enc) ?? (enc === 'gzip' ? named.get('x-gzip') : undefined) ?? wildcard ?? false) accepted.add(enc);
  }
  return accepted;
}

/** Only these are precompressed at build (scripts/precompress.mjs); other types are sent as they are. */
export const PRECOMPRESSED_EXT = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json']);

export const ENCODING_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };
