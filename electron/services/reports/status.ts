// Who has reported: per round, every unit that must report with received / late / missing.
import fs from 'node:fs';
import path from 'node:path';
import { excelJs } from '../files/lazy-libraries';
import type { DownloadFile } from '../../../shared/api/fields';
import { AppError } from '../../../shared/api/result';
import { deadlineText } from '../../../shared/reports/days';
import { submissionState } from '../../../shared/reports/lateness';
import type { ReportsDashboard, RoundStatus, StatusRow, SubmissionDetail, UnitSubmissions } from '../../../shared/reports/schema';
import { isoToVn, todayIso } from '../../../shared/text/dates';
import { compareVi, oneLine } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { safeCellText, workbookToBase64, XLSX_MIME } from '../files/workbook';
import { SHEET_FONT_NAME, listCell, listHeading } from '../files/sheet-style';
import { readOfficeSettings } from '../settings/office';
import { missingRequiredByUnit } from './completeness';
import { archivePath } from './import';
import { UNIT_NOT_FOUND, unitRef } from '../units/repo';
import { getRoundRow, isRequired, roundHeaders, roundSummary, roundUnits } from './repo';
import { submissionDetailRow, submissionFileRef, submissionHistory, submissionsByUnit } from './submissions-repo';

const SUBMISSION_NOT_FOUND = 'Không tìm thấy báo cáo này; có thể nó vừa bị xóa. Hãy tải lại trang.';

export function roundStatus(ctx: ServiceContext, roundId: number): RoundStatus {
  const round = getRoundRow(ctx, roundId);
  const agg = submissionsByUnit(ctx, roundId);
  const lacking = missingRequiredByUnit(ctx, roundId);
  const rows: StatusRow[] = roundUnits(ctx, roundId).map((u) => {
    const a = agg.get(u.id);
    return {
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      sectorName: u.sectorName,
      dissolved: u.dissolvedOn !== null,
      state: submissionState(a?.firstOn, round.deadline),
      firstReceivedOn: a?.firstOn ?? null,
      lastReceivedOn: a?.lastOn ?? null,
      source: a?.current?.source ?? null,
      fileName: a?.current?.fileName ?? null,
      submissionId: a?.current?.id ?? null,
      versions: a?.versions ?? 0,
      missingFigures: lacking.get(u.id) ?? [],
    };
  });
  rows.sort((a, b) => compareVi(a.unitName, b.unitName) || compareVi(a.unitCode, b.unitCode));
  const summary = roundSummary(ctx, round);
  return {
    round: summary,
    rows,
    counts: {
      required: summary.required,
      received: summary.received,
      late: summary.late,
      missing: summary.missing,
      onTime: summary.received - summary.late,
      manual: rows.filter((r) => r.source === 'manual').length,
      incomplete: rows.filter((r) => r.missingFigures.length > 0).length,
    },
  };
}

/** Rounds worth a look on the dashboard: deadline ahead or passed within the last 30 days. */
export function reportsDashboard(ctx: ServiceContext): ReportsDashboard {
  const today = todayIso(ctx.now());
  const rounds = roundHeaders(ctx)
    .reverse()
    .map((r) => roundSummary(ctx, getRoundRow(ctx, r.id)))
    .filter((r) => r.daysLeft >= -30)
    .slice(0, 6)
    .map((r) => ({
      id: r.id,
      name: r.name,
      code: r.code,
      deadline: r.deadline,
      daysLeft: r.daysLeft,
      required: r.required,
      received: r.received,
      late: r.late,
      missing: r.missing,
    }));
  return { today, rounds };
}

/** The units that have not reported yet, as .xlsx with their contacts (to phone them). */
export async function exportMissing(ctx: ServiceContext, roundId: number): Promise<DownloadFile> {
  const status = roundStatus(ctx, roundId);
  const round = status.round;
  const missingIds = new Set(status.rows.filter((r) => r.state === 'missing').map((r) => r.unitId));
  const units = roundUnits(ctx, roundId)
    .filter((u) => missingIds.has(u.id))
    .sort((a, b) => compareVi(a.name, b.name));
  const wb = new (excelJs().Workbook)();
  wb.creator = 'Công đoàn - Văn phòng';
  const ws = wb.addWorksheet('Chưa nộp', { views: [{ state: 'frozen', ySplit: 4 }] });
  const heads = ['TT', 'Mã đơn vị', 'Tên công đoàn cơ sở', 'Khối', 'Chủ tịch', 'Điện thoại', 'Email'];
  const widths = [6, 14, 45, 28, 24, 16, 28];
  const office = readOfficeSettings(ctx);
  ws.mergeCells(1, 1, 1, heads.length);
  ws.getCell(1, 1).value = safeCellText(`DANH SÁCH ĐƠN VỊ CHƯA NỘP BÁO CÁO: ${round.name.toLocaleUpperCase('vi')}`);
  ws.getCell(1, 1).font = { bold: true, size: 14, name: SHEET_FONT_NAME };
  ws.getCell(1, 1).alignment = { horizontal: 'center', wrapText: true };
  ws.getRow(1).height = 36;
  ws.mergeCells(2, 1, 2, heads.length);
  ws.getCell(2, 1).value =
    `Hạn nộp ${isoToVn(round.deadline)} (${deadlineText(round.daysLeft).toLowerCase()}). Tính đến ngày ${isoToVn(todayIso(ctx.now()))}: ` +
    `${units.length}/${status.counts.required} đơn vị chưa nộp.` +
    (office ? ` ${oneLine(office.issuingBody)}.` : '');
  ws.getCell(2, 1).font = { italic: true, name: SHEET_FONT_NAME };
  const head = ws.getRow(4);
  heads.forEach((h, i) => {
    listHeading(head.getCell(i + 1), h);
    ws.getColumn(i + 1).width = widths[i];
  });
  units.forEach((u, i) => {
    const row = ws.addRow([
      i + 1,
      safeCellText(u.code),
      safeCellText(u.name),
      safeCellText(u.sectorName),
      safeCellText(u.chairName),
      safeCellText(u.phone),
      safeCellText(u.email),
    ]);
    row.eachCell({ includeEmpty: true }, listCell);
  });
  return { fileName: `Chua_nop_${round.code}_${todayIso(ctx.now())}.xlsx`, mimeType: XLSX_MIME, dataBase64: await workbookToBase64(wb) };
}

function submissionDetail(ctx: ServiceContext, id: number): SubmissionDetail {
  const detail = submissionDetailRow(ctx, id);
  if (!detail) throw new AppError('NOT_FOUND', SUBMISSION_NOT_FOUND);
  return detail;
}

export function unitSubmissions(ctx: ServiceContext, roundId: number, unitId: number): UnitSubmissions {
  getRoundRow(ctx, roundId);
  const unit = unitRef(ctx, unitId);
  if (!unit) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const history = submissionHistory(ctx, roundId, unitId);
  const cur = history.find((h) => h.isCurrent);
  return { unit, required: isRequired(ctx, roundId, unitId), current: cur ? submissionDetail(ctx, cur.id) : null, history };
}

export function archivedFile(ctx: ServiceContext, submissionId: number): DownloadFile {
  const row = submissionFileRef(ctx, submissionId);
  if (!row) throw new AppError('NOT_FOUND', SUBMISSION_NOT_FOUND);
  if (!row.sha256) throw new AppError('NOT_FOUND', 'Báo cáo này được nhập tay, không có tệp gốc.');
  const file = archivePath(ctx, row.sha256);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'Không tìm thấy bản lưu của tệp gốc trong thư mục dữ liệu (có thể đã bị xóa).');
  return {
    fileName: path.basename(row.fileName ?? `${row.sha256}.xlsx`),
    mimeType: XLSX_MIME,
    dataBase64: fs.readFileSync(file).toString('base64'),
  };
}
