import type ExcelJS from 'exceljs';
import { excelJs } from '../files/lazy-libraries';
import { isoToVn } from '../../../shared/text/dates';
import type { Indicator } from '../../../shared/reports/schema';
import { safeCellText } from '../files/workbook';
import {
  META_SHEET,
  REPORT_SHEET,
  SHEET_PASSWORD,
  TEMPLATE_KIND,
  TEMPLATE_VERSION,
  LAST_COL,
  codesText,
  identityPayload,
  keywordsFor,
  type TemplateMeta,
} from './template-layout';
import { fullRow, writeFreeText, writeIndicatorTable } from './template-parts';
import { SHEET_FONT_NAME } from '../files/sheet-style';

export interface TemplateRound {
  uuid: string;
  code: string;
  name: string;
  periodFrom: string | null;
  periodTo: string | null;
  deadline: string;
}

export interface TemplateUnit {
  code: string;
  name: string;
}

export interface TemplateOffice {
  /** "LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN" — who collects the reports. */
  issuingBody: string | null;
}

/** exceljs keeps sheet protection in an untyped `sheetProtection` field. */
export type Protection = Record<string, unknown>;
const protectionOf = (ws: ExcelJS.Worksheet) => ws as unknown as { sheetProtection: Protection };

/**
 * Sheet protection with its password hash, computed once per batch of templates: the SHA-512
 * spin is the slow part of writing a protected sheet.
 */
export async function makeProtection(): Promise<Protection> {
  const ws = new (excelJs().Workbook)().addWorksheet('x');
  await ws.protect(SHEET_PASSWORD, {
    spinCount: 1000,
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: false,
    formatColumns: true,
    formatRows: true,
    insertRows: false,
    insertColumns: false,
    deleteRows: false,
    deleteColumns: false,
    sort: false,
    autoFilter: false,
  });
  return protectionOf(ws).sheetProtection;
}

function reportTitle(roundName: string): string {
  const upper = roundName.toLocaleUpperCase('vi');
  return upper.startsWith('BÁO CÁO') ? upper : `BÁO CÁO ${upper}`;
}

function periodText(r: TemplateRound): string {
  if (r.periodFrom && r.periodTo) return `Kỳ báo cáo: từ ngày ${isoToVn(r.periodFrom)} đến ngày ${isoToVn(r.periodTo)}`;
  if (r.periodFrom) return `Kỳ báo cáo: từ ngày ${isoToVn(r.periodFrom)}`;
  if (r.periodTo) return `Kỳ báo cáo: đến ngày ${isoToVn(r.periodTo)}`;
  return '';
}

/** One unit's template: pre-filled identity, instructions, locked layout, unlocked yellow inputs. */
export function buildTemplate(
  round: TemplateRound,
  indicators: Indicator[],
  unit: TemplateUnit,
  office: TemplateOffice,
  protection: Protection,
  now: Date,
  sign: (payload: string) => string,
): ExcelJS.Workbook {
  const wb = new (excelJs().Workbook)();
  wb.creator = 'Công đoàn - Văn phòng';
  wb.title = reportTitle(round.name);
  wb.subject = `${round.name} — ${unit.name}`;
  wb.keywords = keywordsFor(round.uuid, unit.code);
  wb.created = now;
  wb.modified = now;

  const ws = wb.addWorksheet(REPORT_SHEET, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'normal', showGridLines: false }],
  });
  [8, 58, 13, 12, 18, 26].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const full = (row: number, text: string, font: Partial<ExcelJS.Font>, align?: Partial<ExcelJS.Alignment>) =>
    fullRow(ws, row, text, font, align);

  let r = 1;
  if (office.issuingBody) full(r, office.issuingBody.toLocaleUpperCase('vi'), { bold: true });
  r = 2;
  full(r, reportTitle(round.name), { bold: true, size: 14 });
  ws.getRow(r).height = 36;
  r = 3;
  const period = periodText(round);
  full(r, `${period}${period ? '. ' : ''}Hạn nộp: chậm nhất trong ngày ${isoToVn(round.deadline)}.`, { italic: true });

  // Identity block: what the clerk and the unit read. The machine reads the hidden sheet.
  r = 5;
  const label = (row: number, text: string, value: string) => {
    const a = ws.getCell(row, 1);
    a.value = text;
    a.font = { name: SHEET_FONT_NAME, size: 12 };
    ws.mergeCells(row, 2, row, LAST_COL);
    const b = ws.getCell(row, 2);
    b.value = safeCellText(value);
    b.font = { name: SHEET_FONT_NAME, size: 12, bold: true };
  };
  label(r, 'Đơn vị:', unit.name);
  label(r + 1, 'Mã đơn vị:', `${unit.code}      (mã đợt báo cáo: ${round.code})`);

  r = 8;
  full(r, 'HƯỚNG DẪN ĐIỀN BÁO CÁO', { bold: true }, { horizontal: 'left', vertical: 'middle' });
  const steps = [
    '1. Chỉ nhập vào các ô nền vàng: cột "Kết quả", cột "Ghi chú" và phần nhận xét ở cuối trang. Các ô khác đã được khóa.',
    '2. Cột "Kết quả" chỉ nhập chữ số, không nhập chữ và không nhập số âm. Chỉ tiêu không có thì ghi 0; chưa có số liệu thì để trống.',
    '3. Số tiền ghi bằng đồng, ví dụ 1500000 (không ghi "1,5 triệu"). Tỷ lệ ghi số phần trăm, ví dụ 85 nghĩa là 85%.',
    '4. Không đổi tên trang, không thêm hoặc xóa dòng, cột. Được đổi tên tệp: phần mềm vẫn nhận ra đơn vị và đợt báo cáo.',
    `5. Lưu tệp dạng .xlsx (Excel, LibreOffice hoặc WPS đều được), chép vào USB hoặc gửi về ${office.issuingBody ? `Văn phòng ${office.issuingBody}` : 'văn phòng'} chậm nhất trong ngày ${isoToVn(round.deadline)}.`,
  ];
  if (indicators.some((i) => i.required)) steps.push('6. Chỉ tiêu có dấu (*) là bắt buộc: phải ghi số liệu (không có thì ghi 0).');
  for (const s of steps) {
    r += 1;
    full(r, s, { size: 11 }, { horizontal: 'left', vertical: 'middle', wrapText: true });
    ws.getRow(r).height = 30;
  }

  const table = writeIndicatorTable(ws, r, indicators);
  const { r: end, freeText } = writeFreeText(ws, table.r);
  r = end;

  protectionOf(ws).sheetProtection = { ...protection };
  ws.pageSetup.printArea = `A1:F${r}`;

  const meta: TemplateMeta = {
    kind: TEMPLATE_KIND,
    version: String(TEMPLATE_VERSION),
    roundUuid: round.uuid,
    roundCode: round.code,
    roundName: round.name,
    unitCode: unit.code,
    unitName: unit.name,
    generatedAt: now.toISOString(),
    sheet: REPORT_SHEET,
    headerRow: String(table.headerRow),
    highlights: freeText.highlights!,
    difficulties: freeText.difficulties!,
    proposals: freeText.proposals!,
    reporterName: freeText.reporterName!,
    reporterPhone: freeText.reporterPhone!,
    codes: codesText(table.codeRows),
    checksum: '',
  };
  meta.checksum = sign(identityPayload(meta));
  const ms = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ms.getColumn(1).width = 16;
  ms.getColumn(2).width = 60;
  ms.addRow(['Thông tin nhận dạng mẫu báo cáo — không sửa trang này.', '']);
  for (const [k, v] of Object.entries(meta)) ms.addRow([k, v]).getCell(2).numFmt = '@';
  protectionOf(ms).sheetProtection = { ...protection };
  return wb;
}

export async function templateBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
