// Worker thread entry for big member lists: reads the rows of an untrusted .xlsx off the main
// thread and streams them back in batches, so that the main thread checks and stages rows while
// the next ones are being parsed (end-to-end time ≈ the longer of the two, not their sum), and a
// hostile file meets the worker's memory cap rather than the app's.
//
// Protocol (one file at a time; a worker that ended a file with 'done' may get another 'start';
// see sheet-reader.ts for the main-thread side):
//   main → worker  { type: 'start', fileName, data }   sent once the xlsx guard has passed
//   worker → main  { type: 'head', head }              first rows of a sheet (merged cells filled in)
//   main → worker  { type: 'decision', take }          read this sheet, or skip it
//   worker → main  { type: 'rows', rows: [r, row][] }  rows of the accepted sheet, in order
//   worker → main  { type: 'done', sheetName | null } | { type: 'error', message }
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import { MEMBER_WORKER_MARK } from './sheet-reader';
import { readSheets, type RawRow, type SheetHead } from './xlsx-stream';

const BATCH_ROWS = 250;

export type ToWorker = { type: 'start'; fileName: string; data: Uint8Array } | { type: 'decision'; take: boolean };
// workerData.mark (MEMBER_WORKER_MARK) is set by the main thread, so importing this module anywhere else never grabs a port.
export type FromWorker =
  | { type: 'head'; head: SheetHead }
  | { type: 'rows'; rows: [number, RawRow][] }
  | { type: 'done'; sheetName: string | null }
  | { type: 'error'; message: string };

if (parentPort && (workerData as { mark?: string } | null)?.mark === MEMBER_WORKER_MARK) {
  const port = parentPort;
  let decided: ((take: boolean) => void) | null = null;
  const send = (m: FromWorker | { type: 'ready' }) => port.postMessage(m);
  port.on('message', (m: ToWorker) => {
    if (m.type === 'decision') {
      const d = decided;
      decided = null;
      d?.(m.take);
      return;
    }
    const data = Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
    let batch: [number, RawRow][] = [];
    readSheets(
      data,
      m.fileName,
      (head) =>
        new Promise<boolean>((resolve) => {
          decided = resolve;
          send({ type: 'head', head });
        }),
      (r, row) => {
        batch.push([r, row]);
        if (batch.length >= BATCH_ROWS) {
          send({ type: 'rows', rows: batch });
          batch = [];
        }
      },
    ).then(
      (sheetName) => {
        if (batch.length) send({ type: 'rows', rows: batch });
        send({ type: 'done', sheetName });
      },
      (e: unknown) => {
        send({
          type: 'error',
          message:
            e instanceof AppError
              ? e.message
              : `Tệp "${m.fileName}": tệp đã bị hỏng, Excel không đọc được nội dung. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.`,
        });
      },
    );
  });
  send({ type: 'ready' });
}
