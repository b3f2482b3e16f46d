import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ServiceContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import { CALL_ID_HEADER } from '../../shared/api/progress';
import { progressRoute } from './progress-route';
import { HTML_TYPE, mimeType, resolveDecodedInside, securityHeaders } from './security-policy';
import { acceptedEncodings, cacheControlFor, ENCODING_SUFFIX, PRECOMPRESSED_EXT } from './static-files';
import { markForeground } from '../services/foreground';

export interface ServerOptions {
  ctx: ServiceContext;
  /** Built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

const MAX_BODY = 80 * 1024 * 1024;

/**
 * Browser mode: serves the renderer and `POST /api/<method>` on 127.0.0.1 only. Every API call
 * must carry the per-launch token (embedded in the page we serve) and a loopback Host header,
 * so other web pages and DNS-rebinding tricks cannot reach the data.
 */
export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('hex');
  const staticRoot = path.resolve(opts.staticDir);
  const indexHtml = () => {
    const file = path.join(staticRoot, 'index.html');
    if (!fs.existsSync(file)) return null;
    return fs.readFileSync(file, 'utf8').replace('</head>', `<meta name="api-token" content="${token}"></head>`);
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    let port = 0;
    const addr = server.address();
    if (addr && typeof addr === 'object') port = addr.port;
    if (!hostAllowed(req.headers.host, port)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
    const pathname = decodePath(req.url ?? '/');
    if (pathname === null) return send(res, 400, 'text/plain; charset=utf-8', 'Địa chỉ không hợp lệ.');

    if (pathname.startsWith('/api/')) {
      const progress = progressRoute(req.method, pathname);
      if (req.method !== 'POST' && !progress) return sendJson(res, 405, apiError('UNKNOWN_METHOD', 'Chỉ chấp nhận yêu cầu POST.'));
      // Another web page the clerk visits may send requests here; the browser names it in Origin.
      if (!originAllowed(req.headers.origin, port))
        return sendJson(res, 403, apiError('UNAUTHORIZED', 'Yêu cầu từ trang web khác bị từ chối.'));
      if (!safeEqual(String(req.headers['x-api-token'] ?? ''), token)) {
        return sendJson(res, 401, apiError('UNAUTHORIZED', 'Phiên làm việc đã hết hạn. Hãy tải lại trang.'));
      }
      if (progress) return sendJson(res, 200, progress());
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, apiError('INVALID_INPUT', 'Yêu cầu phải gửi dạng JSON.'));
      }
      const method = pathname.slice('/api/'.length);
      readBody(req).then(
        async (body) => {
          let input: unknown;
          try {
            input = body.length ? JSON.parse(body.toString('utf8')) : {};
          } catch {
            return sendJson(res, 400, apiError('INVALID_INPUT', 'Dữ liệu gửi lên không đọc được.'));
          }
          sendJson(res, 200, await dispatch(opts.ctx, method, input, { callId: req.headers[CALL_ID_HEADER] }));
        },
        (e: unknown) =>
          e instanceof BodyTooLarge
            ? sendJson(res, 413, apiError('INVALID_INPUT', 'Dữ liệu gửi lên quá lớn (tối đa 50 MB một tệp).'))
            : sendJson(res, 400, apiError('INVALID_INPUT', 'Yêu cầu bị ngắt giữa chừng.')),
      );
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    // Same path check as the desktop app's app:// protocol (security-policy.ts).
    const file = resolveDecodedInside(staticRoot, pathname);
    if (file === null) return send(res, 403, 'text/plain; charset=utf-8', 'Không được phép truy cập.');
    if (file !== staticRoot && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const type = mimeType(file);
      if (path.basename(file) === 'index.html') return send(res, 200, type, indexHtml() ?? '');
      return sendStatic(res, file, type, cacheControlFor(path.relative(staticRoot, file)), req.headers['accept-encoding']);
    }
    const html = indexHtml();
    if (html === null) return send(res, 500, 'text/plain; charset=utf-8', 'Chưa build giao diện: hãy chạy "npm run web".');
    return send(res, 200, HTML_TYPE, html);
  };

  // Nothing a client sends may stop the process: a request that still throws gets a 500.
  const server = http.createServer((req, res) => {
    markForeground(); // the page's files too: work started by the app itself waits (foreground.ts)
    try {
      handle(req, res);
    } catch (e) {
      console.error('[server] request failed:', e);
      send(res, 500, 'text/plain; charset=utf-8', 'Lỗi máy chủ.');
    }
  });
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        token,
        // Browsers keep (and pre-open) sockets; without closing them close() waits up to a minute.
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** The request's path with its percent-encodings decoded; null for a malformed one (`/%ZZ`, `//%..`, a cut UTF-8 sequence). */
function decodePath(target: string): string | null {
  try {
    return decodeURIComponent(new URL(target, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
}

/** No Origin (same-origin GET, tools) or the app's own page. */
function originAllowed(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

class BodyTooLarge extends Error {}

function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Too big: the rest is read and dropped, so that the client gets the 413 answer rather than a
      // cut connection; only an endless body is cut.
      if (size > MAX_BODY) {
        chunks.length = 0;
        if (size > 4 * MAX_BODY) req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => (size > MAX_BODY ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function apiError(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/**
 * A built file, as the `.br` or `.gz` copy written beside it at build when the client accepts that
 * encoding: the renderer is ~2 MB of JavaScript but ~0.6 MB as brotli. The copies sit next to a
 * file already checked to be inside the static root, so they need no path check of their own.
 */
function sendStatic(res: http.ServerResponse, file: string, type: string, cache: string, acceptEncoding: string | string[] | undefined) {
  const vary = { Vary: 'Accept-Encoding' };
  if (PRECOMPRESSED_EXT.has(path.extname(file))) {
    const accepted = acceptedEncodings(acceptEncoding);
    for (const enc of ['br', 'gzip'] as const) {
      const copy = file + ENCODING_SUFFIX[enc];
      if (accepted.has(enc) && fs.existsSync(copy) && fs.statSync(copy).isFile()) {
        return send(res, 200, type, fs.readFileSync(copy), cache, { ...vary, 'Content-Encoding': enc });
      }
    }
  }
  return send(res, 200, type, fs.readFileSync(file), cache, vary);
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  cache = 'no-store',
  extra: Record<string, string> = {},
) {
  if (res.headersSent) return;
  res.writeHead(status, { ...extra, ...securityHeaders(type), 'Cache-Control': cache });
  res.end(body);
}
