import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/api/result';
import { parseVnDate } from '../../../shared/text/dates';
import { foldVi } from '../../../shared/text/vi';
import type { ImportRowStatus, UnitImportPreview, UnitImportRow } from '../../../shared/units/schema';
import { unitFields } from '../../../shared/units/schema';
import { z } from '../../../shared/api/zod-vi';
import type { ServiceContext } from '../context';
import { cellRaw, cellText, columnLetter, findHeaderRow, type ColumnSpec } from '../files/cells';
import { decodeBase64, loadUntrustedWorkbook } from '../files/workbook';
import { listSectors } from '../sectors/handlers';
import { findUnitIdByCode, getUnit, type UnitFields } from './repo';

type Col = 'code' | 'name' | 'shortName' | 'sector' | 'address' | 'chairName' | 'phone' | 'email' | 'foundedOn';

const COLUMNS: ColumnSpec<Col>[] = [
  { key: 'code', aliases: ['ma', 'ma don vi', 'ma cdcs', 'ma cong doan co so', 'ma so', 'ma dv'] },
  { key: 'name', aliases: ['ten', 'ten don vi', 'ten cdcs', 'ten cong doan co so', 'cong doan co so', 'don vi', 'ten cong doan'] },
  { key: 'shortName', aliases: ['ten viet tat', 'viet tat', 'ten tat'] },
  { key: 'sector', aliases: ['khoi', 'khoi nganh', 'loai hinh', 'khoi/loai hinh'] },
  { key: 'address', aliases: ['dia chi', 'dia chi tru so', 'tru so'] },
  { key: 'chairName', aliases: ['chu tich', 'chu tich cdcs', 'ho ten chu tich', 'ho va ten chu tich', 'chu tich cong doan'] },
  { key: 'phone', aliases: ['dien thoai', 'so dien thoai', 'sdt', 'dt'] },
  { key: 'email', aliases: ['email', 'e-mail', 'thu dien tu', 'dia chi email'] },
  { key: 'foundedOn', aliases: ['ngay thanh lap', 'thanh lap', 'ngay thanh lap cdcs'] },
];

const rowSchema = z.strictObject({ ...unitFields, sectorId: z.null() });

export interface ParsedUnitRow {
  preview: UnitImportRow;
  fields: (UnitFields & { sectorName: string | null }) | null;
  existingId: number | null;
}

export interface ParsedUnitFile {
  preview: UnitImportPreview;
  rows: ParsedUnitRow[];
}

/** Reads a unit list the way offices keep it: title rows, any column order, a totals row at the end. */
export async function parseUnitFile(ctx: ServiceContext, fileName: string, dataBase64: string): Promise<ParsedUnitFile> {
  const wb = await loadUntrustedWorkbook(decodeBase64(dataBase64), fileName);
  let sheet: ExcelJS.Worksheet | undefined;
  let header: ReturnType<typeof findHeaderRow<Col>> = null;
  for (const ws of wb.worksheets) {
    header = findHeaderRow(ws, COLUMNS, ['code', 'name']);
    if (header) {
      sheet = ws;
      break;
    }
  }
  if (!sheet || !header) {
    throw new AppError(
      'BAD_FILE',
      `Tệp "${fileName}": không tìm thấy dòng tiêu đề có cột "Mã đơn vị" và "Tên công đoàn cơ sở". Hãy kiểm tra tệp có hai cột này rồi nhập lại.`,
    );
  }
  if (sheet.rowCount > 20_000) {
    throw new AppError(
      'BAD_FILE',
      `Tệp "${fileName}": trang tính có quá nhiều dòng (${sheet.rowCount}). Danh sách đơn vị tối đa 20.000 dòng.`,
    );
  }

  const sectorsByKey = new Map(listSectors(ctx).map((s) => [foldVi(s.name), s]));
  const newSectors = new Map<string, string>();
  const seenCodes = new Map<string, number>();
  const rows: ParsedUnitRow[] = [];
  const cols = header.columns;
  const text = (r: ExcelJS.Row, k: Col) => (cols[k] ? cellText(r.getCell(cols[k]!).value) : '');

  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const code = text(row, 'code');
    const name = text(row, 'name');
    if (!code && !name) continue;
    if (!code && /^(tong|cong|tong cong)\b/.test(foldVi(name))) continue; // totals row
    const messages: string[] = [];
    const rawDate = cols.foundedOn ? cellRaw(row.getCell(cols.foundedOn).value) : null;
    let foundedOn = '';
    if (rawDate !== null && rawDate !== '') {
      const iso = parseVnDate(typeof rawDate === 'number' ? String(rawDate) : rawDate);
      if (iso) foundedOn = iso;
      else
        messages.push(
          `Ô ${columnLetter(cols.foundedOn!)}${r}: "${cellText(rawDate as ExcelJS.CellValue)}" không phải ngày hợp lệ (viết dạng ngày/tháng/năm).`,
        );
    }
    const parsed = rowSchema.safeParse({
      code,
      name,
      shortName: text(row, 'shortName'),
      sectorId: null,
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

    const key = foldVi(code).replace(/\s+/g, '');
    if (code && seenCodes.has(key)) messages.push(`Mã "${code}" trùng với dòng ${seenCodes.get(key)} trong cùng tệp.`);
    else if (code) seenCodes.set(key, r);

    const existingId = code ? findUnitIdByCode(ctx, code) : null;
    let status: ImportRowStatus = messages.length ? 'error' : existingId ? 'update' : 'new';
    const fields = messages.length || !parsed.success ? null : { ...parsed.data, sectorName };
    if (status === 'update' && fields && sameAsStored(ctx, existingId!, fields)) status = 'unchanged';
    if (status === 'update') messages.push('Đã có đơn vị mang mã này; thông tin sẽ được cập nhật nếu bạn chọn "Cập nhật đơn vị đã có".');
    rows.push({
      preview: { rowNumber: r, status, code, name, sectorName, messages },
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
      sheetName: sheet.name,
      headerRow: header.row,
      columns: Object.fromEntries(Object.entries(cols).map(([k, c]) => [k, columnLetter(c as number)])),
      rows: rows.map((r) => r.preview),
      newSectors: [...newSectors.values()],
      counts,
    },
    rows,
  };
}

function sameAsStored(ctx: ServiceContext, id: number, f: UnitFields & { sectorName: string | null }): boolean {
  const u = getUnit(ctx, id);
  return (
    u.code === f.code &&
    u.name === f.name &&
    u.shortName === f.shortName &&
    (f.sectorName === null || foldVi(u.sectorName ?? '') === foldVi(f.sectorName)) &&
    u.address === f.address &&
    u.chairName === f.chairName &&
    u.phone === f.phone &&
    u.email === f.email &&
    u.foundedOn === f.foundedOn
  );
}
