import { describe, expect, it } from 'vitest';
import type { PlanRoundDraft } from '../../../shared/reports/round-from-plan';
import { roundCreateSchema } from '../../../shared/reports/schema';
import { roundInput, startingSet, type RoundFormValues } from '../../../renderer/src/pages/reports/round-form-values';
import { isoToDayjs } from '../../../renderer/src/lib/iso-days';

const filled: RoundFormValues = {
  name: 'Báo cáo 6 tháng đầu năm 2026',
  code: '6T-2026',
  periodFrom: isoToDayjs('2026-01-01'),
  periodTo: isoToDayjs('2026-06-30'),
  deadline: isoToDayjs('2026-07-15'),
  notes: 'Gửi kèm danh sách.',
  unitMode: 'some',
  unitIds: [3, 8],
};

const plan: PlanRoundDraft = {
  documentId: 41,
  kindName: 'Kế hoạch',
  name: 'Tháng Công nhân 2026',
  code: 'TCN-2026',
  periodFrom: '2026-05-01',
  periodTo: '2026-05-31',
  deadline: '2026-06-10',
  notes: null,
  indicators: [{ code: '1', group: null, label: 'Số đoàn viên được thăm hỏi', unit: 'người', kind: 'count', target: 50, required: true }],
  round: null,
};

describe('the round form as the round’s fields', () => {
  it('gives the dates as ISO days and the chosen units', () => {
    const fields = roundInput(filled);
    expect(fields).toEqual({
      name: 'Báo cáo 6 tháng đầu năm 2026',
      code: '6T-2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      deadline: '2026-07-15',
      notes: 'Gửi kèm danh sách.',
      unitIds: [3, 8],
    });
    expect(roundCreateSchema.safeParse({ ...fields, indicators: [] }).success).toBe(true);
  });

  it('saves "all units" as null, whatever units were ticked before', () => {
    expect(roundInput({ ...filled, unitMode: 'all' }).unitIds).toBeNull();
  });

  it('sends empty fields as empty text, no period as null, no unit ticked as an empty list', () => {
    expect(roundInput({})).toEqual({ name: '', code: '', periodFrom: null, periodTo: null, deadline: '', notes: '', unitIds: [] });
    expect(roundInput({ periodFrom: null, deadline: null, unitMode: 'some' })).toMatchObject({
      periodFrom: null,
      deadline: '',
      unitIds: [],
    });
  });
});

describe('the indicator set a new round starts with', () => {
  it('is the plan’s when made from a plan', () => {
    expect(startingSet({ start: 'plan' }, plan)).toEqual({ from: 'given', indicators: plan.indicators });
  });

  it('is none when "the plan’s" is chosen without a plan, or when the clerk starts empty', () => {
    expect(startingSet({ start: 'plan' }, null)).toEqual({ from: 'given', indicators: [] });
    expect(startingSet({ start: 'empty' }, plan)).toEqual({ from: 'given', indicators: [] });
    expect(startingSet({}, null)).toEqual({ from: 'given', indicators: [] });
  });

  it('is the default set, or a copy of the chosen round, even when a plan is at hand', () => {
    expect(startingSet({ start: 'default' }, plan)).toEqual({ from: 'default' });
    expect(startingSet({ start: 'copy', copyFrom: 17 }, plan)).toEqual({ from: 'round', roundId: 17 });
  });

  it('is none for a copy with no round chosen (the form asks for one first)', () => {
    expect(startingSet({ start: 'copy' }, null)).toEqual({ from: 'given', indicators: [] });
  });
});
