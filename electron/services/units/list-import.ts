// A unit list read once (any spreadsheet format, every sheet until one has the unit header), kept
// under a batch id between its preview and its import, as member lists are.
import crypto from 'node:crypto';
import type { ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { foldVi } from '../../../shared/text/vi';
import type { ImportRowStatus, UnitImportPreview, UnitImportRow } from '../../../shared/units/schema';
import { unitFields } from '../../../shared/units/schema';
import { z } from '../../../shared/api/zod-vi';
import type { ServiceContext } from '../context';
import { createBatchStore } from '../files/batches';
import { columnLetter, type ColumnSpec } from '../files/cells';
import { parseDateCell } from '../files/sheets/cell-dates';
import { textOf } from '../files/sheets/cell-text';
import { findHeaderInSheet } from '../files/sheets/header';
import type { RawRow, SheetData, WorkbookData } from '../files/sheets/types';
import { readSpreadsheetFile } from '../files/sheets/worker-host';
import { decodeBase64 } from '../files/workbook';
import { listSectors } from '../sectors/repo';
import { findUnitIdByCode, getUnit, type UnitFields } from './repo';
import { knownAreaKeys } from './import-areas';
import { areaNameSchema } from '../../../shared/areas/schema';
import { silentProgress, type Progress } from '../progress';

type Col = 'code' | 'name' | 'shortName' | 'sector' | 'area' | 'address' | 'chairName' | 'phone' | 'email' | 'foundedOn';

const COLUMNS: ColumnSpec<Col>[] = [
  { key: 'code', aliases: ['ma', 'ma don vi', 'ma cdcs', 'ma cong doan co so', 'ma so', 'ma dv'] },
  { key: 'name', aliases: ['ten', 'ten don vi', 'ten cdcs', 'ten cong doan co so', 'cong doan co so', 'don vi', 'ten cong doan'] },
  { key: 'shortName', aliases: ['ten viet tat', 'viet tat', 'ten tat'] },
  { key: 'sector', aliases: ['khoi', 'khoi nganh', 'loai hinh', 'khoi/loai hinh'] },
  {
    key: 'area',
    aliases: ['xa/phuong (dia ban)', 'xa/phuong', 'xa, phuong', 'xa phuong', 'phuong/xa', 'xa/phuong/dac khu', 'dia ban', 'xa', 'phuong'],
  },
  { key: 'address', aliases: ['dia chi', 'dia chi tru so', 'tru so'] },
  { key: 'chairName', aliases: ['chu tich', 'chu tich cdcs', 'ho ten chu tich', 'ho va ten chu tich', 'chu tich cong doan'] },
  { key: 'phone', aliases: ['dien thoai', 'so dien thoai', 'sdt', 'dt'] },
  { key: 'email', aliases: ['email', 'e-mail', 'thu dien tu', 'dia chi email'] },
  { key: 'foundedOn', aliases: ['ngay thanh lap', 'thanh lap', 'ngay thanh lap cdcs'] },
];

const rowSchema = z.strictObject({ ...unitFields, sectorId: z.null(), areaId: z.null() });

export interface ParsedUnitRow {
  preview: UnitImportRow;
  fields: (UnitFields & { sectorName: string | null; areaName: string | null }) | null;
  existingId: number | null;
}

export interface ParsedUnitFile {
  preview: UnitImportPreview;
  rows: ParsedUnitRow[];
}

interface UnitBatch {
  id: string;
  fileName: string;
  book: WorkbookData;
}

const batches = createBatchStore<UnitBatch>({ ttlMs: 30 * 60 * 1000, max: 4 });

const EXPIRED = 'Bản xem trước này đã hết hạn hoặc đã được nhập. Hãy chọn lại tệp danh sách đơn vị để xem trước lần nữa.';

/** The batch of a preview, or a new one read from the file. */
export async function unitBatch(
  ctx: ServiceContext,
  input: { file?: { fileName: string; dataBase64: string }; batchId?: string },
  progress: Progress = silentProgress,
): Promise<UnitBatch> {
  if (input.file) {
    await progress.phase('Đang đọc tệp danh sách đơn vị');
    const book = await readSpreadsheetFile(decodeBase64(input.file.dataBase64), input.file.fileName);
    const batch = { id: crypto.randomUUID(), fileName: input.file.fileName, book };
    batches.put(ctx, batch.id, batch);
    return batch;
  }
  const batch = batches.get(ctx, input.batchId!);
  if (!batch) throw new AppError('NOT_FOUND', EXPIRED);
  return batch;
}

export function dropUnitBatch(ctx: ServiceContext, id: string): void {
  batches.delete(ctx, id);
}

/** Reads a unit list the way offices keep it: title rows, any column order, a totals row at the end. */
export async function parseUnitBook(ctx: ServiceContext, batch: UnitBatch, progress: Progress = silentProgress): Promise<ParsedUnitFile> {
  const { fileName } = batch;
  let sheet: SheetData | undefined;
  let header: ReturnType<typeof findHeaderInSheet<Col>> = null;
  for (const s of batch.book.sheets) {
    header = findHeaderInSheet(s, COLUMNS, ['code', 'name']);
    if (header) {
      sheet = s;
      break;
    }
  }
  if (!sheet || !header) {
    throw new AppError(
      'BAD_FILE',
      `Tệp "${fileName}": không tìm thấy dòng tiêu đề có cột "Mã đơn vị" và "Tên công đoàn cơ sở". Hãy kiểm tra tệp có hai cột này rồi nhập lại.`,
    );
  }
  if (sheet.lastRow > 20_000) {
    throw new AppError(
      'BAD_FILE',
      `Tệp "${fileName}": trang tính có quá nhiều dòng (${sheet.lastRow}). Danh sách đơn vị tối đa 20.000 dòng.`,
    );
  }

  const sectorsByKey = new Map(listSectors(ctx).map((s) => [foldVi(s.name), s]));
  const newSectors = new Map<string, string>();
  const areaKeys = knownAreaKeys(ctx);
  const newAreas = new Map<string, string>();
  const seenCodes = new Map<string, number>();
  const rows: ParsedUnitRow[] = [];
  const cols = header.columns;
  const text = (r: RawRow, k: Col) => (cols[k] ? textOf(r[cols[k]!]) : '');

  await progress.phase('Đang kiểm tra từng dòng', sheet.lastRow - header.row);
  for (let r = header.row + 1; r <= sheet.lastRow; r++) {
    if ((r - header.row) % 100 === 0) await progress.step(r - header.row);
    const row = sheet.rows[r];
    if (!row) continue;
    const code = text(row, 'code');
    const name = text(row, 'name');
    if (!code && !name) continue;
    if (!code && /^(tong|cong|tong cong)\b/.test(foldVi(name))) continue; // totals row
    const messages: string[] = [];
    let foundedOn = '';
    if (cols.foundedOn) {
      const d = parseDateCell(row[cols.foundedOn], false);
      if (d.error) messages.push(`Ô ${columnLetter(cols.foundedOn)}${r}: ${d.error}`);
      foundedOn = d.value ?? '';
    }
    const parsed = rowSchema.safeParse({
      code,
      name,
      shortName: text(row, 'shortName'),
      sectorId: null,
      areaId: null,
      address: text(row, 'address'),
      chairName: text(row, 'chairName'),
      phone: text(row, 'phone'),
      email: text(row, 'email'),
      foundedOn,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as Col;
        const ref = cols[key] ? `Ô ${columnLetter(cols[key]!)}${r}: ` : '';
        messages.push(`${ref}${issue.message}`);
      }
    }
    const sectorName = text(row, 'sector') || null;
    if (sectorName && !sectorsByKey.has(foldVi(sectorName))) newSectors.set(foldVi(sectorName), sectorName);
    let areaName: string | null = null;
    if (text(row, 'area')) {
      const area = areaNameSchema.safeParse(text(row, 'area'));
      if (area.success) areaName = area.data;
      else messages.push(`Ô ${columnLetter(cols.area!)}${r}: ${area.error.issues[0]?.message ?? 'Tên xã/phường chưa đúng.'}`);
    }

    const key = foldVi(code).replace(/\s+/g, '');
    if (code && seenCodes.has(key)) messages.push(`Mã "${code}" trùng với dòng ${seenCodes.get(key)} trong cùng tệp.`);
    else if (code) seenCodes.set(key, r);

    const existingId = code ? findUnitIdByCode(ctx, code) : null;
    let status: ImportRowStatus = messages.length ? 'error' : existingId ? 'update' : 'new';
    const fields = messages.length || !parsed.success ? null : { ...parsed.data, sectorName, areaName };
    // The first spelling met is the one the import adds.
    if (fields && areaName && !areaKeys.has(foldVi(areaName)) && !newAreas.has(foldVi(areaName))) newAreas.set(foldVi(areaName), areaName);
    if (status === 'update' && fields && sameAsStored(ctx, existingId!, fields)) status = 'unchanged';
    if (status === 'update') messages.push('Đã có đơn vị mang mã này; thông tin sẽ được cập nhật nếu bạn chọn "Cập nhật đơn vị đã có".');
    rows.push({
      preview: { rowNumber: r, status, code, name, sectorName, areaName, messages },
      fields,
      existingId,
    });
  }
  if (rows.length === 0) {
    throw new AppError('BAD_FILE', `Tệp "${fileName}": không có dòng dữ liệu nào dưới dòng tiêu đề (dòng ${header.row}).`);
  }
  const counts: Record<ImportRowStatus, number> = { new: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.preview.status] += 1;
  return {
    preview: {
      batchId: batch.id,
      fileName,
      sheetName: sheet.name,
      headerRow: header.row,
      columns: Object.fromEntries(Object.entries(cols).map(([k, c]) => [k, columnLetter(c as number)])),
      rows: rows.map((r) => r.preview),
      newSectors: [...newSectors.values()],
      newAreas: [...newAreas.values()],
      counts,
    },
    rows,
  };
}

function sameAsStored(ctx: ServiceContext, id: number, f: UnitFields & { sectorName: string | null; areaName: string | null }): boolean {
  const u = getUnit(ctx, id);
  return (
    u.code === f.code &&
    u.name === f.name &&
    u.shortName === f.shortName &&
    (f.sectorName === null || foldVi(u.sectorName ?? '') === foldVi(f.sectorName)) &&
    (f.areaName === null || foldVi(u.areaName ?? '') === foldVi(f.areaName)) &&
    u.address === f.address &&
    u.chairName === f.chairName &&
    u.phone === f.phone &&
    u.email === f.email &&
    u.foundedOn === f.foundedOn
  );
}

/** Reads an uploaded unit list into a batch and checks its rows: the preview the clerk confirms. */
export async function previewUnitImport(
  ctx: ServiceContext,
  input: ParsedInput<'units.importPreview'>,
  progress: Progress,
): Promise<UnitImportPreview> {
  return (await parseUnitBook(ctx, await unitBatch(ctx, input, progress), progress)).preview;
}
