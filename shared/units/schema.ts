import { z } from '../api/zod-vi';
import {
  batchId,
  id,
  isoDate,
  optionalEmail,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  requiredText,
  uploadedFile,
} from '../api/fields';
import { areaFilterSchema, areaIdField } from '../areas/schema';

export const unitCode = requiredText('mã đơn vị', 30).refine((s) => /^[\p{L}\p{N}_.\-/]+$/u.test(s), {
  error: 'Mã đơn vị chỉ gồm chữ, số và các dấu - _ . / (không có dấu cách).',
});

export const unitFields = {
  code: unitCode,
  name: requiredText('tên công đoàn cơ sở', 255),
  shortName: optionalText('tên viết tắt', 100),
  sectorId: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  /** The commune/ward the unit sits in (areas.list). */
  areaId: areaIdField,
  address: optionalText('địa chỉ', 300),
  chairName: optionalText('họ tên chủ tịch', 100),
  phone: optionalPhone,
  email: optionalEmail,
  foundedOn: optionalIsoDate('ngày thành lập'),
};

export const unitCreateSchema = z.strictObject(unitFields);
export const unitUpdateSchema = z.strictObject({ id, ...unitFields });

export const unitListSchema = z.strictObject({
  query: z.string().max(200, { error: 'Từ khóa tìm kiếm quá dài.' }).optional(),
  sectorId: id.nullable().optional(),
  areaId: areaFilterSchema,
  includeDissolved: z.boolean().optional(),
});

export const unitDissolveSchema = z.strictObject({ id, dissolvedOn: isoDate('ngày giải thể') });
export const unitIdSchema = z.strictObject({ id });

/** A file is read once: the preview sends it and gets a batch id, which the import uses. */
export const unitImportPreviewSchema = z
  .strictObject({ file: uploadedFile.optional(), batchId: batchId.optional() })
  .refine((v) => !!v.file !== !!v.batchId, { error: 'Hãy chọn tệp danh sách đơn vị.' });
export const unitImportCommitSchema = z
  .strictObject({
    /** The batch of a preview, or the file itself (one call without preview, for scripts). */
    file: uploadedFile.optional(),
    batchId: batchId.optional(),
    /** Rows whose code already exists: update them (true) or leave them as they are (false). */
    updateExisting: z.boolean(),
  })
  .refine((v) => !!v.file !== !!v.batchId, { error: 'Hãy chọn tệp danh sách đơn vị.' });

export interface Unit {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  sectorId: number | null;
  sectorName: string | null;
  areaId: number | null;
  areaName: string | null;
  address: string | null;
  chairName: string | null;
  phone: string | null;
  email: string | null;
  foundedOn: string | null;
  dissolvedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UnitListResult {
  items: Unit[];
  /** Counts over all units regardless of the filter, for the page header. */
  totalActive: number;
  totalDissolved: number;
}

export type ImportRowStatus = 'new' | 'update' | 'unchanged' | 'error';

export interface UnitImportRow {
  /** 1-based row number in the sheet, as the clerk sees it in Excel. */
  rowNumber: number;
  status: ImportRowStatus;
  code: string;
  name: string;
  sectorName: string | null;
  areaName: string | null;
  messages: string[];
}

export interface UnitImportPreview {
  batchId: string;
  fileName: string;
  sheetName: string;
  headerRow: number;
  /** Column letters found for each field, e.g. { code: 'B', name: 'C' }. */
  columns: Record<string, string>;
  rows: UnitImportRow[];
  newSectors: string[];
  /** Communes/wards named in the file but not yet in the list: added by the import. */
  newAreas: string[];
  counts: Record<ImportRowStatus, number>;
}

export interface UnitImportResult {
  created: number;
  updated: number;
  skipped: number;
}

export const sectorNameSchema = requiredText('tên khối', 100);
export const sectorCreateSchema = z.strictObject({ name: sectorNameSchema });
export const sectorUpdateSchema = z.strictObject({ id, name: sectorNameSchema });
export const MOVE_DIRECTIONS = ['up', 'down'] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];
export const sectorMoveSchema = z.strictObject({ id, direction: z.enum(MOVE_DIRECTIONS, { error: 'Hướng di chuyển không hợp lệ.' }) });

export interface Sector {
  id: number;
  name: string;
  sortOrder: number;
  unitCount: number;
}

export interface ChangeLogEntry {
  id: number;
  at: string;
  action: string;
  summary: string;
}
