// Main-thread side of the member sheet worker (sheet-worker.ts): gives a big file to a worker (the
// one kept from the last file, or a new one), answers its "read this sheet?" questions and hands
// its rows to the caller as they arrive.
// Where the worker code comes from: see files/worker-entry.ts (CONGDOAN_MEMBER_WORKER, then
// dist-electron/member-sheet-worker.cjs, then the TypeScript source through tsx). When no worker
// can be found or started, the file is read in-process (same guard, same limits, no memory cap).
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import { locateWorkerEntry, type WorkerSpec } from '../files/worker-entry';
import type { FromWorker, ToWorker } from './sheet-worker';
import type { RawRow, SheetHead } from './xlsx-stream';

export const MEMBER_WORKER_MARK = 'congdoan-member-sheet-reader';

/**
 * Files smaller than this are read in-process: starting a worker costs more than it saves.
 * CONGDOAN_MEMBER_WORKER_MIN_BYTES overrides it (tests; 'Infinity' never uses the worker).
 */
export function workerMinBytes(): number {
  const v = Number(process.env.CONGDOAN_MEMBER_WORKER_MIN_BYTES);
  return process.env.CONGDOAN_MEMBER_WORKER_MIN_BYTES && !Number.isNaN(v) ? v : 512 * 1024;
}

const MEMORY_MB = 768;
/** exceljs allocates a lot of short-lived objects: a big young generation halves the time spent in GC. */
const YOUNG_MB = 64;
const TIMEOUT_MS = 180_000;

/** A worker that read a file cleanly is kept this long for the next one (a preview is followed by its import). */
const IDLE_MS = 60_000;

let spec: WorkerSpec | null | undefined;
let warned = false;

function locate(): WorkerSpec | null {
  if (spec === undefined) {
    spec = locateWorkerEntry({
      envVar: 'CONGDOAN_MEMBER_WORKER',
      bundledName: 'member-sheet-worker.cjs',
      sourceEntry: path.join('electron', 'services', 'members', 'sheet-worker.ts'),
      mark: MEMBER_WORKER_MARK,
    });
  }
  return spec;
}

export interface SheetWorker {
  /** Reads the file (already checked by the xlsx guard); same contract as readSheets in xlsx-stream.ts. */
  read(
    data: Buffer,
    fileName: string,
    decide: (head: SheetHead) => boolean,
    onRow: (r: number, row: RawRow) => void,
  ): Promise<string | null>;
  /** Gives the worker back without reading (e.g. the guard refused the file). */
  cancel(): void;
}

type WorkerEvent = FromWorker | { type: 'ready' } | { type: 'failed'; oom: boolean };

/**
 * One worker thread and whoever uses it now. Events that arrive while nobody listens (the worker
 * loading its code) are kept for the next listener.
 */
class Thread {
  ready = false;
  dead = false;
  private listener: ((m: WorkerEvent) => void) | null = null;
  private early: WorkerEvent[] = [];
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(readonly worker: Worker) {
    const deliver = (m: WorkerEvent) => {
      if (m.type === 'ready') this.ready = true;
      if (m.type === 'failed') this.dead = true;
      if (this.listener) this.listener(m);
      else this.early.push(m);
    };
    worker.on('message', (m: FromWorker | { type: 'ready' }) => deliver(m));
    worker.on('error', (e: NodeJS.ErrnoException) => deliver({ type: 'failed', oom: e?.code === 'ERR_WORKER_OUT_OF_MEMORY' }));
    worker.on('exit', () => deliver({ type: 'failed', oom: false }));
  }

  listen(fn: ((m: WorkerEvent) => void) | null): void {
    this.listener = fn;
    if (fn) for (const m of this.early.splice(0)) fn(m);
  }

  park(): void {
    this.listen(null);
    this.worker.unref(); // a kept worker does not keep the app (or a test run) alive
    this.idleTimer = setTimeout(() => {
      if (parked === this) parked = null;
      this.stop();
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  unpark(): void {
    this.worker.ref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  stop(): void {
    this.dead = true;
    this.listen(null);
    void this.worker.terminate();
  }
}

/** The worker kept after its last file, if any. */
let parked: Thread | null = null;

function takeThread(s: WorkerSpec): Thread | null {
  const kept = parked;
  parked = null;
  if (kept) {
    kept.unpark();
    if (!kept.dead) return kept;
    kept.stop();
  }
  try {
    return new Thread(
      new Worker(s.file, {
        eval: s.eval,
        workerData: s.workerData,
        resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB, maxYoungGenerationSizeMb: YOUNG_MB, stackSizeMb: 4 },
        stdout: false,
        stderr: false,
      }),
    );
  } catch {
    return null;
  }
}

/** Keeps a worker that is in a clean state (between files) for the next file; one at most. */
function giveBack(t: Thread): void {
  if (t.dead || parked) {
    t.stop();
    return;
  }
  parked = t;
  t.park();
}

const damaged = (fileName: string) =>
  new AppError(
    'BAD_FILE',
    `Tệp "${fileName}": tệp đã bị hỏng, Excel không đọc được nội dung. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.`,
  );

/**
 * A worker for one file: the one kept from the last file, or one started now (it loads its code
 * while the caller runs the guard). Null when there is no worker code. `inProcess` is used if the
 * worker cannot start at all. A worker that failed, timed out or was refused a file is stopped,
 * never reused.
 */
export function startSheetWorker(
  inProcess: (
    data: Buffer,
    fileName: string,
    decide: (head: SheetHead) => boolean,
    onRow: (r: number, row: RawRow) => void,
  ) => Promise<string | null>,
): SheetWorker | null {
  const s = locate();
  if (!s) return null;
  const thread = takeThread(s);
  if (!thread) return null;
  let finished = false;

  return {
    cancel() {
      if (finished) return;
      finished = true;
      giveBack(thread);
    },
    read(data, fileName, decide, onRow) {
      return new Promise<string | null>((resolve, reject) => {
        const timer = setTimeout(() => {
          fail(
            new AppError(
              'BAD_FILE',
              `Tệp "${fileName}": đọc tệp quá lâu (hơn ${Math.round(TIMEOUT_MS / 1000)} giây), có thể tệp quá lớn hoặc bị hỏng. Tệp không được nhập.`,
            ),
          );
        }, TIMEOUT_MS);
        const end = () => {
          finished = true;
          clearTimeout(timer);
        };
        const fail = (e: unknown) => {
          if (finished) return;
          end();
          thread.stop();
          reject(e instanceof AppError ? e : damaged(fileName));
        };
        const post = (m: ToWorker, transfer?: ArrayBuffer[]) => thread.worker.postMessage(m, transfer);
        thread.listen((m) => {
          if (finished) return;
          try {
            switch (m.type) {
              case 'ready':
                return;
              case 'head':
                post({ type: 'decision', take: decide(m.head) });
                return;
              case 'rows':
                for (const [r, row] of m.rows) onRow(r, row);
                return;
              case 'done':
                end();
                giveBack(thread);
                resolve(m.sheetName);
                return;
              case 'error':
                fail(new AppError('BAD_FILE', m.message));
                return;
              case 'failed':
                if (!thread.ready) {
                  // The worker could not even load its code: not the file's fault.
                  end();
                  thread.stop();
                  if (!warned) {
                    warned = true;
                    console.warn('[members] sheet worker did not start; reading member lists in-process.');
                  }
                  inProcess(data, fileName, decide, onRow).then(resolve, reject);
                  return;
                }
                fail(
                  m.oom
                    ? new AppError(
                        'BAD_FILE',
                        `Tệp "${fileName}": tệp cần quá nhiều bộ nhớ để đọc (có thể là tệp độc hại hoặc quá lớn). Tệp không được nhập.`,
                      )
                    : damaged(fileName),
                );
                return;
            }
          } catch (e) {
            fail(e);
          }
        });
        if (!finished) {
          // A copy: the caller keeps its buffer (it is hashed and stored afterwards).
          const copy = new Uint8Array(data);
          post({ type: 'start', fileName, data: copy }, [copy.buffer]);
        }
      });
    },
  };
}
