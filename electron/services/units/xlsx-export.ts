import { excelJs } from '../files/lazy-libraries';
import type { DownloadFile } from '../../../shared/api/fields';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import type { Unit } from '../../../shared/units/schema';
import { listUnits, type UnitFilter } from './repo';
import type { ServiceContext } from '../context';
import { safeCellText, workbookToBase64, XLSX_MIME } from '../files/workbook';
import { SHEET_FONT_NAME, listCell, listHeading } from '../files/sheet-style';
import { readOfficeSettings } from '../settings/office';
import { oneLine } from '../../../shared/text/vi';
import { AREA_LABEL } from '../../../shared/areas/schema';

/** Header texts match what the importer recognises, so an exported list can be edited and re-imported. */
const HEADERS = [
  'TT',
  'Mã đơn vị',
  'Tên công đoàn cơ sở',
  'Tên viết tắt',
  'Khối',
  AREA_LABEL,
  'Địa chỉ',
  'Chủ tịch',
  'Điện thoại',
  'Email',
  'Ngày thành lập',
  'Ngày giải thể',
];
const WIDTHS = [6, 14, 45, 16, 30, 24, 35, 24, 16, 28, 16, 16];

/** The units the list page shows (same filter), as an .xlsx file. */
export function exportUnitList(ctx: ServiceContext, filter: UnitFilter): Promise<DownloadFile> {
  return exportUnits(ctx, listUnits(ctx, filter));
}

async function exportUnits(ctx: ServiceContext, units: Unit[]): Promise<DownloadFile> {
  const wb = new (excelJs().Workbook)();
  wb.creator = 'Công đoàn - Văn phòng';
  const ws = wb.addWorksheet('Danh sách CĐCS', { views: [{ state: 'frozen', ySplit: 3 }] });
  const office = readOfficeSettings(ctx);
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.getCell(1, 1).value = 'DANH SÁCH CÔNG ĐOÀN CƠ SỞ' + (office ? ` TRỰC THUỘC ${oneLine(office.issuingBody).toUpperCase()}` : '');
  ws.getCell(1, 1).font = { bold: true, size: 14, name: SHEET_FONT_NAME };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getCell(2, 1).value = `Xuất ngày ${isoToVn(todayIso(ctx.now()))}`;
  ws.getCell(2, 1).font = { italic: true, name: SHEET_FONT_NAME };
  const head = ws.getRow(3);
  HEADERS.forEach((h, i) => {
    listHeading(head.getCell(i + 1), h);
    ws.getColumn(i + 1).width = WIDTHS[i];
  });
  units.forEach((u, i) => {
    const row = ws.addRow([
      i + 1,
      safeCellText(u.code),
      safeCellText(u.name),
      safeCellText(u.shortName),
      safeCellText(u.sectorName),
      safeCellText(u.areaName),
      safeCellText(u.address),
      safeCellText(u.chairName),
      safeCellText(u.phone),
      safeCellText(u.email),
      isoToVn(u.foundedOn),
      isoToVn(u.dissolvedOn),
    ]);
    row.eachCell(listCell);
  });
  return {
    fileName: `Danh_sach_CDCS_${todayIso(ctx.now())}.xlsx`,
    mimeType: XLSX_MIME,
    dataBase64: await workbookToBase64(wb),
  };
}
