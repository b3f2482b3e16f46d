// backup.create_100k_s   backup.create of the bench's 100,000-member register plus 300 archived report files,
//                        with a password (the default the clerk is offered), written and read back
// backup.restore_100k_s  backup.restore of that file over the same data folder
// Target: ≤ 5 s each.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ServiceContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import type { Emit } from './run';

const REPORTS = 300;

async function must<T>(ctx: ServiceContext, method: 'backup.create' | 'backup.restore', input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as T;
}

/** Archives 300 report files (about the size of a filled template; compressed already, like .xlsx) and times a backup and a restore. */
export async function measureBackup(ctx: ServiceContext, workDir: string, emit: Emit): Promise<void> {
  const archive = path.join(ctx.dataDir, 'archive', 'reports');
  fs.mkdirSync(archive, { recursive: true });
  for (let i = 0; i < REPORTS; i++) {
    const data = crypto.randomBytes(14_000 + (i % 7) * 1000);
    fs.writeFileSync(path.join(archive, `${crypto.createHash('sha256').update(data).digest('hex')}.xlsx`), data);
  }
  const usb = path.join(workDir, 'usb');
  fs.mkdirSync(usb, { recursive: true });
  let t = performance.now();
  const made = await must<{ file: string; size: number }>(ctx, 'backup.create', { folder: usb, password: 'bench-mat-khau' });
  emit('backup.create_100k_s', (performance.now() - t) / 1000, 's');
  console.log(`# backup file ${(made.size / 1024 / 1024).toFixed(1)} MB`);
  t = performance.now();
  await must(ctx, 'backup.restore', { file: made.file, password: 'bench-mat-khau' });
  emit('backup.restore_100k_s', (performance.now() - t) / 1000, 's');
}
