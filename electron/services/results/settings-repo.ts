// The results settings of a round (targets, activity indicator, comparison) and the sector kinds.
import { AppError } from '../../../shared/api/result';
import type { z } from '../../../shared/api/zod-vi';
import {
  DEFAULT_ACTIVITY_CODE,
  DEFAULT_TARGETS,
  defaultSectorKind,
  type ResultsSettings,
  type resultsSettingsSchema,
  type SectorKind,
} from '../../../shared/results/schema';
import type { ServiceContext } from '../context';
import { getRoundRow, roundExists } from '../reports/repo';
import { sectorExists } from '../sectors/repo';

type SettingsInput = z.output<typeof resultsSettingsSchema>;

export function sectorKinds(ctx: ServiceContext): ResultsSettings['sectorKinds'] {
  const rows = ctx.db
    .prepare('SELECT s.id, s.name, k.kind FROM sectors s LEFT JOIN result_sector_kinds k ON k.sector_id = s.id ORDER BY s.sort_order, s.id')
    .all() as { id: number; name: string; kind: SectorKind | null }[];
  return rows.map((r) => ({ sectorId: r.id, name: r.name, kind: r.kind ?? defaultSectorKind(r.name), chosen: r.kind !== null }));
}

export function readSettings(ctx: ServiceContext, roundId: number): ResultsSettings {
  const r = ctx.db
    .prepare(
      `SELECT enterprise_target AS e, public_target AS p, activity_code AS code, count_unit_activities AS cu, compare_mode AS mode,
              compare_round_id AS cr FROM result_round_settings WHERE round_id = ?`,
    )
    .get(roundId) as
    { e: number | null; p: number | null; code: string | null; cu: number; mode: 'auto' | 'none' | 'round'; cr: number | null } | undefined;
  const compare: ResultsSettings['compare'] = !r ? 'auto' : r.mode === 'round' ? (r.cr ?? 'auto') : r.mode;
  return {
    enterpriseTarget: r ? r.e : DEFAULT_TARGETS.enterprise,
    publicTarget: r ? r.p : DEFAULT_TARGETS.public,
    activityCode: r?.code ?? DEFAULT_ACTIVITY_CODE,
    countUnitActivities: r ? r.cu === 1 : true,
    compare,
    sectorKinds: sectorKinds(ctx),
  };
}

export function saveSettings(ctx: ServiceContext, s: SettingsInput): void {
  getRoundRow(ctx, s.roundId);
  if (typeof s.compare === 'number') {
    if (s.compare === s.roundId) {
      const msg = 'Hãy chọn một đợt khác để so sánh (không so sánh một đợt với chính nó).';
      throw new AppError('INVALID_INPUT', msg, { compare: msg });
    }
    if (!roundExists(ctx, s.compare)) {
      const msg = 'Đợt so sánh không còn; hãy chọn lại.';
      throw new AppError('INVALID_INPUT', msg, { compare: msg });
    }
  }
  for (const [i, k] of s.sectorKinds.entries()) {
    if (!sectorExists(ctx, k.sectorId)) {
      const msg = 'Một khối trong danh sách không còn; hãy tải lại trang.';
      throw new AppError('INVALID_INPUT', msg, { [`sectorKinds.${i}.sectorId`]: msg });
    }
  }
  ctx.db
    .prepare(
      `INSERT INTO result_round_settings (round_id, enterprise_target, public_target, activity_code, count_unit_activities, compare_mode, compare_round_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (round_id) DO UPDATE SET enterprise_target = excluded.enterprise_target, public_target = excluded.public_target,
         activity_code = excluded.activity_code, count_unit_activities = excluded.count_unit_activities,
         compare_mode = excluded.compare_mode, compare_round_id = excluded.compare_round_id`,
    )
    .run(
      s.roundId,
      s.enterpriseTarget,
      s.publicTarget,
      s.activityCode,
      s.countUnitActivities ? 1 : 0,
      typeof s.compare === 'number' ? 'round' : s.compare,
      typeof s.compare === 'number' ? s.compare : null,
    );
  const upsert = ctx.db.prepare(
    'INSERT INTO result_sector_kinds (sector_id, kind) VALUES (?, ?) ON CONFLICT (sector_id) DO UPDATE SET kind = excluded.kind',
  );
  for (const k of s.sectorKinds) upsert.run(k.sectorId, k.kind);
}
