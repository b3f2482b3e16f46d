import { z } from '../api/zod-vi';
import { id, requiredText } from '../api/fields';
import type { IndicatorKind } from '../reports/parse-number';

// Communes and wards (xã, phường, đặc khu) where grassroots units sit. Since 1/7/2025 a commune
// union is the level right above grassroots units, and some manage the units of neighbouring
// communes too, so the office counts its figures per commune/ward ("địa bàn").

export const AREA_LABEL = 'Xã/phường (địa bàn)';
/** The filter value and column name for units with no commune/ward recorded. */
export const NO_AREA = 'none' as const;
export const NO_AREA_LABEL = 'Chưa có địa bàn';

export const areaNameSchema = requiredText('tên xã/phường', 100);
export const areaCreateSchema = z.strictObject({ name: areaNameSchema });
export const areaRenameSchema = z.strictObject({ id, name: areaNameSchema });
export const areaRemoveSchema = z.strictObject({
  id,
  /** When units still record this commune/ward: clear it on them (true) or refuse (false, the default). */
  unlinkUnits: z.boolean({ error: 'Hãy chọn có bỏ địa bàn khỏi các đơn vị hay không.' }).optional(),
});

/** The unit field: a commune/ward id, or none. */
export const areaIdField = id
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/** A list filter: one commune/ward, units without one ('none'), or all (absent/null). */
export const areaFilterSchema = z
  .union([id, z.literal(NO_AREA)], { error: 'Xã/phường để lọc không hợp lệ; hãy chọn lại trong danh sách.' })
  .nullable()
  .optional();
export type AreaFilter = z.output<typeof areaFilterSchema>;

export const areaRoundSchema = z.strictObject({ roundId: id });

export interface Area {
  id: number;
  name: string;
  /** Units (active or dissolved) recording this commune/ward. */
  unitCount: number;
  /** Of those, the units still active (not dissolved). */
  activeUnits: number;
}

/** A column of the per-area results: a commune/ward, units without one, or the office itself. */
export interface AreaResultsColumn {
  key: string;
  areaId: number | null;
  name: string;
  kind: 'area' | 'none' | 'office';
  /** Units that must report in this round. */
  units: number;
  /** Of those, units whose report has arrived. */
  received: number;
}

export interface AreaResultsRow {
  indicatorId: number;
  code: string;
  group: string | null;
  label: string;
  unit: string | null;
  kind: IndicatorKind;
  /** Aligned with AreaRoundResults.columns: sums (count, money), averages (percent), null (text). */
  byColumn: (number | null)[];
  total: number | null;
}

export interface AreaRoundResults {
  roundId: number;
  columns: AreaResultsColumn[];
  rows: AreaResultsRow[];
}
