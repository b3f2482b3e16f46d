// Manual entry: a report that came on paper, or a correction typed by the clerk. Saved as a new
// submission flagged 'manual'; the previous one stays in the history.
import { AppError } from '../../../shared/api/result';
import { formatIndicatorValue, parseIndicatorValue } from '../../../shared/reports/parse-number';
import type { SaveManualInput, UnitSubmissions } from '../../../shared/reports/schema';
import { todayIso } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';
import { UNIT_NOT_FOUND, unitRef } from '../units/repo';
import { insertSubmission } from './submissions-repo';
import { assertReceivedBy } from './received-date';
import { getRoundRow, isRequired, listIndicators } from './repo';
import { unitSubmissions } from './status';

type Parsed = Required<Pick<SaveManualInput, 'roundId' | 'unitId' | 'receivedOn' | 'values'>> & {
  highlights: string | null;
  difficulties: string | null;
  proposals: string | null;
  reporterName: string | null;
  reporterPhone: string | null;
  note: string | null;
};

export function saveManual(ctx: ServiceContext, input: Parsed): UnitSubmissions {
  const round = getRoundRow(ctx, input.roundId);
  if (!unitRef(ctx, input.unitId)) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  if (!isRequired(ctx, round.id, input.unitId)) {
    throw new AppError('CONFLICT', 'Đơn vị này không có trong danh sách phải báo cáo của đợt. Hãy sửa đợt để thêm đơn vị trước.');
  }
  assertReceivedBy(input.receivedOn, todayIso(ctx.now()));
  const indicators = new Map(listIndicators(ctx, round.id).map((i) => [i.id, i]));
  const fields: Record<string, string> = {};
  const values: { indicatorId: number; num: number | null; text: string | null }[] = [];
  const seen = new Set<number>();
  for (const v of input.values) {
    const ind = indicators.get(v.indicatorId);
    if (!ind) throw new AppError('INVALID_INPUT', 'Bộ chỉ tiêu của đợt vừa thay đổi. Hãy tải lại trang rồi nhập lại.');
    if (seen.has(ind.id)) continue;
    seen.add(ind.id);
    const r = parseIndicatorValue(v.value, ind.kind, { unit: ind.unit, percentTyped: true });
    if (!r.ok) {
      const shown = typeof v.value === 'number' ? formatIndicatorValue(v.value, ind.kind) : String(v.value ?? '');
      fields[`values.v${ind.id}`] = `'${shown}' ${r.reason}`;
      continue;
    }
    if (r.value === null) continue;
    values.push({
      indicatorId: ind.id,
      num: typeof r.value === 'number' ? r.value : null,
      text: typeof r.value === 'string' ? r.value : null,
    });
  }
  const bad = Object.keys(fields);
  if (bad.length) {
    throw new AppError('INVALID_INPUT', `Có ${bad.length} chỉ tiêu nhập chưa đúng; hãy xem dòng tô đỏ.`, fields);
  }
  ctx.db.transaction(() => {
    insertSubmission(ctx, {
      roundId: round.id,
      unitId: input.unitId,
      source: 'manual',
      fileName: null,
      sha256: null,
      savedAt: null,
      receivedOn: input.receivedOn,
      createdAt: nowIso(ctx),
      batchId: null,
      free: {
        highlights: input.highlights,
        difficulties: input.difficulties,
        proposals: input.proposals,
        reporterName: input.reporterName,
        reporterPhone: input.reporterPhone,
      },
      note: input.note,
      values,
    });
  })();
  return unitSubmissions(ctx, round.id, input.unitId);
}
