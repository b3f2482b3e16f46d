// Every worker thread, named once: its TypeScript entry, the bundle the build writes beside the app
// bundle (dist-electron/<bundle>, unpacked from app.asar) and the environment variable that may
// point at a compiled copy. The table is JSON so that the build (scripts/worker-bundles.mjs), the
// runtime (worker-entry.ts) and the packaging check (test/unit/packaging) read the same file.
//  - report-parse: report files from USB sticks, parsed with a memory cap (reports/parse-pool.ts);
//  - sheet: member and unit lists (.xlsx, .xls, .ods, .csv), read with a memory cap (sheets/worker-host.ts);
//  - backup: a backup packed, written and checked off the main thread (backup/pack-host.ts);
//  - checkpoint: the WAL of a big write copied into the database file (checkpoint/checkpoint-host.ts).
import table from './worker-table.json';

export interface WorkerIdentity {
  /** TypeScript source, relative to the app root, with '/' separators. */
  entry: string;
  /** File name of the bundle beside the app bundle. */
  bundle: string;
  /** Environment variable naming a compiled copy (tests, `npm run bench`). */
  env: string;
}

export type WorkerName = keyof typeof table;

export const WORKERS: Record<WorkerName, WorkerIdentity> = table;
