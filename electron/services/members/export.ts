import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { excelJs } from '../files/lazy-libraries';
import type { DownloadFile } from '../../../shared/api/fields';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import type { Member, MemberFilter } from '../../../shared/members/schema';
import type { MemberStats, MemberStatsInput } from '../../../shared/members/stats-schema';
import { GENDER_LABELS, MEMBER_STATUS_LABELS, UNION_POSITION_LABELS, showPartial } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { silentProgress, type Progress } from '../progress';
import { safeCellText, workbookToBase64, XLSX_MIME } from '../files/workbook';
import { readOfficeSettings } from '../settings/office';
import { getMembers } from './repo';
import { searchMemberIds } from './search';
import { memberStats } from './stats-queries';
import { oneLine } from '../../../shared/text/vi';
import { addAreaStatsSheet } from '../areas/stats-sheet';
import { sectorName } from '../sectors/repo';
import { unitRef } from '../units/repo';
import { SHEET_FONT, THIN_BORDER } from '../files/sheet-style';

const STYLED_ROWS = 10_000;

/** Header texts are ones the importer recognises, so an exported list can be edited and imported again. */
const MEMBER_COLUMNS: { header: string; width: number; value: (m: Member) => string | number }[] = [
  { header: 'Họ và tên', width: 28, value: (m) => m.name },
  { header: 'Ngày sinh', width: 12, value: (m) => (m.birthDate ? showPartial(m.birthDate) : '') },
  { header: 'Giới tính', width: 9, value: (m) => (m.gender ? GENDER_LABELS[m.gender] : '') },
  { header: 'Dân tộc', width: 10, value: (m) => m.ethnicity ?? '' },
  { header: 'Tôn giáo', width: 10, value: (m) => m.religion ?? '' },
  { header: 'Số CCCD', width: 15, value: (m) => m.cccd ?? '' },
  { header: 'Số CMND cũ', width: 12, value: (m) => m.cmnd ?? '' },
  { header: 'Điện thoại', width: 13, value: (m) => m.phone ?? '' },
  { header: 'Nghề nghiệp, chức vụ', width: 22, value: (m) => m.jobTitle ?? '' },
  { header: 'Chức vụ công đoàn', width: 15, value: (m) => (m.unionPosition ? UNION_POSITION_LABELS[m.unionPosition] : '') },
  { header: 'Ngày vào Công đoàn', width: 12, value: (m) => (m.joinedOn ? showPartial(m.joinedOn) : '') },
  { header: 'Mã số đoàn viên', width: 14, value: (m) => m.memberCode ?? '' },
  { header: 'Đảng viên', width: 8, value: (m) => (m.partyMember ? 'x' : '') },
  { header: 'Ngày vào Đảng', width: 12, value: (m) => (m.partyDate ? showPartial(m.partyDate) : '') },
  { header: 'Trình độ', width: 14, value: (m) => m.education ?? '' },
  { header: 'Mã đơn vị', width: 10, value: (m) => m.unitCode },
  { header: 'Công đoàn cơ sở', width: 32, value: (m) => m.unitName },
  { header: 'Trạng thái', width: 15, value: (m) => MEMBER_STATUS_LABELS[m.status] },
  { header: 'Ghi chú', width: 24, value: (m) => m.notes ?? '' },
];

function describeFilter(ctx: ServiceContext, f: MemberFilter): string {
  const parts: string[] = [];
  if (f.unitId) {
    const u = unitRef(ctx, f.unitId);
    if (u) parts.push(`Đơn vị: ${u.name}`);
  }
  if (f.sectorId) {
    const name = sectorName(ctx, f.sectorId);
    if (name !== null) parts.push(`Khối: ${name}`);
  }
  const status = f.status ?? 'active';
  parts.push(status === 'all' ? 'Mọi trạng thái' : MEMBER_STATUS_LABELS[status]);
  if (f.gender) parts.push(GENDER_LABELS[f.gender]);
  if (f.partyMember === true) parts.push('Đảng viên');
  if (f.partyMember === false) parts.push('Không phải đảng viên');
  if (f.ageMin !== undefined || f.ageMax !== undefined) parts.push(`Tuổi ${f.ageMin ?? 0}–${f.ageMax ?? '…'}`);
  if (f.joinedFrom || f.joinedTo)
    parts.push(
      `Vào Công đoàn ${f.joinedFrom ? `từ ${isoToVn(f.joinedFrom)} ` : ''}${f.joinedTo ? `đến ${isoToVn(f.joinedTo)}` : ''}`.trim(),
    );
  if (f.query?.trim()) parts.push(`Tìm: "${f.query.trim()}"`);
  return parts.join('; ');
}

function titleFor(ctx: ServiceContext, base: string): string {
  const office = readOfficeSettings(ctx);
  return office ? `${base} - ${oneLine(office.issuingBody).toUpperCase()}` : base;
}

/** Rows fetched from the register at a time. */
const CHUNK = 1000;

/**
 * The current view of the member list (all pages) as .xlsx, written row by row with exceljs's
 * streaming writer into a temporary file (100,000 members never sit in memory as a workbook),
 * reporting "n of N" as it goes; cancelling leaves nothing behind (the file is removed).
 */
export async function exportMembers(ctx: ServiceContext, filter: MemberFilter, progress: Progress = silentProgress): Promise<DownloadFile> {
  await progress.phase('Đang tìm các đoàn viên cần xuất');
  const { ids, total } = searchMemberIds(ctx, filter);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-export-'));
  try {
    const filename = path.join(dir, 'export.xlsx');
    const wb = new (excelJs().stream.xlsx.WorkbookWriter)({ filename, useStyles: true, useSharedStrings: false });
    wb.creator = 'Công đoàn - Văn phòng';
    const ws = wb.addWorksheet('Danh sách đoàn viên', { views: [{ state: 'frozen', ySplit: 4 }] });
    const cellStyles = writeHead(ctx, ws, filter, total);
    await progress.phase('Đang ghi tệp Excel', total);
    let n = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      for (const m of getMembers(ctx, ids.slice(i, i + CHUNK))) {
        n += 1;
        const values: (string | number)[] = [n];
        for (const col of MEMBER_COLUMNS) {
          const v = col.value(m);
          values.push(typeof v === 'string' ? safeCellText(v) : v);
        }
        const row = ws.addRow(values);
        // One style object per column kind: exceljs then finds each cell's style id in its cache
        // instead of working it out again for every cell (half the time of a big export).
        row.getCell(1).style = cellStyles.number;
        for (let k = 2; k <= values.length; k++) row.getCell(k).style = cellStyles.text;
        row.commit();
      }
      await progress.step(n);
    }
    await progress.phase('Đang hoàn tất tệp Excel');
    ws.commit();
    await wb.commit();
    return {
      fileName: `Danh_sach_doan_vien_${todayIso(ctx.now())}.xlsx`,
      mimeType: XLSX_MIME,
      dataBase64: fs.readFileSync(filename).toString('base64'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Column widths, the title, the filter, the date and count, the header row; returns the styles of
 * the data cells (of the number column and of the text columns).
 */
function writeHead(
  ctx: ServiceContext,
  ws: ExcelJS.Worksheet,
  filter: MemberFilter,
  total: number,
): { number: Partial<ExcelJS.Style>; text: Partial<ExcelJS.Style> } {
  const width = MEMBER_COLUMNS.length + 1;
  // Font and borders on every cell cost exceljs more than the data itself; very long lists
  // (beyond STYLED_ROWS) are written plain, which Excel opens and prints just as well.
  const cellStyle = (): Partial<ExcelJS.Style> => (total <= STYLED_ROWS ? { font: SHEET_FONT, border: THIN_BORDER } : {});
  ws.columns = [{ width: 6, style: cellStyle() }, ...MEMBER_COLUMNS.map((c) => ({ width: c.width, style: cellStyle() }))];
  const title = ws.getRow(1);
  title.getCell(1).value = titleFor(ctx, 'DANH SÁCH ĐOÀN VIÊN');
  title.getCell(1).font = { ...SHEET_FONT, bold: true, size: 14 };
  title.getCell(1).alignment = { horizontal: 'center' };
  ws.mergeCells(1, 1, 1, width);
  title.commit();
  const sub = ws.getRow(2);
  sub.getCell(1).value = safeCellText(describeFilter(ctx, filter));
  sub.getCell(1).font = { ...SHEET_FONT, italic: true };
  sub.commit();
  const info = ws.getRow(3);
  info.getCell(1).value = `Xuất ngày ${isoToVn(todayIso(ctx.now()))}: ${total.toLocaleString('vi-VN')} người`;
  info.getCell(1).font = { ...SHEET_FONT, italic: true };
  info.commit();
  const head = ws.getRow(4);
  ['TT', ...MEMBER_COLUMNS.map((c) => c.header)].forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = { ...SHEET_FONT, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = THIN_BORDER;
  });
  head.commit();
  return { number: cellStyle(), text: cellStyle() };
}

const STATS_COLUMNS: { header: string; key: keyof MemberStats['total'] }[] = [
  { header: 'Tổng số đoàn viên', key: 'members' },
  { header: 'Nữ', key: 'women' },
  { header: 'Dân tộc thiểu số', key: 'ethnicMinorities' },
  { header: 'Đảng viên', key: 'partyMembers' },
  { header: 'Kết nạp mới', key: 'admitted' },
  { header: 'Chuyển đến', key: 'transferredIn' },
  { header: 'Chuyển đi', key: 'transferredOut' },
  { header: 'Thôi sinh hoạt', key: 'left' },
];

/** The statistics the page shows (same input), as an .xlsx file. */
export function exportMemberStats(ctx: ServiceContext, input: MemberStatsInput): Promise<DownloadFile> {
  return exportStats(ctx, memberStats(ctx, input));
}

async function exportStats(ctx: ServiceContext, stats: MemberStats): Promise<DownloadFile> {
  const wb = new (excelJs().Workbook)();
  wb.creator = 'Công đoàn - Văn phòng';
  const ws = wb.addWorksheet('Thống kê đoàn viên', { views: [{ state: 'frozen', ySplit: 4 }] });
  const width = 4 + STATS_COLUMNS.length;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = titleFor(ctx, 'THỐNG KÊ SỐ LƯỢNG ĐOÀN VIÊN');
  ws.getCell(1, 1).font = { ...SHEET_FONT, bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value =
    `Số lượng tính đến ngày ${isoToVn(stats.asOf)}; biến động trong kỳ từ ngày ${isoToVn(stats.periodFrom)} đến ngày ${isoToVn(stats.asOf)}`;
  ws.getCell(2, 1).font = { ...SHEET_FONT, italic: true };
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  const headers = ['TT', 'Mã đơn vị', 'Công đoàn cơ sở', 'Khối', ...STATS_COLUMNS.map((c) => c.header)];
  const widths = [6, 12, 40, 24, ...STATS_COLUMNS.map(() => 12)];
  const head = ws.getRow(4);
  headers.forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = { ...SHEET_FONT, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = THIN_BORDER;
    ws.getColumn(i + 1).width = widths[i];
  });
  stats.rows.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      safeCellText(r.unitCode),
      safeCellText(r.unitName),
      safeCellText(r.sectorName),
      ...STATS_COLUMNS.map((c) => r[c.key]),
    ]);
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = SHEET_FONT;
      c.border = THIN_BORDER;
    });
  });
  const totalRow = ws.addRow(['Tổng cộng', '', '', '', ...STATS_COLUMNS.map((c) => stats.total[c.key])]);
  ws.mergeCells(totalRow.number, 1, totalRow.number, 4);
  totalRow.eachCell({ includeEmpty: true }, (c) => {
    c.font = { ...SHEET_FONT, bold: true };
    c.border = THIN_BORDER;
  });
  totalRow.getCell(1).alignment = { horizontal: 'center' };
  const note = ws.addRow([]);
  note.getCell(1).value =
    `Ghi chú: cột Chuyển đến / Chuyển đi của từng đơn vị gồm cả chuyển sinh hoạt giữa các CĐCS trực thuộc; dòng Tổng cộng chỉ tính chuyển đến từ nơi khác và chuyển đi nơi khác` +
    (stats.internalTransfers ? ` (có ${stats.internalTransfers} lượt chuyển sinh hoạt giữa các CĐCS trực thuộc).` : '.');
  note.getCell(1).font = { ...SHEET_FONT, italic: true, size: 11 };
  ws.mergeCells(note.number, 1, note.number, width);
  note.getCell(1).alignment = { wrapText: true };
  note.height = 32;
  addAreaStatsSheet(wb, titleFor(ctx, 'THỐNG KÊ SỐ LƯỢNG ĐOÀN VIÊN'), stats, {
    font: SHEET_FONT,
    border: THIN_BORDER,
    columns: STATS_COLUMNS,
  });
  return {
    fileName: `Thong_ke_doan_vien_${stats.asOf}.xlsx`,
    mimeType: XLSX_MIME,
    dataBase64: await workbookToBase64(wb),
  };
}
