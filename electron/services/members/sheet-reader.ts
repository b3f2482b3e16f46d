// Main-thread side of the member sheet worker (sheet-worker.ts): starts a worker for one big file,
// answers its "read this sheet?" questions and hands its rows to the caller as they arrive.
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
const YOUNG_MB = 128;
const TIMEOUT_MS = 180_000;

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
  /** Stops the worker without reading (e.g. the guard refused the file). */
  cancel(): void;
}

const damaged = (fileName: string) =>
  new AppError('BAD_FILE', `Tệp "${fileName}": tệp đã bị hỏng, Excel không đọc được nội dung. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.`);

/**
 * Starts a worker now (it loads its code while the caller runs the guard), or returns null when
 * there is no worker code. `inProcess` is used if the worker cannot start at all.
 */
export function startSheetWorker(
  inProcess: (data: Buffer, fileName: string, decide: (head: SheetHead) => boolean, onRow: (r: number, row: RawRow) => void) => Promise<string | null>,
): SheetWorker | null {
  const s = locate();
  if (!s) return null;
  let worker: Worker;
  try {
    worker = new Worker(s.file, {
      eval: s.eval,
      workerData: s.workerData,
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB, maxYoungGenerationSizeMb: YOUNG_MB, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
  } catch {
    return null;
  }
  let ready = false;
  let finished = false;
  let onEvent: ((m: FromWorker | { type: 'ready' } | { type: 'failed'; oom: boolean }) => void) | null = null;
  const early: (FromWorker | { type: 'ready' } | { type: 'failed'; oom: boolean })[] = [];
  const deliver = (m: FromWorker | { type: 'ready' } | { type: 'failed'; oom: boolean }) => {
    if (m.type === 'ready') ready = true;
    if (onEvent) onEvent(m);
    else early.push(m);
  };
  worker.on('message', (m: FromWorker | { type: 'ready' }) => deliver(m));
  worker.on('error', (e: NodeJS.ErrnoException) => deliver({ type: 'failed', oom: e?.code === 'ERR_WORKER_OUT_OF_MEMORY' }));
  worker.on('exit', () => {
    if (!finished) deliver({ type: 'failed', oom: false });
  });
  const stop = () => {
    finished = true;
    void worker.terminate();
  };

  return {
    cancel: stop,
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
        const fail = (e: unknown) => {
          if (finished) return;
          clearTimeout(timer);
          stop();
          reject(e instanceof AppError ? e : damaged(fileName));
        };
        const post = (m: ToWorker, transfer?: ArrayBuffer[]) => worker.postMessage(m, transfer);
        onEvent = (m) => {
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
                clearTimeout(timer);
                stop();
                resolve(m.sheetName);
                return;
              case 'error':
                fail(new AppError('BAD_FILE', m.message));
                return;
              case 'failed':
                if (!ready) {
                  // The worker could not even load its code: not the file's fault.
                  clearTimeout(timer);
                  stop();
                  if (!warned) {
                    warned = true;
                    console.warn('[members] sheet worker did not start; reading member lists in-process.');
                  }
                  inProcess(data, fileName, decide, onRow).then(resolve, reject);
                  return;
                }
                fail(
                  m.oom
                    ? new AppError('BAD_FILE', `Tệp "${fileName}": tệp cần quá nhiều bộ nhớ để đọc (có thể là tệp độc hại hoặc quá lớn). Tệp không được nhập.`)
                    : damaged(fileName),
                );
                return;
            }
          } catch (e) {
            fail(e);
          }
        };
        for (const m of early.splice(0)) onEvent(m);
        if (!finished) {
          // A copy: the caller keeps its buffer (it is hashed and stored afterwards).
          const copy = new Uint8Array(data);
          post({ type: 'start', fileName, data: copy }, [copy.buffer]);
        }
      });
    },
  };
}
