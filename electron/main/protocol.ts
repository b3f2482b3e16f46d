import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { mimeType, resolveInside, securityHeaders, TEXT_TYPE } from '../server/security-policy';
import { IMMUTABLE, isHashedAsset } from '../server/static-files';
import { markForeground } from '../services/foreground';

/** The UI is served from `app://ui/…`, never from a remote URL or a bare file:// path. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ui';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/`;
export const APP_INDEX_URL = `${APP_URL}index.html`;

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
    markForeground(); // work started by the app itself waits while the window loads (foreground.ts)
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
  const headers = { ...securityHeaders(mimeType(target)), 'Cache-Control': 'no-cache' };
  // Same rule as browser mode: a hashed name is new content, so the cached copy never needs re-checking.
  if (isHashedAsset(path.relative(root, target))) headers['Cache-Control'] = IMMUTABLE;
  return new Response(body, { status: 200, headers });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile();
  } catch {
    return false;
  }
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...securityHeaders(TEXT_TYPE), 'Cache-Control': 'no-cache' } });
}
