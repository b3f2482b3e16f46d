import type { ServiceContext } from '../context';
import { silentProgress, type Progress } from '../progress';

export interface BackupProgress {
  phase: string;
  percent: number;
}

// The backup being written, per data folder, for backup.progress (the UI asks a few times a second).
const current = new Map<string, BackupProgress>();

export const readProgress = (ctx: ServiceContext): BackupProgress | null => current.get(ctx.dataDir) ?? null;

/**
 * Records a step and lets the event loop answer progress calls before the next (synchronous) step.
 * The step also goes to the call's own progress (shared/api/progress.ts) as a percentage; a backup
 * is not cancelled (it changes no data), so every phase is marked as committing.
 */
export async function step(ctx: ServiceContext, phase: string, percent: number, call: Progress = silentProgress): Promise<void> {
  const before = current.get(ctx.dataDir);
  current.set(ctx.dataDir, { phase, percent: Math.round(percent) });
  if (before?.phase !== phase) await call.phase(phase, 100, { commit: true });
  await call.step(Math.round(percent));
  await new Promise((r) => setImmediate(r));
}

export const endProgress = (ctx: ServiceContext) => current.delete(ctx.dataDir);
