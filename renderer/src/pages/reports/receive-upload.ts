import type { ImportPreview } from '../../../../shared/reports/schema';
import { MAX_FILE_BYTES } from '../../../../shared/reports/schema';
import { call } from '../../api/client';
import { fileToBase64 } from '../../lib/files';

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;
/** Keep each upload request well under the server's 80 MB body limit (base64 adds a third). */
const CHUNK_BYTES = 30 * 1024 * 1024;

/** The spreadsheets among picked files (the lock files Excel and LibreOffice leave beside open ones left out). */
export function reportFilesOf(picked: readonly File[]): File[] {
  return picked.filter((f) => SPREADSHEET.test(f.name) && !f.name.startsWith('~$') && !f.name.startsWith('.~lock'));
}

/**
 * Sends picked report files to be read, in requests of at most CHUNK_BYTES, all into one batch;
 * `onSent` hears how many files have gone. Returns the preview of the whole batch.
 */
export async function uploadReportFiles(roundId: number, files: File[], onSent: (sent: number) => void): Promise<ImportPreview | null> {
  let batchId: string | undefined;
  let chunk: { fileName: string; dataBase64: string; size?: number }[] = [];
  let size = 0;
  let sent = 0;
  let last: ImportPreview | null = null;
  const flush = async () => {
    if (!chunk.length) return;
    last = await call('reports.previewUpload', { roundId, files: chunk, ...(batchId ? { batchId } : {}) });
    batchId = last.batchId;
    sent += chunk.length;
    onSent(sent);
    chunk = [];
    size = 0;
  };
  for (const f of files) {
    const fileName = f.webkitRelativePath || f.name;
    // An empty or oversized file gets its own line in the preview, without its content.
    if (f.size === 0 || f.size > MAX_FILE_BYTES) {
      chunk.push({ fileName, dataBase64: '', size: f.size });
      continue;
    }
    if (size + f.size > CHUNK_BYTES) await flush();
    chunk.push({ fileName, dataBase64: await fileToBase64(f) });
    size += f.size;
  }
  await flush();
  return last;
}
