import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../support/context';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('layering', () => {
  it('no service imports electron (they run under plain Node)', () => {
    for (const dir of ['electron/services', 'electron/db', 'electron/server', 'shared']) {
      for (const f of sourceFiles(path.join(APP_ROOT, dir))) {
        expect(
          importsOf(f).filter((m) => m === 'electron' || m.startsWith('electron/')),
          f,
        ).toEqual([]);
      }
    }
  });

  it('the renderer and shared code import nothing from Node or Electron', () => {
    const nodeBuiltins = new Set(['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'buffer', 'stream', 'util']);
    for (const dir of ['renderer/src', 'shared']) {
      for (const f of sourceFiles(path.join(APP_ROOT, dir))) {
        for (const m of importsOf(f)) {
          expect(m.startsWith('node:') || nodeBuiltins.has(m) || m === 'electron' || m.includes('/electron/'), `${f} imports ${m}`).toBe(
            false,
          );
        }
      }
    }
  });

  it('SQL only in repository and query modules (files named *repo.ts, *query.ts, *queries.ts)', () => {
    const offenders = sourceFiles(path.join(APP_ROOT, 'electron/services'))
      .map((f) => path.relative(APP_ROOT, f).split(path.sep).join('/'))
      .filter((f) => !/(repo|quer(y|ies))\.ts$/.test(f))
      .filter((f) => /\.(prepare|pragma)\(|\bdb\.exec\(/.test(fs.readFileSync(path.join(APP_ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
