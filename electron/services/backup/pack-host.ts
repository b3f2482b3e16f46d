// Main-thread side of the backup packer (pack-worker.ts). For a big register the whole backup after
// its start runs in a worker thread: the snapshot of the database (through a connection of the
// worker's own), packing, writing and checking. Copying, compressing, hashing, reading back and
// SQLite's integrity check of a 70 MB database take seconds of CPU and disk, and the app must keep
// answering meanwhile (the daily backup runs right after start, while the first screen loads). A
// small one is snapshotted and packed in-process: starting a worker costs more than it saves.
// Without worker code (see ../files/worker-entry.ts), or when the worker cannot start, everything
// runs in-process.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/api/result';
import { locateWorkerEntry, sizeFromEnv, type WorkerSpec } from '../files/worker-entry';
import { packAndVerify, type PackJob, type PackResult, type PackStep } from './pack';
import { BACKUP_WORKER_MARK, type FromPackWorker, type PackFailure, type ToPackWorker } from './pack-worker';

/**
 * A register whose database file is at least this big is snapshot and packed in a worker.
 * CONGDOAN_BACKUP_WORKER_MIN_BYTES overrides it (tests: '0' always uses the worker, 'Infinity' never does).
 */
function backupWorkerMinBytes(): number {
  return sizeFromEnv('CONGDOAN_BACKUP_WORKER_MIN_BYTES', 4 * 1024 * 1024);
}

let spec: WorkerSpec | null | undefined;
let warned = false;

function errorOf(f: PackFailure): Error {
  if (f.appCode) return new AppError(f.appCode as ErrorCode, f.message, f.fields);
  // A system error keeps its errno code, so that the caller words it as a disk fault (faults.ts).
  return Object.assign(new Error(f.message), f.errno ? { code: f.errno } : {});
}

/** The size of a database file with its write-ahead log. */
function databaseSize(file: string): number {
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  return size(file) + size(`${file}-wal`);
}

/**
 * Takes the snapshot of `source` (the live database file; null for one that is not a file) and
 * packs, writes and checks one backup (pack.ts): in a worker thread where it is worth it, or
 * in-process, the snapshot then taken by `snapshotHere` on the app's own connection.
 */
export async function runPack(
  job: Omit<PackJob, 'source'>,
  source: string | null,
  snapshotHere: () => Promise<void>,
  step: PackStep,
): Promise<PackResult> {
  const inProcess = async () => {
    await snapshotHere();
    return packAndVerify({ ...job, source: null }, step);
  };
  const big = source !== null && databaseSize(source) >= backupWorkerMinBytes();
  spec ??= big ? locateWorkerEntry({ worker: 'backup', mark: BACKUP_WORKER_MARK }) : undefined;
  let worker: Worker | null = null;
  try {
    if (big && spec) worker = new Worker(spec.file, { eval: spec.eval, workerData: spec.workerData, stdout: false, stderr: false });
  } catch {
    worker = null;
  }
  if (!worker) return inProcess();
  const thread = worker;
  const workerJob: PackJob = { ...job, source };
  return new Promise<PackResult>((resolve, reject) => {
    let ready = false;
    let finished = false;
    // Steps are reported in order, each after the one before has been passed on.
    let steps: Promise<void> = Promise.resolve();
    const finish = (fn: () => void) => {
      if (finished) return;
      finished = true;
      void thread.terminate();
      void steps.then(fn, fn);
    };
    thread.on('message', (m: FromPackWorker | { type: 'ready' }) => {
      if (m.type === 'ready') {
        ready = true;
        const msg: ToPackWorker = { type: 'start', job: workerJob };
        thread.postMessage(msg);
      } else if (m.type === 'step') steps = steps.then(() => step(m.phase, m.percent));
      else if (m.type === 'done') finish(() => resolve(m.result));
      else finish(() => reject(errorOf(m)));
    });
    const lost = () => {
      if (finished) return;
      if (!ready) {
        // The worker could not even load its code: the backup is made in-process.
        finished = true;
        if (!warned) {
          warned = true;
          console.warn('[backup] worker did not start; packing backups in-process.');
        }
        inProcess().then(resolve, reject);
        return;
      }
      finish(() => reject(new AppError('INTERNAL', 'Sao lưu bị ngắt giữa chừng. Hãy thử lại.')));
    };
    thread.on('error', lost);
    thread.on('exit', lost);
  });
}
