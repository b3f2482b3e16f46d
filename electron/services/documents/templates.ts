import { AppError } from '../../../shared/api/result';
import type { TemplateInfo } from '../../../shared/documents/api';
import type { OfficialDocument } from '../../../shared/documents/model';
import type { BuiltInTemplate, TemplateContent } from '../../../shared/documents/templates';
import { foldVi } from '../../../shared/text/vi';
import { BUILT_IN_TEMPLATES } from '../../../resources/templates/index';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';

// Templates: the built-in ones (resources/templates, read-only) and the clerk's own, saved from a
// document together with the year it was written for.

const USER_PREFIX = 'mau-';

interface UserTemplateRow {
  id: number;
  name: string;
  kind: OfficialDocument['kind'];
  baseYear: number;
  body: string;
}

/** A template ready to instantiate: built-in content, or a clerk's document and its year. */
export type ResolvedTemplate =
  { builtIn: true; template: BuiltInTemplate } | { builtIn: false; name: string; baseYear: number; content: TemplateContent };

function builtInInfo(t: BuiltInTemplate): TemplateInfo {
  return {
    key: t.key,
    name: t.name,
    description: t.description,
    kind: t.content.kind,
    builtIn: true,
    baseYear: null,
    theme: t.fields.theme ? t.fields.theme.default : null,
    deadline: t.fields.deadline?.default ?? null,
    period: t.fields.period ?? null,
  };
}

function userInfo(r: Omit<UserTemplateRow, 'body'>): TemplateInfo {
  return {
    key: `${USER_PREFIX}${r.id}`,
    name: r.name,
    description: `Mẫu tự lưu từ văn bản năm ${r.baseYear}; năm, ngày tháng và số năm kỷ niệm được đổi theo năm chọn.`,
    kind: r.kind,
    builtIn: false,
    baseYear: r.baseYear,
    theme: null,
    deadline: null,
    period: null,
  };
}

export function listTemplates(ctx: ServiceContext): TemplateInfo[] {
  const users = ctx.db.prepare('SELECT id, name, kind, base_year AS baseYear FROM document_templates ORDER BY id').all() as Omit<
    UserTemplateRow,
    'body'
  >[];
  return [...BUILT_IN_TEMPLATES.map(builtInInfo), ...users.map(userInfo)];
}

const MISSING = 'Không tìm thấy mẫu văn bản này; có thể nó vừa bị xóa. Hãy chọn mẫu khác.';

export function resolveTemplate(ctx: ServiceContext, key: string): ResolvedTemplate {
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.key === key);
  if (builtIn) return { builtIn: true, template: builtIn };
  const id = key.startsWith(USER_PREFIX) ? Number(key.slice(USER_PREFIX.length)) : NaN;
  const r = Number.isInteger(id)
    ? (ctx.db.prepare('SELECT id, name, kind, base_year AS baseYear, body FROM document_templates WHERE id = ?').get(id) as
        UserTemplateRow | undefined)
    : undefined;
  if (!r) throw new AppError('NOT_FOUND', MISSING, { templateKey: MISSING });
  const doc = JSON.parse(r.body) as OfficialDocument;
  const { header: _header, ...content } = doc;
  // The signer comes from Settings (the chair may have changed since); the recipients stay.
  return { builtIn: false, name: r.name, baseYear: r.baseYear, content: { ...content, signer: null } };
}

export function saveTemplate(ctx: ServiceContext, name: string, doc: OfficialDocument, baseYear: number): TemplateInfo {
  const nameKey = foldVi(name);
  if (
    ctx.db.prepare('SELECT 1 FROM document_templates WHERE name_key = ?').get(nameKey) ||
    BUILT_IN_TEMPLATES.some((t) => foldVi(t.name) === nameKey)
  ) {
    const msg = `Đã có mẫu tên "${name}". Hãy đặt tên khác.`;
    throw new AppError('CONFLICT', msg, { name: msg });
  }
  const stored: OfficialDocument = { ...doc, header: { ...doc.header, number: null } };
  const info = ctx.db
    .prepare('INSERT INTO document_templates (name, name_key, kind, base_year, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(name, nameKey, doc.kind, baseYear, JSON.stringify(stored), nowIso(ctx));
  return userInfo({ id: Number(info.lastInsertRowid), name, kind: doc.kind, baseYear });
}

export function deleteTemplate(ctx: ServiceContext, key: string): void {
  if (BUILT_IN_TEMPLATES.some((t) => t.key === key)) {
    throw new AppError('CONFLICT', 'Mẫu có sẵn của phần mềm không xóa được.');
  }
  const id = key.startsWith(USER_PREFIX) ? Number(key.slice(USER_PREFIX.length)) : NaN;
  const info = Number.isInteger(id) ? ctx.db.prepare('DELETE FROM document_templates WHERE id = ?').run(id) : { changes: 0 };
  if (!info.changes) throw new AppError('NOT_FOUND', MISSING);
}
