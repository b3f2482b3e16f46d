// Worker thread entry: reads an untrusted spreadsheet off the main thread, under the worker's
// memory cap, and sends back every sheet.
//   main → worker  { type: 'start', fileName, data }
//   worker → main  { type: 'done', workbook } | { type: 'error', message }
// A worker that answered 'done' may get another 'start' (see worker-host.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { asBadFile, readSpreadsheet } from './read';
import type { WorkbookData } from './types';

export const SHEET_WORKER_MARK = 'congdoan-sheet-reader';

export type ToWorker = { type: 'start'; fileName: string; data: Uint8Array };
export type FromWorker = { type: 'done'; workbook: WorkbookData } | { type: 'error'; message: string };

// workerData.mark is set by the host, so importing this module anywhere else never grabs a port.
if (parentPort && (workerData as { mark?: string } | null)?.mark === SHEET_WORKER_MARK) {
  const port = parentPort;
  const send = (m: FromWorker | { type: 'ready' }) => port.postMessage(m);
  port.on('message', async (m: ToWorker) => {
    try {
      const data = Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
      send({ type: 'done', workbook: await readSpreadsheet(data, m.fileName) });
    } catch (e) {
      send({ type: 'error', message: asBadFile(e, m.fileName).message });
    }
  });
  send({ type: 'ready' });
}
