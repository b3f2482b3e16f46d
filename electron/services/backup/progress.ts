import type { ServiceContext } from '../context';

export interface BackupProgress {
  phase: string;
  percent: number;
}

// The backup being written, per data folder, for backup.progress (the UI asks a few times a second).
const current = new Map<string, BackupProgress>();

export const readProgress = (ctx: ServiceContext): BackupProgress | null => current.get(ctx.dataDir) ?? null;

/** Records a step and lets the event loop answer progress calls before the next (synchronous) step. */
export async function step(ctx: ServiceContext, phase: string, percent: number): Promise<void> {
  current.set(ctx.dataDir, { phase, percent: Math.round(percent) });
  await new Promise((r) => setImmediate(r));
}

export const endProgress = (ctx: ServiceContext) => current.delete(ctx.dataDir);
