// Big writes (a member list of 50,000 rows) commit without SQLite's automatic checkpoint, which
// would copy every page of the write from the WAL into the database file, with an fsync, before
// COMMIT returns (about 0.2 s on a 2-core laptop). A worker thread does that copy instead on its
// own connection, as SQLite's documentation suggests for applications that cannot wait for it
// (https://sqlite.org/wal.html#application_initiated_checkpoints). Until it has run, readers read
// the new pages from the WAL, as they do between any two checkpoints. Without worker code (see
// ../files/worker-entry.ts) the commit checkpoints as usual.
import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { locateWorkerEntry, type WorkerSpec } from '../files/worker-entry';
import { commitTransaction } from './checkpoint-repo';
import { CHECKPOINT_WORKER_MARK, type FromCheckpointWorker, type ToCheckpointWorker } from './checkpoint-worker';

let spec: WorkerSpec | null | undefined;
let warned = false;
/** The checkpoint running or queued for each database file. */
const pending = new Map<string, Promise<void>>();

/**
 * COMMITs the open transaction of `db` (the database `file`); when it wrote much (`big`, the
 * caller knows), the checkpoint of what it wrote is left to a worker thread. A small write commits
 * as usual: starting a worker would cost more than the checkpoint. Throws as COMMIT does.
 */
export function commitWithBackgroundCheckpoint(db: Database.Database, file: string, big: boolean): void {
  if (big) spec ??= locateWorkerEntry({ worker: 'checkpoint', mark: CHECKPOINT_WORKER_MARK });
  commitTransaction(db, !big || !spec);
  if (!big || !spec) return;
  const before = pending.get(file) ?? Promise.resolve();
  const next = before.then(() => checkpointInWorker(spec!, file));
  pending.set(file, next);
  void next.then(() => {
    if (pending.get(file) === next) pending.delete(file);
  });
}

/** Resolves once no checkpoint of `file` is running (before the file is swapped or removed). */
export function checkpointsSettled(file: string): Promise<void> {
  return pending.get(file) ?? Promise.resolve();
}

/** Never rejects: a checkpoint that could not run leaves the pages in the WAL, where they are safe. */
function checkpointInWorker(s: WorkerSpec, file: string): Promise<void> {
  return new Promise<void>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(s.file, { eval: s.eval, workerData: s.workerData, stdout: false, stderr: false });
    } catch (e) {
      lost(e);
      resolve();
      return;
    }
    // A checkpoint cut short by the app closing is harmless: SQLite finishes it at the next one.
    worker.unref();
    let finished = false;
    const finish = (problem?: unknown) => {
      if (finished) return;
      finished = true;
      if (problem) lost(problem);
      void worker.terminate().finally(resolve);
    };
    worker.on('message', (m: FromCheckpointWorker) => {
      if (m.type === 'ready') worker.postMessage({ file } satisfies ToCheckpointWorker);
      else finish(m.type === 'error' ? m.message : undefined);
    });
    worker.on('error', finish);
    worker.on('exit', () => finish('the checkpoint worker stopped'));
  });
}

function lost(problem: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(
    `[checkpoint] background checkpoint failed (${problem instanceof Error ? problem.message : String(problem)}); SQLite checkpoints at a later commit.`,
  );
}
