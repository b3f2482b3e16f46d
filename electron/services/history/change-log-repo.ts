import type { ServiceContext } from '../context';
import { nowIso } from '../context';

/** Records one change so a clerk can see what a record looked like before. Call inside the change's transaction. */
export function logChange(ctx: ServiceContext, entity: string, entityId: number, action: string, before: unknown, after: unknown): void {
  ctx.db
    .prepare('INSERT INTO change_log (at, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?)')
    .run(
      nowIso(ctx),
      entity,
      entityId,
      action,
      before == null ? null : JSON.stringify(before),
      after == null ? null : JSON.stringify(after),
    );
}

export interface ChangeRow {
  id: number;
  at: string;
  action: string;
  before: string | null;
  after: string | null;
}

export function listChanges(ctx: ServiceContext, entity: string, entityId: number): ChangeRow[] {
  return ctx.db
    .prepare('SELECT id, at, action, before, after FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC')
    .all(entity, entityId) as ChangeRow[];
}
