// Worker thread entry: parses untrusted report files off the main thread, under the memory limit
// the pool gives it. One request at a time; the pool terminates it on a timeout.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/result';
import { extractReport } from './extract';
import type { ExtractedReport } from './extracted-report';

/** Set in workerData by the pool, so importing this module anywhere else never grabs a port. */
export const WORKER_MARK = 'congdoan-report-parser';

export interface ParseRequest {
  id: number;
  fileName: string;
  data: Uint8Array;
}

export type ParseResponse = { id: number; ok: true; report: ExtractedReport } | { id: number; ok: false; message: string };

export async function handleParseRequest(req: ParseRequest): Promise<ParseResponse> {
  try {
    return { id: req.id, ok: true, report: await extractReport(req.data, req.fileName) };
  } catch (e) {
    const message =
      e instanceof AppError
        ? e.message
        : `Tệp "${req.fileName}": tệp đã bị hỏng hoặc không đọc được. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.`;
    return { id: req.id, ok: false, message };
  }
}

if (parentPort && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) {
  const port = parentPort;
  port.on('message', (req: ParseRequest) => {
    void handleParseRequest(req).then((res) => port.postMessage(res));
  });
}
