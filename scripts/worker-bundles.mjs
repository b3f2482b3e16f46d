// The worker threads (untrusted files parsed, backups packed, checkpoints run off the main thread),
// bundled beside the app bundles. Their identity
// (entry, bundle name, environment variable) comes from electron/services/files/worker-table.json,
// the table the runtime (worker-entry.ts) and the packaging test read too. Used by
// scripts/build-bundles.mjs, and by `npm run bench` so that it measures the workers as the app runs them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const tableFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'services', 'files', 'worker-table.json');

export const WORKER_BUNDLES = Object.values(JSON.parse(fs.readFileSync(tableFile, 'utf8'))).map((w) => ({
  entry: w.entry,
  outName: w.bundle,
  envVar: w.env,
}));

/**
 * Packages the bundles leave in node_modules (electron-builder copies the production dependencies
 * into the package): better-sqlite3 because it is native, and the heavy ones because they are
 * required on first use, not at start (electron/services/files/lazy-libraries.ts). The other
 * dependencies (zod, fflate, saxes) are bundled: one file loads faster than hundreds.
 */
export const EXTERNAL_PACKAGES = ['better-sqlite3', 'exceljs', 'docx', '@e965/xlsx'];

/** Options every Node bundle of the app gets (server, Electron main, workers). */
export const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: EXTERNAL_PACKAGES,
  // import.meta has no meaning in CommonJS: `import.meta.url` becomes the bundle's own file URL.
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: 'var __bundleFileUrl = require("node:url").pathToFileURL(__filename).href;' },
};

/** Bundles every worker into outDir; `common` holds further esbuild options (target, sourcemap…). Returns the esbuild results. */
export function buildWorkers(root, outDir, common) {
  return Promise.all(
    WORKER_BUNDLES.map((w) =>
      build({
        ...common,
        ...NODE_BUNDLE_OPTIONS,
        absWorkingDir: root,
        entryPoints: [w.entry],
        outfile: path.join(outDir, w.outName),
      }),
    ),
  );
}
