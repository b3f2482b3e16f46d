import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/server/server';
import { acceptedEncodings, cacheControlFor } from '../../../electron/server/static-files';
import { tempDir, testContext } from '../../support/context';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Raw request: fetch() would add its own Accept-Encoding and decompress behind our back. */
function get(port: number, target: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, headers: { host: `127.0.0.1:${port}`, ...headers } });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode static files', () => {
  const ctx = testContext();
  const root = tempDir('static-compression-');
  const staticDir = path.join(root, 'renderer');
  const asset = 'assets/index-CVEypDKd.js';
  const source = 'export const greeting = "Xin chào đoàn viên";\n'.repeat(200);
  let server: RunningServer;

  beforeAll(async () => {
    fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head><title>x</title></head><body></body></html>');
    fs.writeFileSync(path.join(staticDir, asset), source);
    fs.writeFileSync(path.join(staticDir, `${asset}.br`), zlib.brotliCompressSync(source));
    fs.writeFileSync(path.join(staticDir, `${asset}.gz`), zlib.gzipSync(source));
    fs.writeFileSync(path.join(staticDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'bí mật ngoài thư mục');
    server = await startServer({ ctx, staticDir });
  });
  afterAll(async () => {
    await server.close();
    ctx.close();
  });

  const expectSecurityHeaders = (a: Answer) => {
    expect(a.headers['content-security-policy']).toContain("default-src 'self'");
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    expect(a.headers['referrer-policy']).toBe('no-referrer');
  };

  it('sends the brotli copy when br is accepted', async () => {
    const a = await get(server.port, `/${asset}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(a.status).toBe(200);
    expect(a.headers['content-encoding']).toBe('br');
    expect(a.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(a.headers.vary).toBe('Accept-Encoding');
    expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(a.body).toString('utf8')).toBe(source);
    expectSecurityHeaders(a);
  });

  it('sends the gzip copy when only gzip is accepted (or br is refused with q=0)', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.5']) {
      const a = await get(server.port, `/${asset}`, { 'accept-encoding': accept });
      expect(a.headers['content-encoding']).toBe('gzip');
      expect(a.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(a.headers.vary).toBe('Accept-Encoding');
      expect(zlib.gunzipSync(a.body).toString('utf8')).toBe(source);
    }
  });

  it('sends the plain file when no encoding is accepted', async () => {
    const variants: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': '*;q=0' }];
    for (const headers of variants) {
      const a = await get(server.port, `/${asset}`, headers);
      expect(a.status).toBe(200);
      expect(a.headers['content-encoding']).toBeUndefined();
      expect(a.headers.vary).toBe('Accept-Encoding');
      expect(a.body.toString('utf8')).toBe(source);
      expectSecurityHeaders(a);
    }
  });

  it('sends a file without compressed copies as it is', async () => {
    const a = await get(server.port, '/logo.svg', { 'accept-encoding': 'br, gzip' });
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.headers['content-type']).toBe('image/svg+xml');
    expect(a.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('never lets the page with the per-launch token be cached', async () => {
    for (const target of ['/', '/index.html', '/khong-co']) {
      const a = await get(server.port, target, { 'accept-encoding': 'br, gzip' });
      expect(a.status).toBe(200);
      expect(a.headers['content-encoding']).toBeUndefined();
      expect(a.headers['cache-control']).toBe('no-store');
      expect(a.body.toString('utf8')).toContain(server.token);
      expectSecurityHeaders(a);
    }
  });

  it('still refuses paths that leave the static folder', async () => {
    for (const target of ['/../secret.txt', '/assets/../../secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const a = await get(server.port, target, { 'accept-encoding': 'br, gzip' });
      expect(a.body.toString('utf8')).not.toContain('bí mật');
    }
  });

  it('reads Accept-Encoding with its q-values', () => {
    expect([...acceptedEncodings('gzip, deflate, br')].sort()).toEqual(['br', 'gzip']);
    expect([...acceptedEncodings('br;q=0, *')]).toEqual(['gzip']);
    expect([...acceptedEncodings('x-gzip')]).toEqual(['gzip']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
    expect([...acceptedEncodings('identity')]).toEqual([]);
  });

  it('marks only content-hashed assets immutable', () => {
    expect(cacheControlFor('assets/vendor-antd-KLa2O-G5.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('assets/index-UosLuNVd.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('favicon.ico')).toBe('public, max-age=3600');
    expect(cacheControlFor('assets/readme.txt')).toBe('public, max-age=3600');
  });
});
