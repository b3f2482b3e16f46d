// Files read once and kept on the server between a preview and its import, per database
// connection (a restored database starts with no open previews), with a time to live and a cap.
import type { ServiceContext } from '../context';

export interface BatchStore<T> {
  put(ctx: ServiceContext, id: string, value: T): void;
  /** The batch, its time to live renewed; undefined when unknown or expired. */
  get(ctx: ServiceContext, id: string): T | undefined;
  delete(ctx: ServiceContext, id: string): boolean;
}

export function createBatchStore<T>(opts: { ttlMs: number; max: number }): BatchStore<T> {
  const byDb = new WeakMap<object, Map<string, { value: T; usedAt: number }>>();
  const map = (ctx: ServiceContext) => {
    let m = byDb.get(ctx.db);
    if (!m) byDb.set(ctx.db, (m = new Map()));
    const now = ctx.now().getTime();
    for (const [id, b] of m) if (now - b.usedAt > opts.ttlMs) m.delete(id);
    return m;
  };
  return {
    put(ctx, id, value) {
      const m = map(ctx);
      m.set(id, { value, usedAt: ctx.now().getTime() });
      while (m.size > opts.max) m.delete(m.keys().next().value!);
    },
    get(ctx, id) {
      const m = map(ctx);
      const b = m.get(id);
      if (!b) return undefined;
      // Most recently used last, so that the cap drops the oldest.
      m.delete(id);
      m.set(id, { value: b.value, usedAt: ctx.now().getTime() });
      return b.value;
    },
    delete(ctx, id) {
      return map(ctx).delete(id);
    },
  };
}
