// Reporting upward: the office fills its superior's template (from the province or the union
// above it) with the round's totals. Input schemas, result types, and the one rule that turns a
// total into the number written in a cell (shared so the preview shows what the file will hold).
import { z } from '../api/zod-vi';
import { batchId, id, uploadedFile } from '../api/fields';
import type { IndicatorKind } from './parse-number';

export const upwardPreviewSchema = z.strictObject({ roundId: id, file: uploadedFile });

export const upwardFillSchema = z
  .strictObject({
    roundId: id,
    /** The file kept on the server by the preview; or the file again when the preview has expired. */
    batchId: batchId.optional(),
    file: uploadedFile.optional(),
    /** The clerk's final choice for every row to fill: the value cell's reference → indicator, or null for "Không điền". */
    matches: z
      .array(
        z.strictObject({
          key: z
            .string({ error: 'Dòng cần điền không hợp lệ.' })
            .regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/, { error: 'Dòng cần điền không hợp lệ.' }),
          indicatorId: id.nullable(),
        }),
        { error: 'Danh sách dòng cần điền không hợp lệ.' },
      )
      .max(5000, { error: 'Mẫu có quá nhiều dòng.' }),
    /** Keep the label → indicator choices for the next time this template comes. */
    remember: z.boolean({ error: 'Hãy chọn có ghi nhớ cách ghép hay không.' }),
  })
  .refine((v) => v.batchId !== undefined || v.file !== undefined, {
    error: 'Hãy chọn tệp mẫu của cấp trên.',
    path: ['file'],
  });

export type UpwardFillInput = z.input<typeof upwardFillSchema>;

/** How the row's indicator was found. */
export type UpwardMatchSource = 'code' | 'remembered' | 'label' | 'none';

export const UPWARD_SOURCE_LABELS: Record<UpwardMatchSource, string> = {
  code: 'Theo mã chỉ tiêu',
  remembered: 'Đã nhớ',
  label: 'Theo nội dung',
  none: 'Chưa ghép',
};

/** Below this a label match is only offered as an alternative, never chosen for the clerk. */
export const UPWARD_MIN_SCORE = 0.45;
/** From this a label match needs no second look. */
export const UPWARD_SURE_SCORE = 0.75;

export interface UpwardRow {
  /** The value cell, e.g. "E12": the row's key in upwardFill. */
  key: string;
  row: number;
  /** What the file shows in its number/code column ("1", "I", "2.1"), if it has one. */
  number: string | null;
  label: string;
  /** The file's unit column for this row ("người", "triệu đồng"), if it has one. */
  unit: string | null;
  indicatorId: number | null;
  source: UpwardMatchSource;
  /** 0–1: how sure the match is (1 for a code or a remembered choice). */
  confidence: number;
  /** Other likely indicators, best first. */
  alternatives: { indicatorId: number; score: number }[];
  /** The file counts money in thousands or millions of đồng ("triệu đồng"): the total is divided. */
  divisor: number;
  /** The cell shows a percentage format (0.85 shows as 85%). */
  percentCell: boolean;
  /** False for a cell holding a formula (a total row): it is left as it is. */
  fillable: boolean;
}

export interface UpwardIndicatorTotal {
  indicatorId: number;
  code: string;
  label: string;
  unit: string | null;
  kind: IndicatorKind;
  /** The round's total as on the results page; null when no unit reported a figure (or text). */
  total: number | null;
}

export interface UpwardPreview {
  batchId: string;
  fileName: string;
  /** 'app': a template made by this software (filled by code); 'foreign': rows matched by label. */
  kind: 'app' | 'foreign';
  sheet: string;
  headerRow: number;
  labelColumn: string;
  valueColumn: string;
  /** For a template made by this software: the superior's round and the name it gives this office. */
  superior: { roundName: string | null; unitName: string | null } | null;
  rows: UpwardRow[];
  indicators: UpwardIndicatorTotal[];
  /** Things the clerk should know before sending (units that have not reported yet…). */
  warnings: string[];
}

/**
 * The number written in the cell for a total: a percent cell holds a fraction (85 % → 0.85), a
 * money cell in thousands or millions holds the total divided (rounded to 3 decimals); null when
 * there is nothing to write.
 */
export function upwardCellValue(total: number | null, kind: IndicatorKind, row: Pick<UpwardRow, 'divisor' | 'percentCell'>): number | null {
  if (total === null || kind === 'text' || !Number.isFinite(total)) return null;
  if (kind === 'percent') return row.percentCell ? Math.round(total * 100) / 10_000 : total;
  if (kind === 'money' && row.divisor > 1) return Math.round((total / row.divisor) * 1000) / 1000;
  return total;
}

/** "Báo cáo tỉnh.xlsx" → "Báo cáo tỉnh - đã điền.xlsx" (the extension kept: .xlsm stays a macro workbook). */
export function upwardFileName(original: string): string {
  const base = original.split(/[\\/]/).pop() ?? original;
  const m = /^(.*?)(\.xlsx|\.xlsm)?$/i.exec(base)!;
  const stem = (m[1] || 'Mau cap tren').replace(/ - đã điền$/, '');
  return `${stem} - đã điền${m[2]?.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx'}`;
}
