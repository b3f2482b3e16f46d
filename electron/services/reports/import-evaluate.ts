// One parsed report file checked against the round: its identity (round, unit, required),
// the unit its file name carries, and every figure and free text it holds.
import { parseIndicatorValue, type ParsedValue } from '../../../shared/reports/parse-number';
import type { Indicator } from '../../../shared/reports/schema';
import { cleanText, foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { findUnitIdByCode, unitRef } from '../units/repo';
import type { ExtractedReport, RawCell } from './extracted-report';
import type { BatchFile, UnitRef } from './import-types';
import { codeList, missingRequired } from './completeness';
import { checkIdentity } from './template-signature';
import { findRoundByUuid, isRequired, type RoundRow } from './repo';
import { FREE_TEXT_KEYS } from './template-layout';

/** Checks identity, round, unit and every figure of one parsed file. */
export function evaluate(
  ctx: ServiceContext,
  round: RoundRow,
  indicators: Indicator[],
  file: BatchFile,
  report: ExtractedReport,
  data: Buffer,
): void {
  const fileLabel = `Tệp "${file.fileName}"`;
  file.savedAt = report.savedAt;
  const id = report.identity;
  if (!id) {
    file.errors.push(
      `${fileLabel}: không phải mẫu báo cáo do phần mềm gửi đi (không có thông tin nhận dạng đợt và đơn vị). ` +
        'Hãy đề nghị đơn vị điền vào mẫu đã gửi, hoặc nhập tay số liệu của đơn vị.',
    );
    return;
  }
  file.unitCode = id.unitCode;
  file.unitName = id.unitName;
  file.roundCode = id.roundCode;
  file.roundName = id.roundName;
  if (id.roundUuid !== round.uuid) {
    const other = findRoundByUuid(ctx, id.roundUuid);
    file.roundCode = other?.code ?? id.roundCode;
    file.roundName = other?.name ?? id.roundName;
    file.errors.push(
      other
        ? `${fileLabel}: đây là mẫu của đợt "${other.name}" (mã ${other.code}), không phải đợt "${round.name}" đang nhận. Hãy nhập tệp này ở đợt "${other.name}".`
        : `${fileLabel}: đây là mẫu của một đợt báo cáo khác${id.roundName ? ` ("${id.roundName}")` : ''}, không có trong phần mềm. Hãy gửi lại mẫu của đợt "${round.name}" cho đơn vị.`,
    );
    return;
  }
  file.roundCode = round.code;
  file.roundName = round.name;
  const unitId = findUnitIdByCode(ctx, id.unitCode);
  if (unitId === null) {
    file.errors.push(
      `${fileLabel}: mã đơn vị "${id.unitCode}"${id.unitName ? ` (${id.unitName})` : ''} không có trong danh sách công đoàn cơ sở. ` +
        'Hãy kiểm tra danh sách đơn vị (có thể mã đã bị đổi) rồi nhập lại.',
    );
    return;
  }
  const unit = unitRef(ctx, unitId)!;
  file.unitId = unitId;
  file.unitCode = unit.code;
  file.unitName = unit.name;
  file.templateUnit = { id: unitId, code: unit.code, name: unit.name };
  file.namedUnit = otherUnitInName(ctx, file.fileName, unit.code, round.code);
  if (file.namedUnit) {
    file.warnings.push(
      `Tên tệp ghi mã ${file.namedUnit.code} (${file.namedUnit.name}) nhưng mẫu bên trong là của ${unit.code} (${unit.name}): có thể đơn vị ${file.namedUnit.code} đã điền vào mẫu của đơn vị khác. Hãy hỏi lại đơn vị rồi chọn số liệu là của đơn vị nào ở cột "Đơn vị" và đánh dấu "Nhập".`,
    );
  }
  if (id.meta && checkIdentity(ctx, round, id.meta, report.rows) === 'edited') {
    file.tampered = true;
    file.warnings.push(
      `Thông tin nhận dạng của mẫu đã bị sửa sau khi gửi đi (mã kiểm tra không khớp): trang thông tin ẩn hoặc cột "Mã" chỉ tiêu đã bị thay đổi, nên không chắc tệp là của ${unit.code} (${unit.name}) hay số liệu nằm đúng chỉ tiêu. Hãy hỏi lại đơn vị hoặc gửi lại mẫu mới; chỉ đánh dấu "Nhập" nếu đã kiểm tra số liệu.`,
    );
  }
  if (!isRequired(ctx, round.id, unitId)) {
    file.errors.push(
      `${fileLabel}: đơn vị "${unit.name}" không có trong danh sách phải báo cáo của đợt này. Nếu muốn nhận, hãy sửa đợt để thêm đơn vị rồi nhập lại.`,
    );
    return;
  }

  const byCode = new Map(report.rows.map((r) => [foldVi(r.code), r]));
  const missingCodes: string[] = [];
  for (const ind of indicators) {
    const row = byCode.get(foldVi(ind.code));
    if (!row) {
      missingCodes.push(ind.code);
      continue;
    }
    const parsed = interpret(row.value, ind);
    if (!parsed.ok) {
      file.problems.push({ sheet: report.sheet ?? '', cell: row.ref, message: `Ô ${row.ref}: ${parsed.reason}`, indicatorCode: ind.code });
      continue;
    }
    if (parsed.value === null) continue;
    file.values.push({
      indicatorId: ind.id,
      num: typeof parsed.value === 'number' ? parsed.value : null,
      text: typeof parsed.value === 'string' ? parsed.value : null,
    });
  }
  if (missingCodes.length) {
    file.warnings.push(
      `Mẫu này không có ${missingCodes.length} chỉ tiêu thêm sau khi gửi mẫu (${missingCodes.slice(0, 6).join(', ')}${missingCodes.length > 6 ? '…' : ''}); các chỉ tiêu đó để trống, có thể nhập tay sau.`,
    );
  }
  for (const k of FREE_TEXT_KEYS) {
    const t = report.free[k];
    file.free[k] = t ? cleanText(t).slice(0, k.startsWith('reporter') ? (k === 'reporterPhone' ? 50 : 100) : 4000) || null : null;
  }
  const lacking = file.values.length ? missingRequired(indicators, file.values) : [];
  if (lacking.length) {
    file.warnings.push(
      `Thiếu số liệu: chưa điền ${lacking.length} chỉ tiêu bắt buộc (${codeList(lacking)}). Báo cáo vẫn được nhận nhưng đơn vị sẽ nằm trong danh sách "Thiếu số liệu" để nhắc bổ sung.`,
    );
  }
  if (file.problems.length) {
    file.errors.push(
      `Có ${file.problems.length} ô chưa đúng (xem danh sách). Hãy sửa các ô này trong tệp rồi nhập lại, hoặc nhập tay số liệu của đơn vị.`,
    );
    return;
  }
  file.data = data;
}

/** A unit other than `own` whose code the file name carries ("CD009 bao cao.xlsx"), if any. */
function otherUnitInName(ctx: ServiceContext, fileName: string, own: string, roundCode: string): UnitRef | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const ownKey = foldVi(own).replace(/\s+/g, '');
  for (const token of base.split(/[\s_.,()[\]]+/)) {
    if (token.length < 3 || foldVi(token) === foldVi(roundCode) || foldVi(token).replace(/\s+/g, '') === ownKey) continue;
    const id = findUnitIdByCode(ctx, token);
    if (id === null) continue;
    const u: UnitRef = unitRef(ctx, id)!;
    if (foldVi(u.code).replace(/\s+/g, '') !== ownKey) return u;
  }
  return null;
}

/** A value cell checked against its indicator: the message quotes what the unit typed. */
function interpret(cell: RawCell, ind: Indicator): ParsedValue {
  const quoted = (s: string, reason: string): ParsedValue => ({ ok: false, reason: `'${s}' ${reason}` });
  switch (cell.type) {
    case 'empty':
      return { ok: true, value: null };
    case 'number': {
      const r = parseIndicatorValue(cell.value, ind.kind, { unit: ind.unit, percentFormatted: cell.percent });
      return r.ok ? r : quoted(String(cell.percent ? cell.value * 100 : cell.value).replace('.', ','), r.reason);
    }
    case 'text': {
      const r = parseIndicatorValue(cell.value, ind.kind, { unit: ind.unit });
      return r.ok ? r : quoted(cleanText(cell.value).slice(0, 60), r.reason);
    }
    case 'date':
      if (ind.kind === 'text') return { ok: true, value: cell.display };
      return quoted(cell.display, 'là ngày tháng, không phải số. Hãy ghi lại bằng chữ số.');
    case 'error':
      return { ok: false, reason: `công thức bị lỗi (${cell.display}). Hãy sửa công thức hoặc ghi thẳng con số.` };
    case 'formula-no-result':
      return {
        ok: false,
        reason: 'ô có công thức nhưng tệp chưa lưu kết quả tính. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.',
      };
  }
}
