// The activity_types table (the editable list of activity types) and their mapping to indicator codes.
import { AppError } from '../../../shared/api/result';
import { MEASURES, type ActivityType, type activityTypeInputSchema, type Measure } from '../../../shared/activities/schema';
import type { z } from '../../../shared/api/zod-vi';
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';

export type TypeInput = z.output<typeof activityTypeInputSchema>;

/** Normalised key of an indicator code, the same as report_indicators.code_key. */
const codeKey = (code: string) => foldVi(code);

export function listTypes(ctx: ServiceContext): ActivityType[] {
  const rows = ctx.db
    .prepare(
      `SELECT t.id, t.name, t.sort_order AS sortOrder, t.has_beneficiaries AS hasBeneficiaries,
              (SELECT COUNT(*) FROM activities a WHERE a.type_id = t.id) AS used
         FROM activity_types t ORDER BY t.sort_order, t.id`,
    )
    .all() as (Omit<ActivityType, 'hasBeneficiaries' | 'indicators'> & { hasBeneficiaries: number })[];
  const maps = ctx.db
    .prepare('SELECT type_id AS typeId, measure, code FROM activity_type_indicators ORDER BY type_id, measure, code')
    .all() as {
    typeId: number;
    measure: Measure;
    code: string;
  }[];
  const byType = new Map<number, Partial<Record<Measure, string[]>>>();
  for (const m of maps) {
    const rec = byType.get(m.typeId) ?? {};
    (rec[m.measure] ??= []).push(m.code);
    byType.set(m.typeId, rec);
  }
  for (const rec of byType.values()) for (const list of Object.values(rec)) list?.sort(compareCodes);
  return rows.map((r) => ({ ...r, hasBeneficiaries: r.hasBeneficiaries === 1, indicators: byType.get(r.id) ?? {} }));
}

/** '2.1' < '2.1.1' < '2.2' < '10.1': numeric parts compared as numbers. */
function compareCodes(a: string, b: string): number {
  const pa = a.split(/[.\-_]/);
  const pb = b.split(/[.\-_]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    const c = Number.isFinite(na) && Number.isFinite(nb) ? na - nb : pa[i].localeCompare(pb[i]);
    if (c !== 0) return c;
  }
  return 0;
}

export function getType(ctx: ServiceContext, id: number): { id: number; name: string; hasBeneficiaries: boolean } | null {
  const r = ctx.db.prepare('SELECT id, name, has_beneficiaries AS hb FROM activity_types WHERE id = ?').get(id) as
    { id: number; name: string; hb: number } | undefined;
  return r ? { id: r.id, name: r.name, hasBeneficiaries: r.hb === 1 } : null;
}

/**
 * Replaces the list: rows with an id are updated, new rows inserted, rows left out deleted —
 * refused for a type that activities already use.
 */
export function saveTypes(ctx: ServiceContext, list: TypeInput[]): void {
  const existing = listTypes(ctx);
  const byId = new Map(existing.map((t) => [t.id, t]));
  list.forEach((t, i) => {
    if (t.id !== null && !byId.has(t.id)) {
      const msg = 'Loại hoạt động này không còn trong danh sách; hãy tải lại trang.';
      throw new AppError('INVALID_INPUT', msg, { [`types.${i}.name`]: msg });
    }
  });
  const kept = new Set(list.map((t) => t.id).filter((x): x is number => x !== null));
  const removed = existing.filter((t) => !kept.has(t.id));
  const blocked = removed.filter((t) => t.used > 0);
  if (blocked.length) {
    throw new AppError(
      'CONFLICT',
      `Không xóa được loại ${blocked.map((b) => `"${b.name}" (đã có ${b.used} hoạt động)`).join(', ')}. Hãy giữ lại loại này; có thể đổi tên hoặc sửa chỉ tiêu.`,
    );
  }
  const del = ctx.db.prepare('DELETE FROM activity_types WHERE id = ?');
  for (const r of removed) del.run(r.id);
  // Names are unique: park updated rows on temporary keys first so swaps work.
  const park = ctx.db.prepare("UPDATE activity_types SET name_key = '~' || id WHERE id = ?");
  for (const t of list) if (t.id !== null) park.run(t.id);
  const upd = ctx.db.prepare('UPDATE activity_types SET name = ?, name_key = ?, sort_order = ?, has_beneficiaries = ? WHERE id = ?');
  const ins = ctx.db.prepare('INSERT INTO activity_types (name, name_key, sort_order, has_beneficiaries) VALUES (?, ?, ?, ?)');
  const clear = ctx.db.prepare('DELETE FROM activity_type_indicators WHERE type_id = ?');
  const map = ctx.db.prepare('INSERT OR IGNORE INTO activity_type_indicators (type_id, measure, code, code_key) VALUES (?, ?, ?, ?)');
  list.forEach((t, i) => {
    let id = t.id;
    if (id !== null) upd.run(t.name, foldVi(t.name), i + 1, t.hasBeneficiaries ? 1 : 0, id);
    else id = Number(ins.run(t.name, foldVi(t.name), i + 1, t.hasBeneficiaries ? 1 : 0).lastInsertRowid);
    clear.run(id);
    for (const measure of MEASURES) for (const code of t.indicators[measure] ?? []) map.run(id, measure, code, codeKey(code));
  });
}

/** Type id → name, for messages about a type. */
export function typeNames(ctx: ServiceContext): Map<number, string> {
  return new Map(ctx.db.prepare('SELECT id, name FROM activity_types').raw().all() as [number, string][]);
}

/** Type id → measure → indicator code keys (for the results). */
export function typeMappings(ctx: ServiceContext): Map<number, { measure: Measure; code: string; key: string }[]> {
  const rows = ctx.db.prepare('SELECT type_id AS typeId, measure, code, code_key AS key FROM activity_type_indicators').all() as {
    typeId: number;
    measure: Measure;
    code: string;
    key: string;
  }[];
  const out = new Map<number, { measure: Measure; code: string; key: string }[]>();
  for (const r of rows) {
    const list = out.get(r.typeId) ?? [];
    list.push({ measure: r.measure, code: r.code, key: r.key });
    out.set(r.typeId, list);
  }
  return out;
}
