// The member statistics per commune/ward (địa bàn), as a second sheet of the statistics export.
import type ExcelJS from 'exceljs';
import { NO_AREA_LABEL } from '../../../shared/areas/schema';
import type { MemberStats, StatsCounts } from '../../../shared/members/stats-schema';
import { isoToVn } from '../../../shared/text/dates';
import { safeCellText } from '../files/workbook';

export interface StatsSheetStyle {
  font: Partial<ExcelJS.Font>;
  border: Partial<ExcelJS.Borders>;
  columns: { header: string; key: keyof StatsCounts }[];
}

/**
 * Adds the sheet "Theo xã/phường": one row per commune/ward (units without one last), the number
 * of its units, the same counts as the unit sheet, and the office total. Not added while no unit
 * records a commune/ward (the sheet would repeat the total).
 */
export function addAreaStatsSheet(wb: ExcelJS.Workbook, title: string, stats: MemberStats, style: StatsSheetStyle): void {
  if (!stats.byArea.some((r) => r.areaId !== null)) return;
  const { font, border, columns } = style;
  const ws = wb.addWorksheet('Theo xã, phường', { views: [{ state: 'frozen', ySplit: 4 }] });
  const width = 3 + columns.length;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { ...font, bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = `Theo xã/phường (địa bàn); số lượng tính đến ngày ${isoToVn(stats.asOf)}`;
  ws.getCell(2, 1).font = { ...font, italic: true };
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  const headers = ['TT', 'Xã/phường (địa bàn)', 'Số CĐCS', ...columns.map((c) => c.header)];
  const widths = [6, 32, 10, ...columns.map(() => 12)];
  const head = ws.getRow(4);
  headers.forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = { ...font, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
    ws.getColumn(i + 1).width = widths[i];
  });
  stats.byArea.forEach((r, i) => {
    const row = ws.addRow([i + 1, safeCellText(r.areaName ?? NO_AREA_LABEL), r.units, ...columns.map((c) => r[c.key])]);
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = font;
      c.border = border;
    });
  });
  const units = stats.byArea.reduce((n, r) => n + r.units, 0);
  const total = ws.addRow(['Tổng cộng', '', units, ...columns.map((c) => stats.total[c.key])]);
  ws.mergeCells(total.number, 1, total.number, 2);
  total.eachCell({ includeEmpty: true }, (c) => {
    c.font = { ...font, bold: true };
    c.border = border;
  });
  total.getCell(1).alignment = { horizontal: 'center' };
}
