// A small pool of worker threads that parse untrusted report files with a memory cap and a time
// limit, so a hostile or enormous file can neither freeze nor crash the app.
//
// Where the worker code comes from: see ../files/worker-entry.ts (worker "report-parse" of
// ../files/worker-table.json). If none is found the files are parsed in-process (same guard and
// row limits, but no memory cap) and a warning is printed once.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { locateWorkerEntry, type WorkerSpec } from '../files/worker-entry';
import { handleParseRequest, WORKER_MARK, type ParseRequest, type ParseResponse } from './parse-worker';

export interface PoolOptions {
  size?: number;
  /** Per file. */
  timeoutMs?: number;
  /** V8 old-generation heap cap per worker. */
  memoryMb?: number;
  /** Stop idle workers after this long (they are restarted on demand). */
  idleMs?: number;
}

type Spec = WorkerSpec;

/** Finds the worker code (see the note at the top of this file). Exported for tests. */
function locateWorker(): Spec | null {
  return locateWorkerEntry({ worker: 'report-parse', mark: WORKER_MARK });
}

interface Job {
  req: Omit<ParseRequest, 'id'>;
  resolve: (r: ParseResponse) => void;
}

interface Slot {
  worker: Worker;
  job: (Job & { id: number; timer: NodeJS.Timeout }) | null;
  idleTimer: NodeJS.Timeout | null;
}

let warnedInProcess = false;

export class ParsePool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly idleMs: number;
  private readonly spec: Spec | null;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(opts: PoolOptions = {}) {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    this.size = Math.max(1, opts.size ?? Math.min(2, cores));
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.memoryMb = opts.memoryMb ?? 256;
    this.idleMs = opts.idleMs ?? 60_000;
    this.spec = locateWorker();
  }

  /** True when files are parsed in worker threads (false: in-process fallback). */
  get isolated(): boolean {
    return this.spec !== null;
  }

  parse(fileName: string, data: Uint8Array): Promise<ParseResponse> {
    if (!this.spec) {
      if (!warnedInProcess) {
        warnedInProcess = true;
        console.warn('[reports] parse worker not found; parsing report files in-process (no memory limit).');
      }
      return handleParseRequest({ id: 0, fileName, data });
    }
    return new Promise((resolve) => {
      this.queue.push({ req: { fileName, data }, resolve });
      this.pump();
    });
  }

  /** Stops every worker (pending files are answered with an error). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) {
      if (s.job) {
        clearTimeout(s.job.timer);
        s.job.resolve({ id: s.job.id, ok: false, message: `Tệp "${s.job.req.fileName}": việc đọc tệp đã bị dừng.` });
      }
      if (s.idleTimer) clearTimeout(s.idleTimer);
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const spec = this.spec!;
    const worker = new Worker(spec.file, {
      eval: spec.eval,
      workerData: spec.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, job: null, idleTimer: null };
    worker.on('message', (res: ParseResponse) => {
      const job = slot.job;
      if (!job || res.id !== job.id) return;
      clearTimeout(job.timer);
      slot.job = null;
      job.resolve(res);
      this.pump();
    });
    const fail = (why: 'memory' | 'crash') => {
      this.drop(slot);
      const job = slot.job;
      slot.job = null;
      if (job) {
        clearTimeout(job.timer);
        job.resolve({
          id: job.id,
          ok: false,
          message:
            why === 'memory'
              ? `Tệp "${job.req.fileName}": tệp cần quá nhiều bộ nhớ để đọc (có thể là tệp độc hại hoặc quá lớn). Tệp không được nhập.`
              : `Tệp "${job.req.fileName}": không đọc được tệp (tệp hỏng hoặc không đúng định dạng). Hãy mở bằng Excel, lưu lại rồi nhập lại.`,
        });
      }
      this.pump();
    };
    worker.on('error', (e: NodeJS.ErrnoException) => fail(e?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash'));
    worker.on('exit', () => {
      if (this.slots.includes(slot)) fail('crash');
    });
    this.slots.push(slot);
    return slot;
  }

  private drop(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    void slot.worker.terminate();
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const job = this.queue.shift()!;
      const id = this.nextId++;
      if (slot.idleTimer) {
        clearTimeout(slot.idleTimer);
        slot.idleTimer = null;
      }
      slot.worker.ref();
      const s = slot;
      const timer = setTimeout(() => {
        const j = s.job;
        if (!j || j.id !== id) return;
        s.job = null;
        this.drop(s);
        j.resolve({
          id,
          ok: false,
          message: `Tệp "${j.req.fileName}": đọc tệp quá lâu (hơn ${Math.round(this.timeoutMs / 1000)} giây), có thể tệp quá lớn hoặc bị hỏng. Tệp không được nhập.`,
        });
        this.pump();
      }, this.timeoutMs);
      slot.job = { ...job, id, timer };
      slot.worker.postMessage({ id, fileName: job.req.fileName, data: job.req.data } satisfies ParseRequest);
    }
    for (const s of this.slots) {
      if (s.job || s.idleTimer) continue;
      // Idle: do not keep the process alive, and stop after a while to give the memory back.
      s.worker.unref();
      s.idleTimer = setTimeout(() => this.drop(s), this.idleMs);
      s.idleTimer.unref();
    }
  }
}

let shared: ParsePool | null = null;

/** The app-wide pool, created on first use. */
export function parsePool(): ParsePool {
  shared ??= new ParsePool();
  return shared;
}
