// Bundles the Electron shell with esbuild:
//   electron/main/index.ts    -> dist-electron/main.cjs     (Node/Electron main process)
//   electron/preload/index.ts -> dist-electron/preload.cjs  (sandboxed preload: one self-contained file)
// The preload only needs the method names, so its import of shared/api/contract is replaced by a
// generated module holding just `methodNames` (computed here from the real contract). That keeps
// zod and the schemas out of the renderer process: the preload has no dependencies.
// Usage: node scripts/build-electron.mjs
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildWorkers, runtimeDependencies } from './worker-bundles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist-electron');

// Runtime dependencies stay in node_modules (electron-builder copies them into the package);
// better-sqlite3 must, because it is a native module.
const mainExternal = ['electron', ...runtimeDependencies(root)];

/** Electron 45 ships Node 22. */
const target = 'node22';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'silent',
  metafile: true,
};

const contractFile = path.join(root, 'shared', 'api', 'contract.ts');
const realContractFile = fs.realpathSync(contractFile);

/** Evaluates shared/api/contract.ts under Node and returns its `methodNames`. */
async function contractMethodNames() {
  const r = await build({
    absWorkingDir: root,
    entryPoints: [contractFile],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target,
    write: false,
    logLevel: 'silent',
  });
  const mod = { exports: {} };
  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  new Function('module', 'exports', 'require', r.outputFiles[0].text)(mod, mod.exports, requireFromRoot);
  const names = mod.exports.methodNames;
  if (!Array.isArray(names) || names.length === 0) throw new Error('shared/api/contract.ts exports no methodNames');
  for (const n of names) {
    if (typeof n !== 'string' || !/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/.test(n)) {
      throw new Error(`method name ${JSON.stringify(n)} is not "domain.action"`);
    }
  }
  return names;
}

/** esbuild plugin: `import { methodNames } from '…/shared/api/contract'` → a tiny generated module. */
function contractNamesOnly(names) {
  return {
    name: 'contract-names-only',
    setup(b) {
      b.onResolve({ filter: /(^|\/)contract$/ }, (args) => {
        const candidate = path.resolve(args.resolveDir, args.path) + '.ts';
        if (!fs.existsSync(candidate) || fs.realpathSync(candidate) !== realContractFile) return undefined;
        return { path: 'shared/api/contract.ts', namespace: 'contract-names' };
      });
      b.onLoad({ filter: /.*/, namespace: 'contract-names' }, () => ({
        contents: `export const methodNames = ${JSON.stringify(names)};\n`,
        loader: 'js',
      }));
    },
  };
}

async function main() {
  const names = await contractMethodNames();
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  const [main, preload, workers] = await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: path.join(outDir, 'main.cjs'),
      external: mainExternal,
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: path.join(outDir, 'preload.cjs'),
      // A sandboxed preload can only require('electron') (and a few built-ins): bundle the rest.
      external: ['electron'],
      plugins: [contractNamesOnly(names)],
    }),
    buildWorkers(root, outDir, common),
  ]);
  const results = [main, preload, ...workers];

  let failed = false;
  for (const r of results) {
    for (const w of r.warnings) {
      const text = `${w.location ? `${w.location.file}:${w.location.line}: ` : ''}${w.text}`;
      // import.meta has no meaning in a CJS bundle (esbuild replaces it with {}): a hard error here.
      if (/import\.meta/.test(w.text)) {
        console.error(`error: ${text}`);
        failed = true;
      } else {
        console.warn(`warning: ${text}`);
      }
    }
  }

  const preloadImports = Object.values(results[1].metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => i.external)
    .map((i) => i.path);
  const badPreloadImports = preloadImports.filter((p) => p !== 'electron');
  if (badPreloadImports.length) {
    console.error(`error: preload must only require electron, found: ${badPreloadImports.join(', ')}`);
    failed = true;
  }
  const preloadPackages = Object.keys(results[1].metafile.inputs).filter((i) => i.includes('node_modules'));
  if (preloadPackages.length) {
    console.error(`error: preload must not bundle packages (is the contract stub applied?): ${preloadPackages.slice(0, 5).join(', ')}`);
    failed = true;
  }

  for (const file of ['main.cjs', 'preload.cjs']) {
    const text = fs.readFileSync(path.join(outDir, file), 'utf8');
    if (/\bimport\.meta\b/.test(text)) {
      console.error(`error: dist-electron/${file} still contains import.meta`);
      failed = true;
    }
  }
  if (failed) process.exit(1);

  for (const file of ['main.cjs', 'preload.cjs']) {
    const size = fs.statSync(path.join(outDir, file)).size;
    console.log(`dist-electron/${file}  ${(size / 1024).toFixed(1)} KB`);
  }
  console.log(`preload exposes ${names.length} methods`);
}

main().catch((e) => {
  console.error(e?.errors?.length ? e.errors.map((x) => x.text).join('\n') : e);
  process.exit(1);
});
