// Finds the code of a worker thread (named in worker-table.json), for the bundled app (desktop and
// `npm start` browser mode) and for the TypeScript sources run under tsx (tests, `npm run web`):
//  1. the file named by the worker's environment variable (a compiled .js/.cjs file), if set;
//  2. its bundle next to the running bundle (scripts/build-bundles.mjs writes it; electron-builder.yml
//     lists it in asarUnpack because worker_threads cannot start a script from inside app.asar);
//  3. its TypeScript source (relative to the app root), loaded through tsx's API.
// Returns null when none is found (callers then work in-process).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WORKERS, type WorkerName } from './worker-table';

export type WorkerSpec = { file: string; eval: boolean; workerData: Record<string, unknown> };

/**
 * A size threshold from the environment variable `name` when set to a number ('0': always,
 * 'Infinity': never — tests use both), else `fallback`.
 */
export function sizeFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const v = Number(raw);
  return raw && !Number.isNaN(v) ? v : fallback;
}

const TSX_API = path.join('node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs');

const EVAL_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi)
  .then((m) => m.tsImport(workerData.entry, workerData.entry))
  .catch((e) => { console.error(e); process.exit(1); });
`;

function findUp(from: string, rel: string): string | null {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, rel))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

export function locateWorkerEntry(opts: { worker: WorkerName; mark: string }): WorkerSpec | null {
  const identity = WORKERS[opts.worker];
  const bundledName = identity.bundle;
  const sourceEntry = path.join(...identity.entry.split('/'));
  const workerData = { mark: opts.mark };
  const override = process.env[identity.env];
  if (override && fs.existsSync(override)) return { file: override, eval: false, workerData };
  const here = typeof __dirname === 'string' ? __dirname : null;
  if (here && fs.existsSync(path.join(here, bundledName))) {
    // Packaged app: the worker is unpacked beside app.asar (electron-builder asarUnpack).
    const file = path.join(here, bundledName).replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    return { file, eval: false, workerData };
  }
  const starts = [here, process.argv[1] ? path.dirname(process.argv[1]) : null, process.cwd()].filter((s): s is string => !!s);
  for (const start of starts) {
    const root = findUp(start, sourceEntry);
    if (root && fs.existsSync(path.join(root, TSX_API))) {
      return {
        file: EVAL_BOOTSTRAP,
        eval: true,
        workerData: {
          ...workerData,
          entry: pathToFileURL(path.join(root, sourceEntry)).href,
          tsxApi: pathToFileURL(path.join(root, TSX_API)).href,
        },
      };
    }
  }
  return null;
}
