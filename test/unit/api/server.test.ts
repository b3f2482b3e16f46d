import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/server/server';
import { tempDir, testContext } from '../../support/context';

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
});
