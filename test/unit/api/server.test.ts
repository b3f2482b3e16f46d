import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/server/server';
import { rng } from '../../fixtures/members/generate';
import { dumpDatabase, tempDir, testContext } from '../../support/context';

describe('browser-mode server', () => {
  const ctx = testContext();
  const staticDir = tempDir('static-');
  let server: RunningServer;
  beforeAll(async () => {
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head><title>x</title></head><body></body></html>');
    server = await startServer({ ctx, staticDir });
  });
  afterAll(async () => {
    await server.close();
    ctx.close();
  });

  const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-token': server.token, ...headers },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('embeds the per-launch token in the page it serves', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain(`<meta name="api-token" content="${server.token}">`);
  });

  it('answers API calls with the token', async () => {
    const r = await post('units.create', { code: 'A1', name: 'Trường Mầm non Hoa Sen' });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ ok: true, data: { code: 'A1', name: 'Trường Mầm non Hoa Sen' } });
  });

  it('refuses calls without the right token and changes nothing', async () => {
    const r = await post('units.create', { code: 'A2', name: 'Không được tạo' }, { 'x-api-token': 'sai' });
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/tải lại trang/);
    expect(ctx.db.prepare("SELECT COUNT(*) AS n FROM units WHERE code = 'A2'").get()).toEqual({ n: 0 });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/app.info',
          method: 'POST',
          headers: { host: 'evil.example', 'content-type': 'application/json', 'x-api-token': server.token },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers a body over the limit with 413 and its message (never a cut connection), and keeps running', async () => {
    const r = await post('reports.previewUpload', {
      roundId: 1,
      files: [{ fileName: 'to.xlsx', dataBase64: 'A'.repeat(81 * 1024 * 1024) }],
    });
    expect(r.status).toBe(413);
    expect(await r.json()).toMatchObject({ ok: false, error: { message: expect.stringMatching(/quá lớn/) } });
    expect((await post('app.info', {})).status).toBe(200);
  });

  it('refuses non-JSON bodies and broken JSON', async () => {
    const r1 = await fetch(`${server.url}api/app.info`, {
      method: 'POST',
      headers: { 'x-api-token': server.token, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(r1.status).toBe(415);
    const r2 = await fetch(`${server.url}api/app.info`, {
      method: 'POST',
      headers: { 'x-api-token': server.token, 'content-type': 'application/json' },
      body: '{',
    });
    expect(r2.status).toBe(400);
  });

  it('does not serve files outside the renderer folder', async () => {
    const r = await fetch(`${server.url}..%2f..%2fetc%2fpasswd`);
    expect(await r.text()).not.toContain('root:');
  });

  /** One raw HTTP request; resolves with the status line's code (0 if the server closed without one). */
  const raw = (request: string | Buffer) =>
    new Promise<number>((resolve) => {
      const socket = net.connect(server.port, '127.0.0.1');
      let answer = '';
      socket.setTimeout(5000, () => socket.destroy());
      socket.on('data', (d) => (answer += d.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
      socket.end(request);
    });
  const host = () => `127.0.0.1:${server.port}`;

  it('answers malformed percent-encodings with 400 and keeps running', async () => {
    for (const p of ['/%E0%A4%A', '/%ZZ', '/api/%E0%A4%A', '/%', '/api/%ZZ']) {
      for (const method of ['GET', 'POST']) {
        const status = await raw(
          `${method} ${p} HTTP/1.1\r\nHost: ${host()}\r\nx-api-token: ${server.token}\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`,
        );
        expect(status, `${method} ${p}`).toBe(400);
      }
    }
    expect((await post('app.info', {})).status).toBe(200);
  });

  it('refuses API calls from another web page (Origin) and changes nothing', async () => {
    const before = dumpDatabase(ctx);
    const r = await post('units.create', { code: 'ORIG', name: 'Từ trang khác' }, { origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/trang web khác/);
    expect(dumpDatabase(ctx)).toEqual(before);
    expect((await post('app.info', {}, { origin: server.url.slice(0, -1) })).status).toBe(200);
  });

  it('drops __proto__, constructor and prototype keys before validation', async () => {
    const body = '{"code":"P1","name":"Trường Tiểu học Kim Đồng","__proto__":{"chairName":"Lọt qua"},"constructor":{"x":1}}';
    const r = await fetch(`${server.url}api/units.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-token': server.token },
      body,
    });
    const out = (await r.json()) as { ok: boolean; data: { chairName: string | null } };
    expect(out.ok).toBe(true);
    expect(out.data.chairName ?? null).toBeNull();
    expect(({} as Record<string, unknown>).chairName).toBeUndefined();
  });

  it('answers input nested deeper than the contract uses with "Dữ liệu nhập chưa đúng"', async () => {
    const deep = '{"a":'.repeat(2000) + '1' + '}'.repeat(2000);
    const r = await fetch(`${server.url}api/units.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-token': server.token },
      body: deep,
    });
    expect(r.status).toBe(200);
    const out = (await r.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(out.error.code).toBe('INVALID_INPUT');
    expect(out.error.message).toMatch(/^Dữ liệu nhập chưa đúng/);
  });

  it('keeps answering after 1,000 random malformed requests, and none of them writes anything', async () => {
    const before = dumpDatabase(ctx);
    const rand = rng(20261202);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const junk = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
    const pieces = [
      '%',
      '%Z',
      '%E0%A4',
      '%00',
      '..',
      '/',
      '\\',
      '?',
      '#',
      'api',
      'app.info',
      'units.create',
      '%2e%2e',
      '%C0%AF',
      'ø',
      '\u0000',
    ];
    const methods = ['GET', 'POST', 'PUT', 'HEAD', 'OPTIONS', 'DELETE', 'BREW', ''];
    const bodies = ['{', '[]', 'null', '"x"', '{"__proto__":{"a":1}}', '{"code":1}', '{"a":' + '['.repeat(500), '\u0000\u0001', ''];
    for (let i = 0; i < 1000; i++) {
      const kind = i % 4;
      let req: string | Buffer;
      if (kind === 3) {
        req = junk(1 + Math.floor(rand() * 200)); // not HTTP at all
      } else {
        const p = (kind === 0 ? '/api/' : '/') + Array.from({ length: 1 + Math.floor(rand() * 5) }, () => pick(pieces)).join('');
        const body = pick(bodies);
        const headers = [
          rand() < 0.9 ? `Host: ${rand() < 0.8 ? host() : pick(['evil.example', '', 'localhost', '127.0.0.1:1'])}` : '',
          rand() < 0.7 ? `x-api-token: ${rand() < 0.8 ? server.token : 'sai'}` : '',
          rand() < 0.7 ? `content-type: ${pick(['application/json', 'text/plain', 'application/json; charset=utf-8', ''])}` : '',
          rand() < 0.3 ? `origin: ${pick(['http://evil.example', 'null', server.url.slice(0, -1)])}` : '',
          rand() < 0.8
            ? `content-length: ${rand() < 0.8 ? Buffer.byteLength(body) : Math.floor(rand() * 100)}`
            : 'transfer-encoding: chunked',
        ].filter(Boolean);
        req = `${pick(methods)} ${p} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${body}`;
      }
      const status = await raw(req);
      expect(status === 0 || (status >= 200 && status < 600)).toBe(true);
    }
    expect(dumpDatabase(ctx)).toEqual(before);
    const r = await post('app.info', {});
    expect(r.status).toBe(200);
    expect(((await r.json()) as { ok: boolean }).ok).toBe(true);
  });
});
