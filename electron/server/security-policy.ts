// The one security policy of the UI's responses, for the desktop app's `app://` protocol
// (electron/main/protocol.ts) and for browser mode (electron/server/server.ts): the content
// security policy and the headers sent with every file, the content types we serve, and the check
// that a requested path stays inside the folder of the built UI. Pure Node: the Electron shell and
// the server both import it.
import path from 'node:path';

/** Only the app's own scripts, styles, images and API; nothing may frame the page, post a form or load a plugin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Sent with every response of the UI, files and errors alike; the caller adds its Cache-Control. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const HTML_TYPE = MIME['.html'];
export const TEXT_TYPE = MIME['.txt'];

/** The content type of a file we serve, by its extension; unknown ones are plain bytes (with nosniff). */
export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path (still percent-encoded) to a file under `root`, or null when it would leave
 * `root`. Decodes once; see resolveDecodedInside.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  return resolveDecodedInside(root, decoded);
}

/**
 * Maps an already decoded path to a file under `root` (an absolute, resolved folder), or null:
 * refuses NUL bytes and anything whose resolved path is not strictly inside the root (covers `..`,
 * encoded `%2e%2e`/`%2f`/`%5c` once decoded, backslashes and drive letters on Windows). The root
 * itself is returned for an empty path.
 */
export function resolveDecodedInside(root: string, decoded: string): string | null {
  if (decoded.includes('\0')) return null;
  const rel = decoded.replace(/^[/\\]+/, '');
  if (rel === '') return root;
  if (path.isAbsolute(rel) || /^[a-zA-Z]:/.test(rel)) return null;
  const resolved = path.resolve(root, rel);
  if (!resolved.startsWith(root + path.sep)) return null;
  return resolved;
}
