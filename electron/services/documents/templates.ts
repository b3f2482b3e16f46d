import { AppError } from '../../../shared/api/result';
import type { TemplateInfo } from '../../../shared/documents/api';
import type { OfficialDocument } from '../../../shared/documents/model';
import type { BuiltInTemplate, TemplateContent } from '../../../shared/documents/templates';
import { foldVi } from '../../../shared/text/vi';
import { BUILT_IN_TEMPLATES } from '../../../resources/templates/index';
import type { ServiceContext } from '../context';
import { getDocument } from './repo';
import {
  deleteUserTemplate,
  getUserTemplate,
  insertUserTemplate,
  listUserTemplates,
  userTemplateNameTaken,
  type UserTemplateRow,
} from './template-repo';

// Templates: the built-in ones (resources/templates, read-only) and the clerk's own, saved from a
// document together with the year it was written for.

const USER_PREFIX = 'mau-';

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
  return [...BUILT_IN_TEMPLATES.map(builtInInfo), ...listUserTemplates(ctx).map(userInfo)];
}

const MISSING = 'Không tìm thấy mẫu văn bản này; có thể nó vừa bị xóa. Hãy chọn mẫu khác.';

export function resolveTemplate(ctx: ServiceContext, key: string): ResolvedTemplate {
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.key === key);
  if (builtIn) return { builtIn: true, template: builtIn };
  const id = key.startsWith(USER_PREFIX) ? Number(key.slice(USER_PREFIX.length)) : NaN;
  const r = Number.isInteger(id) ? getUserTemplate(ctx, id) : undefined;
  if (!r) throw new AppError('NOT_FOUND', MISSING, { templateKey: MISSING });
  const doc = JSON.parse(r.body) as OfficialDocument;
  const { header: _header, ...content } = doc;
  // The signer comes from Settings (the chair may have changed since); the recipients stay.
  return { builtIn: false, name: r.name, baseYear: r.baseYear, content: { ...content, signer: null } };
}

/** Saves a document as a template of the clerk's own, for the year it was written for. */
export function saveTemplate(ctx: ServiceContext, documentId: number, name: string): TemplateInfo {
  const { doc, year: baseYear } = getDocument(ctx, documentId);
  const nameKey = foldVi(name);
  if (userTemplateNameTaken(ctx, nameKey) || BUILT_IN_TEMPLATES.some((t) => foldVi(t.name) === nameKey)) {
    const msg = `Đã có mẫu tên "${name}". Hãy đặt tên khác.`;
    throw new AppError('CONFLICT', msg, { name: msg });
  }
  const stored: OfficialDocument = { ...doc, header: { ...doc.header, number: null } };
  const id = insertUserTemplate(ctx, { name, nameKey, kind: doc.kind, baseYear, body: stored });
  return userInfo({ id, name, kind: doc.kind, baseYear });
}

export function deleteTemplate(ctx: ServiceContext, key: string): { deleted: true } {
  if (BUILT_IN_TEMPLATES.some((t) => t.key === key)) {
    throw new AppError('CONFLICT', 'Mẫu có sẵn của phần mềm không xóa được.');
  }
  const id = key.startsWith(USER_PREFIX) ? Number(key.slice(USER_PREFIX.length)) : NaN;
  if (!Number.isInteger(id) || !deleteUserTemplate(ctx, id)) throw new AppError('NOT_FOUND', MISSING);
  return { deleted: true };
}
