import type ExcelJS from 'exceljs';
import { excelJs } from '../files/lazy-libraries';
import { isoToVn } from '../../../shared/text/dates';
import type { Indicator } from '../../../shared/reports/schema';
import { formLabel, indicatorRows } from '../../../shared/reports/indicator-rows';
import { safeCellText } from '../files/workbook';
import {
  COL,
  META_SHEET,
  REPORT_SHEET,
  SHEET_PASSWORD,
  TEMPLATE_KIND,
  TEMPLATE_VERSION,
  codesText,
  identityPayload,
  keywordsFor,
  type TemplateMeta,
} from './template-layout';

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

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };

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

function validationFor(ind: Indicator): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: true, errorStyle: 'stop' as const };
  switch (ind.kind) {
    case 'count':
      return {
        ...common,
        type: 'whole',
        operator: 'between',
        formulae: [0, 999999999],
        errorTitle: 'Chỉ nhập số',
        error: 'Ô này chỉ nhận số nguyên từ 0 trở lên, ví dụ 12. Không nhập chữ, không nhập số âm.',
        promptTitle: ind.unit ?? 'Số lượng',
        prompt: 'Nhập số nguyên, ví dụ 12.',
      };
    case 'money':
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [0, 999999999999999],
        errorTitle: 'Chỉ nhập số tiền',
        error: 'Ô này chỉ nhận số tiền bằng đồng, từ 0 trở lên, ví dụ 1500000. Không nhập chữ (như "1,5 triệu").',
        promptTitle: 'Số tiền (đồng)',
        prompt: 'Nhập số đồng, ví dụ 1500000.',
      };
    case 'percent':
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [0, 100],
        errorTitle: 'Chỉ nhập tỷ lệ %',
        error: 'Ô này chỉ nhận số phần trăm từ 0 đến 100, ví dụ 85 nghĩa là 85%.',
        promptTitle: 'Tỷ lệ (%)',
        prompt: 'Nhập số phần trăm, ví dụ 85.',
      };
    default:
      return {
        ...common,
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [2000],
        errorTitle: 'Nội dung quá dài',
        error: 'Hãy ghi ngắn gọn, tối đa 2000 ký tự.',
      };
  }
}

function numFmtFor(ind: Indicator): string | undefined {
  if (ind.kind === 'count') return '#,##0';
  if (ind.kind === 'money') return '#,##0';
  if (ind.kind === 'percent') return '0.##';
  return '@';
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
  const lastCol = 6;
  const full = (
    row: number,
    text: string,
    font: Partial<ExcelJS.Font>,
    align: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true },
  ) => {
    ws.mergeCells(row, 1, row, lastCol);
    const c = ws.getCell(row, 1);
    c.value = safeCellText(text);
    c.font = { name: FONT, size: 12, ...font };
    c.alignment = align;
    return c;
  };

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
    a.font = { name: FONT, size: 12 };
    ws.mergeCells(row, 2, row, lastCol);
    const b = ws.getCell(row, 2);
    b.value = safeCellText(value);
    b.font = { name: FONT, size: 12, bold: true };
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

  r += 2;
  const headerRow = r;
  const codeRows: { row: number; code: string }[] = [];
  const heads = ['Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu giao', 'Kết quả', 'Ghi chú'];
  heads.forEach((h, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = h;
    c.font = { name: FONT, size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
    c.fill = HEAD_FILL;
  });
  ws.getRow(r).height = 32;

  for (const item of indicatorRows(indicators)) {
    if (item.type === 'group') {
      r += 1;
      ws.mergeCells(r, 1, r, lastCol);
      const g = ws.getCell(r, 1);
      g.value = safeCellText(item.group);
      g.font = { name: FONT, size: 12, bold: true };
      g.fill = GROUP_FILL;
      g.border = BORDER;
      g.alignment = { vertical: 'middle', wrapText: true };
      continue;
    }
    const ind = item.indicator;
    r += 1;
    const row = ws.getRow(r);
    row.getCell(COL.code).value = safeCellText(ind.code);
    codeRows.push({ row: r, code: ind.code });
    row.getCell(COL.label).value = safeCellText(formLabel(ind));
    row.getCell(COL.unit).value = safeCellText(ind.unit);
    row.getCell(COL.target).value = ind.target;
    const value = row.getCell(COL.value);
    const note = row.getCell(COL.note);
    for (let col = 1; col <= lastCol; col++) {
      const c = row.getCell(col);
      c.font = { name: FONT, size: 12 };
      c.border = BORDER;
      c.alignment = {
        vertical: 'middle',
        wrapText: col === COL.label || col === COL.note || ind.kind === 'text',
        horizontal: col === COL.code || col === COL.unit ? 'center' : undefined,
      };
    }
    row.getCell(COL.target).numFmt = ind.kind === 'percent' ? '0.##' : '#,##0';
    value.fill = INPUT_FILL;
    note.fill = INPUT_FILL;
    value.protection = { locked: false };
    note.protection = { locked: false };
    const fmt = numFmtFor(ind);
    if (fmt) value.numFmt = fmt;
    value.dataValidation = validationFor(ind);
    if (ind.kind === 'text' || ind.label.length > 60) row.height = ind.kind === 'text' ? 48 : 32;
  }

  // Free-text section: highlights, difficulties, proposals; then who prepared the report.
  const freeText: Partial<Record<keyof TemplateMeta, string>> = {};
  const section = (key: 'highlights' | 'difficulties' | 'proposals', title: string) => {
    r += 2;
    full(r, title, { bold: true }, { horizontal: 'left', vertical: 'middle' });
    r += 1;
    ws.mergeCells(r, 1, r, lastCol);
    const c = ws.getCell(r, 1);
    c.fill = INPUT_FILL;
    c.border = BORDER;
    c.font = { name: FONT, size: 12 };
    c.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    c.protection = { locked: false };
    c.dataValidation = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [4000],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Nội dung quá dài',
      error: 'Hãy ghi ngắn gọn, tối đa 4000 ký tự.',
    };
    ws.getRow(r).height = 90;
    freeText[key] = c.address;
  };
  section('highlights', 'KẾT QUẢ NỔI BẬT (những việc làm được, cách làm hay)');
  section('difficulties', 'KHÓ KHĂN, VƯỚNG MẮC');
  section('proposals', 'ĐỀ XUẤT, KIẾN NGHỊ');

  const person = (key: 'reporterName' | 'reporterPhone', title: string) => {
    r += 1;
    ws.mergeCells(r, 1, r, 2);
    const a = ws.getCell(r, 1);
    a.value = title;
    a.font = { name: FONT, size: 12 };
    a.alignment = { horizontal: 'right', vertical: 'middle' };
    ws.mergeCells(r, 3, r, lastCol);
    const c = ws.getCell(r, 3);
    c.fill = INPUT_FILL;
    c.border = BORDER;
    c.font = { name: FONT, size: 12 };
    c.protection = { locked: false };
    c.numFmt = '@';
    freeText[key] = c.address;
  };
  r += 1;
  person('reporterName', 'Người lập báo cáo (họ tên, chức vụ):');
  person('reporterPhone', 'Số điện thoại liên hệ:');

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
    headerRow: String(headerRow),
    highlights: freeText.highlights!,
    difficulties: freeText.difficulties!,
    proposals: freeText.proposals!,
    reporterName: freeText.reporterName!,
    reporterPhone: freeText.reporterPhone!,
    codes: codesText(codeRows),
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
