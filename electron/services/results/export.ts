// The results of a round as .xlsx, in the layout offices know (forms 01/02-HĐCĐ):
// TT | Nội dung | Đơn vị tính | Số lượng | Ghi chú, then a sheet by sector, one by unit and the
// share of units with at least one activity.
import { splitGroupNumeral } from '../../../shared/reports/indicator-rows';
import type ExcelJS from 'exceljs';
import { excelJs } from '../files/lazy-libraries';
import type { DownloadFile } from '../../../shared/api/fields';
import { submissionState, type SubmissionState } from '../../../shared/reports/lateness';
import type { IndicatorResult, RoundResults } from '../../../shared/results/schema';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import { compareVi, foldVi, oneLine } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { safeCellText, workbookToBase64, XLSX_MIME } from '../files/workbook';
import { readOfficeSettings } from '../settings/office';
import { roundUnits } from '../reports/repo';
import { submissionsByUnit } from '../reports/submissions-repo';
import { roundResults } from './compute';
import { currentFiguresByUnit } from './report-queries';
import { reportTitle } from './draft-document';
import { groupTitle } from './draft-wording';
import { SHEET_FONT, THIN_BORDER } from '../files/sheet-style';

const BOLD = { ...SHEET_FONT, bold: true };
const NUM_FMT = '#,##0';
const STATE_TEXT: Record<SubmissionState, string> = { on_time: 'Đúng hạn', late: 'Nộp trễ hạn', missing: 'Chưa nộp' };
const PCT_FMT = '0.0#';

interface TitleLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

function title(ws: ExcelJS.Worksheet, width: number, lines: TitleLine[]): number {
  lines.forEach((l, i) => {
    const r = i + 1;
    ws.mergeCells(r, 1, r, width);
    const c = ws.getCell(r, 1);
    c.value = safeCellText(l.text);
    c.font = { ...SHEET_FONT, bold: l.bold, italic: l.italic, size: l.size ?? 12 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    let total = 0;
    for (let k = 1; k <= width; k++) total += ws.getColumn(k).width ?? 10;
    ws.getRow(r).height = Math.max(l.size && l.size > 12 ? 22 : 18, Math.ceil((l.text.length * 1.2) / total) * 17);
  });
  return lines.length + 2;
}

function head(ws: ExcelJS.Worksheet, row: number, heads: string[]): void {
  const r = ws.getRow(row);
  heads.forEach((h, i) => {
    const c = r.getCell(i + 1);
    c.value = safeCellText(h);
    c.font = BOLD;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = THIN_BORDER;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F4F7' } };
  });
  r.height = 32;
}

/** Wrapped text does not make Excel or LibreOffice grow a row on their own: size it from the text. */
function fitHeight(ws: ExcelJS.Worksheet, row: ExcelJS.Row, n: number): void {
  let lines = 1;
  for (let i = 1; i <= n; i++) {
    const v = row.getCell(i).value;
    if (typeof v !== 'string') continue;
    const width = ws.getColumn(i).width ?? 10;
    lines = Math.max(lines, Math.ceil((v.length * 1.1) / Math.max(4, width - 1)));
  }
  row.height = Math.max(18, lines * 16);
}

function styleRow(row: ExcelJS.Row, n: number, bold = false): void {
  fitHeight(row.worksheet, row, n);
  for (let i = 1; i <= n; i++) {
    const c = row.getCell(i);
    c.font = bold ? BOLD : SHEET_FONT;
    c.border = THIN_BORDER;
    const long = typeof c.value === 'string' && (c.value.length > 12 || (i === 2 && c.value !== ''));
    c.alignment = { vertical: 'middle', wrapText: true, horizontal: long ? 'left' : 'center' };
    if (typeof c.value === 'number') c.numFmt = Number.isInteger(c.value) ? NUM_FMT : PCT_FMT;
  }
}

const roman = (group: string, n: number) => splitGroupNumeral(group).numeral || String(n);

/** Indicators grouped as in the round, text indicators included (they have no figure). */
function grouped(r: RoundResults): { group: string | null; items: IndicatorResult[] }[] {
  const out: { group: string | null; items: IndicatorResult[] }[] = [];
  for (const ind of r.indicators) {
    const last = out[out.length - 1];
    if (last && last.group === ind.group) last.items.push(ind);
    else out.push({ group: ind.group, items: [ind] });
  }
  return out;
}

const figure = (ind: IndicatorResult, v: number | null): number | string => (ind.kind === 'text' || v === null ? '' : v);

function note(ind: IndicatorResult, r: RoundResults): string {
  if (ind.kind === 'text') return `Ghi bằng chữ trong báo cáo của ${ind.reportCount} đơn vị`;
  const parts: string[] = [];
  if (ind.kind === 'percent') parts.push(`Bình quân của ${ind.reportCount} đơn vị`);
  else {
    parts.push(`${ind.reportCount} CĐCS báo cáo`);
    if (ind.office) parts.push(`văn phòng tổ chức ${ind.office.toLocaleString('vi-VN')}`);
    if (ind.unitActivities) parts.push(`CĐCS chưa báo cáo ${ind.unitActivities.toLocaleString('vi-VN')}`);
  }
  if (ind.target !== null) parts.push(`chỉ tiêu: ${ind.target.toLocaleString('vi-VN')}${ind.kind === 'percent' ? '%' : ''}`);
  if (r.previous && ind.previous !== null) parts.push(`cùng kỳ ${r.previous.year}: ${ind.previous.toLocaleString('vi-VN')}`);
  return parts.join('; ');
}

/** 1. TT | Nội dung | Đơn vị tính | Số lượng | Ghi chú, then the share of units with an activity. */
function resultsSheet(wb: ExcelJS.Workbook, r: RoundResults, top: TitleLine[]): void {
  const ws = wb.addWorksheet('Kết quả', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 7 }, { width: 52 }, { width: 12 }, { width: 16 }, { width: 36 }];
  let row = title(ws, 5, top);
  head(ws, row, ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú']);
  ws.views = [{ state: 'frozen', ySplit: row }];
  grouped(r).forEach((g, gi) => {
    if (g.group) {
      const gr = ws.getRow(++row);
      gr.values = [roman(g.group, gi + 1), safeCellText(groupTitle(g.group)), '', '', ''];
      styleRow(gr, 5, true);
    }
    for (const ind of g.items) {
      const ir = ws.getRow(++row);
      ir.values = [
        safeCellText(ind.code),
        safeCellText(ind.label),
        safeCellText(ind.kind === 'percent' ? '%' : (ind.unit ?? '')),
        figure(ind, ind.total),
        safeCellText(note(ind, r)),
      ];
      styleRow(ir, 5);
    }
  });
  const sr = ws.getRow(++row);
  sr.values = ['*', 'Tỷ lệ công đoàn cơ sở tổ chức ít nhất 01 hoạt động', '', '', ''];
  styleRow(sr, 5, true);
  for (const g of [
    ...r.share.groups.filter((x) => x.units > 0),
    { label: 'Chung', ...r.share.total, target: null, met: null, kind: 'other' as const },
  ]) {
    const gr = ws.getRow(++row);
    gr.values = [
      '',
      safeCellText(g.label),
      '%',
      g.percent ?? '',
      safeCellText(`${g.active}/${g.units} đơn vị${g.target !== null ? `; chỉ tiêu ≥ ${g.target}%: ${g.met ? 'đạt' : 'chưa đạt'}` : ''}`),
    ];
    styleRow(gr, 5);
  }
}

/** 2. By sector: one column per sector (and the same period of the previous year). */
function bySectorSheet(wb: ExcelJS.Workbook, r: RoundResults, top: TitleLine[]): void {
  const cols = r.columns;
  const ws2 = wb.addWorksheet('Theo khối', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const heads2 = [
    'TT',
    'Nội dung',
    'Đơn vị tính',
    ...cols.map((c) => c.name),
    'Tổng số',
    ...(r.previous ? [`Cùng kỳ năm ${r.previous.year}`] : []),
  ];
  ws2.columns = heads2.map((_h, i) => ({ width: i === 0 ? 7 : i === 1 ? 50 : i === 2 ? 12 : 16 }));
  let row = title(ws2, heads2.length, top);
  head(ws2, row, heads2);
  ws2.views = [{ state: 'frozen', ySplit: row, xSplit: 2 }];
  grouped(r).forEach((g, gi) => {
    if (g.group) {
      const gr = ws2.getRow(++row);
      gr.values = [roman(g.group, gi + 1), safeCellText(groupTitle(g.group)), ...heads2.slice(2).map(() => '')];
      styleRow(gr, heads2.length, true);
    }
    for (const ind of g.items) {
      if (ind.kind === 'text') continue;
      const ir = ws2.getRow(++row);
      ir.values = [
        safeCellText(ind.code),
        safeCellText(ind.label),
        safeCellText(ind.kind === 'percent' ? '%' : (ind.unit ?? '')),
        ...ind.byColumn.map((v) => figure(ind, v)),
        figure(ind, ind.total),
        ...(r.previous ? [figure(ind, ind.previous)] : []),
      ];
      styleRow(ir, heads2.length);
    }
  });
}

/** 3. By unit: one row per unit, one column per numeric indicator (the figures of its report). */
function byUnitSheet(ctx: ServiceContext, wb: ExcelJS.Workbook, r: RoundResults, roundId: number): void {
  const numeric = r.indicators.filter((i) => i.kind !== 'text');
  const ws3 = wb.addWorksheet('Theo đơn vị');
  const heads3 = ['TT', 'Mã đơn vị', 'Tên công đoàn cơ sở', 'Khối', 'Tình trạng', ...numeric.map((i) => i.code)];
  ws3.columns = heads3.map((_h, i) => ({ width: i === 0 ? 6 : i === 1 ? 12 : i === 2 ? 40 : i === 3 ? 24 : i === 4 ? 14 : 12 }));
  let row = title(ws3, Math.min(heads3.length, 12), [
    { text: `SỐ LIỆU BÁO CÁO CỦA TỪNG CÔNG ĐOÀN CƠ SỞ: ${r.round.name.toLocaleUpperCase('vi')}`, bold: true, size: 13 },
    {
      text: 'Mỗi cột là một chỉ tiêu (mã như ở trang "Kết quả"). Chỉ gồm số liệu trong báo cáo của đơn vị, không gồm hoạt động văn phòng ghi.',
      italic: true,
    },
  ]);
  head(ws3, row, heads3);
  ws3.views = [{ state: 'frozen', ySplit: row, xSplit: 3 }];
  const byUnit = currentFiguresByUnit(ctx, roundId);
  const submitted = submissionsByUnit(ctx, roundId);
  const units = roundUnits(ctx, roundId).map((u) => ({ ...u, sector: u.sectorName, firstOn: submitted.get(u.id)?.firstOn }));
  units.sort((a, b) => a.sectorOrder - b.sectorOrder || compareVi(a.name, b.name));
  units.forEach((u, k) => {
    const m = byUnit.get(u.id);
    const state = STATE_TEXT[submissionState(u.firstOn, r.round.deadline)];
    const ur = ws3.getRow(++row);
    ur.values = [
      k + 1,
      safeCellText(u.code),
      safeCellText(u.name),
      safeCellText(u.sector ?? ''),
      state,
      ...numeric.map((i) => m?.get(i.id) ?? ''),
    ];
    styleRow(ur, heads3.length);
    ur.getCell(3).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  });
}

export async function exportResults(ctx: ServiceContext, roundId: number): Promise<DownloadFile> {
  const r = roundResults(ctx, roundId);
  const office = readOfficeSettings(ctx);
  const today = todayIso(ctx.now());
  const { annex } = reportTitle(r);
  const wb = new (excelJs().Workbook)();
  wb.creator = 'Công đoàn - Văn phòng';
  const status = `Số liệu đến ngày ${isoToVn(today)}: ${r.counts.received}/${r.counts.required} công đoàn cơ sở đã báo cáo; cộng các hoạt động do văn phòng tổ chức.`;
  const officeLine = office ? [{ text: oneLine(office.issuingBody).toLocaleUpperCase('vi'), bold: true }] : [];
  const top: TitleLine[] = [...officeLine, { text: annex.toLocaleUpperCase('vi'), bold: true, size: 14 }, { text: status, italic: true }];
  resultsSheet(wb, r, top);
  bySectorSheet(wb, r, [
    ...officeLine,
    { text: `${annex.toLocaleUpperCase('vi')} THEO KHỐI`, bold: true, size: 14 },
    { text: status, italic: true },
  ]);
  byUnitSheet(ctx, wb, r, roundId);

  const slug = foldVi(r.round.code)
    .replace(/[^a-z0-9]+/g, '-')
    .toUpperCase();
  return { fileName: `Ket_qua_${slug}_${today}.xlsx`, mimeType: XLSX_MIME, dataBase64: await workbookToBase64(wb) };
}
