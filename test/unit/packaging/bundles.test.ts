import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bundleOutputs } from '../../../scripts/build-bundles.mjs';
import { EXTERNAL_PACKAGES, WORKER_BUNDLES } from '../../../scripts/worker-bundles.mjs';
import { WORKERS } from '../../../electron/services/files/worker-table';
import { APP_ROOT } from '../../support/context';

// electron-builder packs what scripts/build-bundles.mjs writes; here we check that it is given what
// the bundles need at run time, from the same worker table the build and the runtime read.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(s: string): unknown };
const config = yaml.load(fs.readFileSync(path.join(APP_ROOT, 'electron-builder.yml'), 'utf8')) as { files: string[]; asarUnpack: string[] };
const pkg = JSON.parse(fs.readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

describe('packaging: the bundles and what they need', () => {
  it('unpacks every worker bundle of the worker table from app.asar, and only those', () => {
    const workerBundles = Object.values(WORKERS).map((w) => `dist-electron/${w.bundle}`);
    const unpackedBundles = config.asarUnpack.filter((p) => p.startsWith('dist-electron/'));
    expect(unpackedBundles.sort()).toEqual(workerBundles.sort());
  });

  it('builds every worker of the table from its entry, under its environment variable', () => {
    expect(WORKER_BUNDLES).toEqual(Object.values(WORKERS).map((w) => ({ entry: w.entry, outName: w.bundle, envVar: w.env })));
    for (const w of Object.values(WORKERS)) expect(fs.existsSync(path.join(APP_ROOT, w.entry)), w.entry).toBe(true);
    for (const w of WORKER_BUNDLES) expect(bundleOutputs()).toContain(path.join('dist-electron', w.outName));
  });

  it('packs the main bundle, the renderer and the migrations, but not the browser-mode server', () => {
    expect(pkg.main).toBe('dist-electron/main.cjs');
    expect(bundleOutputs()).toContain(path.join('dist-electron', 'main.cjs'));
    expect(config.files).toEqual(
      expect.arrayContaining([
        'dist-electron/**',
        'dist/renderer/**',
        'electron/db/migrations/**',
        'package.json',
        '!dist-electron/server.cjs',
      ]),
    );
    expect(fs.readdirSync(path.join(APP_ROOT, 'electron', 'db', 'migrations')).some((f) => f.endsWith('.sql'))).toBe(true);
  });

  it('leaves out of the bundles only packages electron-builder copies (production dependencies)', () => {
    for (const name of EXTERNAL_PACKAGES) expect(Object.keys(pkg.dependencies), name).toContain(name);
  });
});
