import type { OfficialDocument } from '../../../shared/documents/model';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';

// SQL for the clerk's own document templates (the built-in ones are files, see templates.ts).

export interface UserTemplateRow {
  id: number;
  name: string;
  kind: OfficialDocument['kind'];
  baseYear: number;
  body: string;
}

export function listUserTemplates(ctx: ServiceContext): Omit<UserTemplateRow, 'body'>[] {
  return ctx.db.prepare('SELECT id, name, kind, base_year AS baseYear FROM document_templates ORDER BY id').all() as Omit<
    UserTemplateRow,
    'body'
  >[];
}

export function getUserTemplate(ctx: ServiceContext, id: number): UserTemplateRow | undefined {
  return ctx.db.prepare('SELECT id, name, kind, base_year AS baseYear, body FROM document_templates WHERE id = ?').get(id) as
    UserTemplateRow | undefined;
}

export function userTemplateNameTaken(ctx: ServiceContext, nameKey: string): boolean {
  return !!ctx.db.prepare('SELECT 1 FROM document_templates WHERE name_key = ?').get(nameKey);
}

/** Stores a template; its id. */
export function insertUserTemplate(
  ctx: ServiceContext,
  t: { name: string; nameKey: string; kind: OfficialDocument['kind']; baseYear: number; body: OfficialDocument },
): number {
  const info = ctx.db
    .prepare('INSERT INTO document_templates (name, name_key, kind, base_year, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(t.name, t.nameKey, t.kind, t.baseYear, JSON.stringify(t.body), nowIso(ctx));
  return Number(info.lastInsertRowid);
}

/** Whether a template was deleted. */
export function deleteUserTemplate(ctx: ServiceContext, id: number): boolean {
  return ctx.db.prepare('DELETE FROM document_templates WHERE id = ?').run(id).changes > 0;
}
