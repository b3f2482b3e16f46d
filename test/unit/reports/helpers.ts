// Shared set-up for the reports tests: units, a round with the default Workers' Month indicators,
// templates written to a temp folder.
import fs from 'node:fs';
import path from 'node:path';
import type { RoundDetail } from '../../../shared/reports/schema';
import { ok, tempDir, type testContext } from '../../support/context';

export type Ctx = ReturnType<typeof testContext>;

export const UNITS = [
  { code: 'CD001', name: 'Trường THCS Vĩnh Thuận' },
  { code: 'CD002', name: 'Công ty TNHH Thủy sản Minh Phú' },
  { code: 'CD003', name: 'UBND xã Vĩnh Bình Bắc' },
];

/** Today in tests is 22/11/2026 (see test/support/context.ts); the deadline is a week ahead. */
export const DEADLINE = '2026-11-29';

export async function seedRound(ctx: Ctx, opts: { code?: string; name?: string; deadline?: string } = {}): Promise<RoundDetail> {
  const existing = (await ok(ctx, 'units.list', {})).items.map((u) => u.code);
  for (const u of UNITS) if (!existing.includes(u.code)) await ok(ctx, 'units.create', u);
  const indicators = await ok(ctx, 'reports.defaultIndicators', {});
  return ok(ctx, 'reports.createRound', {
    name: opts.name ?? 'Kết quả Tháng Công nhân năm 2026',
    code: opts.code ?? 'TCN2026',
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
    deadline: opts.deadline ?? DEADLINE,
    indicators,
  });
}

/** Writes the round's templates into a fresh folder; returns unit code → file path. */
export async function writeTemplates(ctx: Ctx, roundId: number): Promise<{ folder: string; byUnit: Record<string, string> }> {
  const folder = tempDir('reports-templates-');
  const r = await ok(ctx, 'reports.writeTemplates', { roundId, folder });
  const byUnit: Record<string, string> = {};
  for (const f of r.written) byUnit[/^BC_[^_]+_([^_]+)_/.exec(f)![1]] = path.join(folder, f);
  return { folder, byUnit };
}

export const read = (file: string) => fs.readFileSync(file);
export const upload = (fileName: string, data: Buffer) => ({ fileName, dataBase64: data.toString('base64') });

/** Current figures of a unit in a round, by indicator code. */
export async function figures(ctx: Ctx, round: RoundDetail, unitCode: string): Promise<Record<string, number | string | null>> {
  const unitId = (await ok(ctx, 'units.list', { query: unitCode })).items.find((u) => u.code === unitCode)!.id;
  const s = await ok(ctx, 'reports.unitSubmissions', { roundId: round.id, unitId });
  const codeOf = new Map(round.indicators.map((i) => [i.id, i.code]));
  return Object.fromEntries((s.current?.values ?? []).map((v) => [codeOf.get(v.indicatorId)!, v.value]));
}
