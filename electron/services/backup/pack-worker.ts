// Worker thread entry: snapshots, packs, writes and checks a backup off the main thread (pack.ts), so
// that the app keeps answering while a big register is copied, compressed, hashed and checked.
//   main → worker  { type: 'start', job }
//   worker → main  { type: 'step', phase, percent } … then { type: 'done', result } | { type: 'error', … }
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import { packAndVerify, type PackJob, type PackResult } from './pack';

export const BACKUP_WORKER_MARK = 'congdoan-backup-packer';

export type ToPackWorker = { type: 'start'; job: PackJob };
/** An error as it crosses the thread: an AppError keeps its code and message, a system error its errno code. */
export type PackFailure = { appCode: string | null; message: string; fields?: Record<string, string>; errno: string | null };
export type FromPackWorker =
  { type: 'step'; phase: string; percent: number } | { type: 'done'; result: PackResult } | ({ type: 'error' } & PackFailure);

export function failureOf(e: unknown): PackFailure {
  if (e instanceof AppError) return { appCode: e.code, message: e.message, fields: e.fields, errno: null };
  const errno = (e as { code?: unknown } | null)?.code;
  return { appCode: null, message: e instanceof Error ? e.message : String(e), errno: typeof errno === 'string' ? errno : null };
}

// workerData.mark is set by the host, so importing this module anywhere else never grabs a port.
if (parentPort && (workerData as { mark?: string } | null)?.mark === BACKUP_WORKER_MARK) {
  const port = parentPort;
  const send = (m: FromPackWorker | { type: 'ready' }) => port.postMessage(m);
  port.on('message', (m: ToPackWorker) => {
    packAndVerify(m.job, (phase, percent) => send({ type: 'step', phase, percent })).then(
      (result) => send({ type: 'done', result }),
      (e: unknown) => send({ type: 'error', ...failureOf(e) }),
    );
  });
  send({ type: 'ready' });
}
