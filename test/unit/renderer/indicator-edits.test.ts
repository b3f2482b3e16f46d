import { describe, expect, it } from 'vitest';
import type { Indicator, RoundDetail } from '../../../shared/reports/schema';
import {
  addRow,
  checkIndicators,
  errorsFromServer,
  moveRow,
  patchRow,
  removeRow,
  replaceRows,
  rowsFromRound,
  toIndicatorInputs,
} from '../../../renderer/src/pages/reports/indicator-edits';

const indicator = (id: number, code: string, extra: Partial<Indicator> = {}): Indicator =>
  ({
    id,
    code,
    group: 'Hoạt động',
    label: `Chỉ tiêu ${code}`,
    unit: 'người',
    kind: 'count',
    target: 10,
    required: false,
    hasValues: false,
    ...extra,
  }) as Indicator;

const round = (indicators: Indicator[]) => ({ id: 7, indicators }) as unknown as RoundDetail;

describe('indicator table rows', () => {
  it('start from the round, each with its own key', () => {
    const rows = rowsFromRound(round([indicator(1, '1'), indicator(2, '2', { hasValues: true })]));
    expect(rows.map((r) => [r.id, r.code, r.hasValues])).toEqual([
      [1, '1', false],
      [2, '2', true],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
  });

  it('a new row joins the group of the last one, counted in people', () => {
    const rows = addRow(rowsFromRound(round([indicator(1, '1', { group: 'Thăm hỏi' })])));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ id: null, code: '', group: 'Thăm hỏi', unit: 'người', kind: 'count', target: null, hasValues: false });
    expect(addRow([])[0].group).toBeNull();
  });

  it('a text indicator loses its target; other edits change only their row', () => {
    const rows = rowsFromRound(round([indicator(1, '1'), indicator(2, '2')]));
    const text = patchRow(rows, rows[0].key, { kind: 'text' });
    expect(text[0]).toMatchObject({ kind: 'text', target: null });
    expect(text[1]).toBe(rows[1]);
    const relabelled = patchRow(rows, rows[1].key, { label: 'Mới' });
    expect(relabelled[1]).toMatchObject({ label: 'Mới', target: 10 });
  });

  it('move and remove rows', () => {
    const rows = rowsFromRound(round([indicator(1, 'a'), indicator(2, 'b'), indicator(3, 'c')]));
    expect(moveRow(rows, 0, 1).map((r) => r.code)).toEqual(['b', 'a', 'c']);
    expect(moveRow(rows, 2, -1).map((r) => r.code)).toEqual(['a', 'c', 'b']);
    expect(removeRow(rows, rows[1].key).map((r) => r.code)).toEqual(['a', 'c']);
    expect(rows.map((r) => r.code)).toEqual(['a', 'b', 'c']);
  });

  it('replacing the set keeps the saved ids of codes that stay, whatever their accents or case', () => {
    const rows = rowsFromRound(round([indicator(1, 'Đ1', { hasValues: true }), indicator(2, 'X')]));
    const next = replaceRows(rows, [
      { code: 'd1', group: null, label: 'Kept', unit: null, kind: 'count', target: null, required: true },
      { code: 'N', group: null, label: 'New', unit: null, kind: 'money', target: null, required: false },
    ]);
    expect(next.map((r) => [r.code, r.id, r.hasValues])).toEqual([
      ['d1', 1, true],
      ['N', null, false],
    ]);
  });

  it('are saved with empty texts for missing group and unit', () => {
    const rows = rowsFromRound(round([indicator(1, '1')]));
    const [first] = toIndicatorInputs([{ ...rows[0], group: null, unit: null }]);
    expect(first).toEqual({ id: 1, code: '1', group: '', label: 'Chỉ tiêu 1', unit: '', kind: 'count', target: 10, required: false });
  });

  it('checks with the API schema and places messages on cells', () => {
    const ok = toIndicatorInputs(rowsFromRound(round([indicator(1, '1')])));
    expect(checkIndicators(ok)).toBeNull();
    const bad = checkIndicators([...ok, { ...ok[0], id: null, code: '', label: '' }]);
    expect(bad).not.toBeNull();
    expect(Object.keys(bad!).some((k) => k.startsWith('1.'))).toBe(true);
    expect(errorsFromServer({ 'indicators.3.code': 'Mã trùng.', other: 'x' })).toEqual({ '3.code': 'Mã trùng.', other: 'x' });
  });
});
