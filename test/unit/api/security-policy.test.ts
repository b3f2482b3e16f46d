import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  mimeType,
  resolveDecodedInside,
  resolveInside,
  securityHeaders,
} from '../../../electron/server/security-policy';

// One policy for the desktop app's app:// protocol and for browser mode (electron/server/security-policy.ts).
const root = path.resolve('/srv/renderer');

describe('security policy: paths stay inside the UI folder', () => {
  it('maps ordinary paths to files inside the folder', () => {
    expect(resolveInside(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/index-CVEypDKd.js')).toBe(path.join(root, 'assets', 'index-CVEypDKd.js'));
    expect(resolveInside(root, '/t%C3%A0i%20li%E1%BB%87u.txt')).toBe(path.join(root, 'tài liệu.txt'));
    expect(resolveInside(root, '/')).toBe(root);
  });

  it('refuses every way out of the folder', () => {
    for (const p of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/a/%2e%2e/%2e%2e/x']) {
      expect(resolveInside(root, p), p).toBeNull();
    }
    // A backslash is a separator on Windows only; there it is a way up too.
    if (process.platform === 'win32') expect(resolveInside(root, '/..%5csecret.txt')).toBeNull();
    expect(resolveInside(root, '/%ZZ')).toBeNull();
    expect(resolveInside(root, '/index.html%00.png')).toBeNull();
    expect(resolveDecodedInside(root, '/C:/Windows/win.ini')).toBeNull();
    expect(resolveDecodedInside(root, `/${root}/x`)).toBe(path.join(root, root, 'x'));
  });

  it('does not decode twice', () => {
    // %252e%252e is the text "%2e%2e" once decoded: a file name, not a way up.
    expect(resolveInside(root, '/%252e%252e/x')).toBe(path.join(root, '%2e%2e', 'x'));
  });
});

describe('security policy: headers and types', () => {
  it('sends the same security headers with every type', () => {
    const h = securityHeaders('text/plain; charset=utf-8');
    expect(h).toEqual({
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('names the content type by extension, plain bytes when unknown', () => {
    expect(mimeType('a/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('x.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('f.woff2')).toBe('font/woff2');
    expect(mimeType('data.bin')).toBe('application/octet-stream');
  });
});
