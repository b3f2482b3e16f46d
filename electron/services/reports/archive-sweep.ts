// The archive of received reports keeps one copy per file, named by its SHA-256, for the
// submissions that point to it. A commit interrupted by a crash or power cut (archive copies are
// written before the transaction) may leave temporary files or copies nothing points to: they are
// removed when the app starts (one app per data folder, so no commit is running then).
import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../context';
import { archiveDir } from './import';
import { usedArchiveHashes } from './submissions-repo';

const COPY = /^[0-9a-f]{64}\.xlsx$/;

/** Removes leftovers; returns how many files went. Never throws: a sweep must not stop the app. */
export function sweepReportArchive(ctx: ServiceContext): number {
  const dir = archiveDir(ctx);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  try {
    const used = usedArchiveHashes(ctx);
    for (const name of names) {
      const leftover = name.endsWith('.tmp') || (COPY.test(name) && !used.has(name.slice(0, 64)));
      if (!leftover) continue;
      try {
        fs.rmSync(path.join(dir, name), { force: true });
        removed++;
      } catch {
        // in use or read-only: tried again next start
      }
    }
  } catch (e) {
    console.error('[reports] archive sweep failed:', e);
  }
  return removed;
}
