import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/result';

export const LOCK_FILE = 'dang-mo.lock';

/** Folders this process holds (a second context in the same process is refused too). */
const heldHere = new Set<string>();

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One app per data folder: a lock file created exclusively, holding the owner's process id. A lock
 * left by a process that no longer runs (killed, power cut) is taken over. Returns the release function.
 */
export function lockDataFolder(dataDir: string, now: Date): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        try {
          const held = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
          if (held.pid === mine.pid && held.since === mine.since) fs.rmSync(file, { force: true });
        } catch {
          // Already gone.
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let held: LockInfo | null;
    try {
      held = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
    } catch {
      held = null; // unreadable or half-written: treated as stale
    }
    const ours = held?.pid === process.pid;
    if (held && held.host === os.hostname() && (ours ? heldHere.has(file) : alive(held.pid))) {
      throw new AppError(
        'CONFLICT',
        'Phần mềm đang được mở với thư mục dữ liệu này (ở một cửa sổ khác hoặc một tab trình duyệt khác). ' +
          'Hãy dùng cửa sổ đang mở; nếu muốn mở lại, hãy đóng cửa sổ kia trước.',
      );
    }
    fs.rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new AppError('CONFLICT', 'Không giữ được thư mục dữ liệu cho phần mềm. Hãy đóng các cửa sổ phần mềm khác rồi mở lại.');
}
