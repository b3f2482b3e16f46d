// Main-thread side of the sheet worker (worker.ts). Big files and the formats read by SheetJS go
// to a worker thread with a memory cap and a time limit, so that a hostile file meets the
// worker's limits rather than the app's, and the app keeps answering while a list is read. A
// worker reads one file and is stopped: a file is read once, and a stopped worker gives its
// memory back before the rows are checked.
// Where the worker code comes from: see ../worker-entry.ts. Without worker code, files are read
// in-process (same guard and limits, no memory cap).
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/api/result';
import { locateWorkerEntry, sizeFromEnv, type WorkerSpec } from '../worker-entry';
import { damagedFile, openXlsxParts, readSpreadsheet, readXlsxParts, sniffFormat } from './read';
import type { WorkbookData } from './types';
import { SHEET_WORKER_MARK, type FromWorker, type ToWorker } from './worker';

/**
 * .csv files smaller than this are read in-process: starting a worker costs more than it saves.
 * CONGDOAN_SHEET_WORKER_MIN_BYTES overrides it (tests: 'Infinity' never uses the worker, '0'
 * always does, .xlsx included).
 */
function workerMinBytes(): number {
  return sizeFromEnv('CONGDOAN_SHEET_WORKER_MIN_BYTES', 512 * 1024);
}

/**
 * An .xlsx whose checked parts inflate to no more than this is parsed in-process, right after the
 * zip guard (the scanner is linear and keeps about the size of the parts): a worker starts cold and
 * its rows must be copied back, which costs more than the parse of a 50,000-row list. Bigger ones
 * go to a worker, under its memory cap.
 */
const XLSX_IN_PROCESS_MAX_BYTES = 64 * 1024 * 1024;

const MEMORY_MB = 512;
const YOUNG_MB = 48;
const TIMEOUT_MS = 120_000;

let spec: WorkerSpec | null | undefined;
let warned = false;

function locate(): WorkerSpec | null {
  spec ??= locateWorkerEntry({ worker: 'sheet', mark: SHEET_WORKER_MARK });
  return spec;
}

type WorkerEvent = FromWorker | { type: 'ready' } | { type: 'failed'; oom: boolean };

class Thread {
  ready = false;
  private listener: ((m: WorkerEvent) => void) | null = null;
  private early: WorkerEvent[] = [];

  constructor(readonly worker: Worker) {
    const deliver = (m: WorkerEvent) => {
      if (m.type === 'ready') this.ready = true;
      if (this.listener) this.listener(m);
      else if (m.type !== 'ready') this.early.push(m);
    };
    worker.on('message', (m: FromWorker | { type: 'ready' }) => deliver(m));
    worker.on('error', (e: NodeJS.ErrnoException) => deliver({ type: 'failed', oom: e?.code === 'ERR_WORKER_OUT_OF_MEMORY' }));
    worker.on('exit', () => deliver({ type: 'failed', oom: false }));
  }

  listen(fn: ((m: WorkerEvent) => void) | null): void {
    this.listener = fn;
    if (fn) for (const m of this.early.splice(0)) fn(m);
  }

  stop(): void {
    this.listen(null);
    void this.worker.terminate();
  }
}

function startThread(s: WorkerSpec): Thread | null {
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

/** Reads every sheet of an untrusted spreadsheet (see read.ts), in a worker thread where it is worth it. */
export async function readSpreadsheetFile(data: Buffer, fileName: string): Promise<WorkbookData> {
  const format = sniffFormat(data, fileName);
  if (format === 'xlsx' && workerMinBytes() !== 0) {
    const parts = await openXlsxParts(data, fileName);
    let size = 0;
    for (const part of parts.values()) size += part.length;
    if (size <= XLSX_IN_PROCESS_MAX_BYTES) {
      return readXlsxParts(parts, fileName);
    }
  }
  const wantsWorker =
    data.length >= workerMinBytes() || ((format === 'xls' || format === 'ods' || format === 'html') && workerMinBytes() !== Infinity);
  const s = wantsWorker ? locate() : null;
  const thread = s ? startThread(s) : null;
  if (!thread) return readSpreadsheet(data, fileName);
  return new Promise<WorkbookData>((resolve, reject) => {
    let finished = false;
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
      reject(e instanceof AppError ? e : damagedFile(fileName));
    };
    thread.listen((m) => {
      if (finished) return;
      switch (m.type) {
        case 'ready':
          return;
        case 'done':
          end();
          thread.stop();
          resolve(m.workbook);
          return;
        case 'error':
          end();
          thread.stop();
          reject(new AppError('BAD_FILE', m.message));
          return;
        case 'failed':
          if (!thread.ready) {
            // The worker could not even load its code: not the file's fault.
            end();
            thread.stop();
            if (!warned) {
              warned = true;
              console.warn('[sheets] worker did not start; reading spreadsheets in-process.');
            }
            readSpreadsheet(data, fileName).then(resolve, reject);
            return;
          }
          fail(
            m.oom
              ? new AppError(
                  'BAD_FILE',
                  `Tệp "${fileName}": tệp cần quá nhiều bộ nhớ để đọc (có thể là tệp độc hại hoặc quá lớn). Tệp không được nhập.`,
                )
              : damagedFile(fileName),
          );
      }
    });
    // A copy: the caller keeps its buffer (it is hashed and stored afterwards).
    const copy = new Uint8Array(data);
    const msg: ToWorker = { type: 'start', fileName, data: copy };
    thread.worker.postMessage(msg, [copy.buffer]);
  });
}
