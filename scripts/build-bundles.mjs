// The one build of the app's JavaScript (esbuild), for the desktop app and for browser mode alike:
//   electron/main/index.ts    -> dist-electron/main.cjs     Electron main process (services included)
//   electron/preload/index.ts -> dist-electron/preload.cjs  sandboxed preload: one self-contained file
//   electron/server/cli.ts    -> dist-electron/server.cjs   browser mode (`npm start` without Electron)
//   the worker threads        -> dist-electron/<bundle>     electron/services/files/worker-table.json
// Every bundle gets the same options (NODE_BUNDLE_OPTIONS in worker-bundles.mjs): better-sqlite3
// (native) and the heavy packages (exceljs, docx, SheetJS) stay in node_modules and the heavy ones
// are required on first use, not at start (electron/services/files/lazy-libraries.ts).
// At run time the bundles find the app root (package.json, dist/renderer, electron/db/migrations)
// one folder up, and the worker bundles beside themselves.
// Usage: node scripts/build-bundles.mjs        (scripts/start.mjs calls buildBundles when sources are newer)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { EXTERNAL_PACKAGES, NODE_BUNDLE_OPTIONS, WORKER_BUNDLES, buildWorkers } from './worker-bundles.mjs';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = 'dist-electron';

/** Electron 45 ships Node 22; browser mode needs Node 20 or newer, which runs node22 output (no newer syntax is used). */
const target = 'node20';

function commonOptions(root) {
  return {
    ...NODE_BUNDLE_OPTIONS,
    absWorkingDir: root,
    target,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  };
}

/** The files one build writes (relative to the app root). */
export function bundleOutputs() {
  return ['main.cjs', 'preload.cjs', 'server.cjs', ...WORKER_BUNDLES.map((w) => w.outName)].map((f) => path.join(BUNDLE_DIR, f));
}

/** The newest modification time in a file or folder tree (node_modules and dot folders aside). */
export function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** True when a bundle is missing or older than a source it is built from. */
export function bundlesStale(root = defaultRoot) {
  let oldest = Infinity;
  for (const rel of bundleOutputs()) {
    const t = newestMtime(path.join(root, rel));
    if (t === 0) return true;
    oldest = Math.min(oldest, t);
  }
  const sources = ['electron', 'shared', 'resources', 'package.json', 'scripts/build-bundles.mjs', 'scripts/worker-bundles.mjs'];
  return sources.some((s) => newestMtime(path.join(root, s)) > oldest);
}

/** Builds every bundle into <root>/dist-electron. Throws with the esbuild errors or a failed check. */
export async function buildBundles({ root = defaultRoot, quiet = false } = {}) {
  const outDir = path.join(root, BUNDLE_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const common = commonOptions(root);

  const [main, preload, server, workers] = await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: path.join(outDir, 'main.cjs'),
      external: ['electron', ...EXTERNAL_PACKAGES],
    }),
    // A sandboxed preload can only require('electron') (and a few built-ins): bundle the rest.
    build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: path.join(outDir, 'preload.cjs'), external: ['electron'] }),
    build({ ...common, entryPoints: ['electron/server/cli.ts'], outfile: path.join(outDir, 'server.cjs') }),
    buildWorkers(root, outDir, common),
  ]);
  const problems = [];
  for (const r of [main, preload, server, ...workers]) {
    for (const w of r.warnings) problems.push(`${w.location ? `${w.location.file}:${w.location.line}: ` : ''}${w.text}`);
  }

  const preloadImports = Object.values(preload.metafile.outputs).flatMap((o) => o.imports);
  const badImports = preloadImports.filter((i) => i.external && i.path !== 'electron').map((i) => i.path);
  if (badImports.length) problems.push(`preload must only require electron, found: ${badImports.join(', ')}`);
  const preloadPackages = Object.keys(preload.metafile.inputs).filter((i) => i.includes('node_modules'));
  if (preloadPackages.length) problems.push(`preload must not bundle packages: ${preloadPackages.slice(0, 5).join(', ')}`);
  for (const rel of bundleOutputs()) {
    if (/\bimport\.meta\b/.test(fs.readFileSync(path.join(root, rel), 'utf8'))) problems.push(`${rel} still contains import.meta`);
  }
  if (problems.length) throw new Error(problems.join('\n'));

  if (!quiet) {
    for (const rel of bundleOutputs())
      console.log(`${rel.split(path.sep).join('/')}  ${(fs.statSync(path.join(root, rel)).size / 1024).toFixed(1)} KB`);
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  buildBundles().catch((e) => {
    console.error(e?.errors?.length ? e.errors.map((x) => x.text).join('\n') : (e?.message ?? e));
    process.exit(1);
  });
}
