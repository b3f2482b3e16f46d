import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { IMMUTABLE, isHashedAsset } from '../server/static-files';

/** The UI is served from `app://ui/…`, never from a remote URL or a bare file:// path. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ui';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/`;
export const APP_INDEX_URL = `${APP_URL}index.html`;

/** Same policy as browser mode (electron/server/server.ts). Sent on every response of the scheme. */
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

/** Must run before `app` is ready. `standard` + `secure` give the scheme a real origin for 'self' and blob: URLs. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

export function isAppUrl(url: string | undefined | null): boolean {
  return typeof url === 'string' && url.startsWith(APP_URL);
}

/**
 * Serves the built renderer (dist/renderer inside the app, asar included) on `app://ui/`.
 * Only GET/HEAD, only host `ui`, only files whose resolved path is inside `rendererDir`.
 */
export function handleAppProtocol(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      return await serve(root, request);
    } catch (e) {
      console.error('[app protocol]', request.url, e);
      return textResponse(500, 'Lỗi khi đọc tệp giao diện.');
    }
  });
}

async function serve(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Phương thức không được phép.');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return textResponse(400, 'Địa chỉ không hợp lệ.');
  }
  if (url.host !== APP_HOST) return textResponse(404, 'Không tìm thấy.');

  const file = resolveInside(root, url.pathname);
  if (file === null) return textResponse(403, 'Không được phép truy cập.');

  let target = file;
  if (!(await isFile(target))) {
    // Client-side routes (no file extension) fall back to the app shell; missing assets are 404.
    if (path.extname(target) !== '') return textResponse(404, 'Không tìm thấy tệp.');
    target = path.join(root, 'index.html');
    if (!(await isFile(target))) {
      return textResponse(500, 'Chưa build giao diện: hãy chạy "npm run build" rồi mở lại phần mềm.');
    }
  }

  const body = request.method === 'HEAD' ? null : await fs.promises.readFile(target);
  const headers = securityHeaders(MIME[path.extname(target).toLowerCase()] ?? 'application/octet-stream');
  // Same rule as browser mode: a hashed name is new content, so the cached copy never needs re-checking.
  if (isHashedAsset(path.relative(root, target))) headers['Cache-Control'] = IMMUTABLE;
  return new Response(body, { status: 200, headers });
}

/**
 * Maps a URL path to a file under `root`, or null when it would leave `root`. Decodes once,
 * refuses NUL bytes and anything whose resolved path is not strictly inside the root
 * (covers `..`, encoded `%2e%2e`/`%2f`/`%5c`, backslashes and drive letters on Windows).
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded.replace(/^[/\\]+/, '');
  if (rel === '') return root;
  if (path.isAbsolute(rel) || /^[a-zA-Z]:/.test(rel)) return null;
  const resolved = path.resolve(root, rel);
  if (!resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile();
  } catch {
    return false;
  }
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}
