// The worker threads that parse untrusted files, bundled beside the Electron main bundle (see
// electron/services/files/worker-entry.ts). Used by scripts/build-electron.mjs, and by
// `npm run bench` so that it measures the workers as the packaged app runs them.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const WORKER_BUNDLES = [
  // Report files from USB sticks are parsed in worker threads with a memory cap (see parse-pool.ts).
  { entry: 'electron/services/reports/parse-worker.ts', outName: 'report-parse-worker.cjs', envVar: 'CONGDOAN_REPORT_WORKER' },
  // Member and unit lists (.xlsx, .xls, .ods, .csv) are read in a worker thread with a memory cap (see files/sheets/worker-host.ts).
  { entry: 'electron/services/files/sheets/worker.ts', outName: 'sheet-worker.cjs', envVar: 'CONGDOAN_SHEET_WORKER' },
];

/** Runtime dependencies stay in node_modules (electron-builder copies them into the package). */
export function runtimeDependencies(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return Object.keys(pkg.dependencies ?? {});
}

/** Bundles every worker into outDir; `common` holds the shared esbuild options. Returns the esbuild results. */
export function buildWorkers(root, outDir, common) {
  const external = runtimeDependencies(root);
  return Promise.all(
    WORKER_BUNDLES.map((w) =>
      build({
        ...common,
        absWorkingDir: root,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        entryPoints: [w.entry],
        outfile: path.join(outDir, w.outName),
        external,
      }),
    ),
  );
}
