// Worker thread entry: copies the pages of a big write from the WAL into the database file (a
// checkpoint) on a connection of its own, so that the main thread answers meanwhile.
//   main → worker  { file }
//   worker → main  { type: 'ready' } then { type: 'done', log, checkpointed } | { type: 'error', message }
import { parentPort, workerData } from 'node:worker_threads';
import { checkpointFile } from './checkpoint-repo';

export const CHECKPOINT_WORKER_MARK = 'congdoan-checkpoint';

export type ToCheckpointWorker = { file: string };
export type FromCheckpointWorker =
  { type: 'ready' } | { type: 'done'; log: number; checkpointed: number } | { type: 'error'; message: string };

// workerData.mark is set by the host, so importing this module anywhere else never grabs a port.
if (parentPort && (workerData as { mark?: string } | null)?.mark === CHECKPOINT_WORKER_MARK) {
  const port = parentPort;
  const send = (m: FromCheckpointWorker) => port.postMessage(m);
  port.on('message', ({ file }: ToCheckpointWorker) => {
    try {
      send({ type: 'done', ...checkpointFile(file) });
    } catch (e) {
      send({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  });
  send({ type: 'ready' });
}
