import { describe, expect, it } from 'vitest';
import { activityCreateSchema } from '../../../shared/activities/schema';
import type { RoundSummary } from '../../../shared/reports/schema';
import {
  activityInput,
  NO_ROUND,
  OFFICE,
  roundForDate,
  type ActivityFormValues,
  type PickedBeneficiary,
} from '../../../renderer/src/pages/activities/activity-form-values';
import { isoToDayjs } from '../../../renderer/src/lib/iso-days';

type RoundPeriod = Pick<RoundSummary, 'id' | 'periodFrom' | 'periodTo' | 'deadline'>;
const round = (id: number, periodFrom: string | null, periodTo: string | null, deadline: string): RoundPeriod => ({
  id,
  periodFrom,
  periodTo,
  deadline,
});
const day = (iso: string) => isoToDayjs(iso);

describe('the round an activity day falls in', () => {
  const q2 = round(1, '2026-04-01', '2026-06-30', '2026-07-05');
  const half = round(2, '2026-01-01', '2026-06-30', '2026-07-15');
  const open = round(3, null, null, '2026-12-31');

  it('is the one whose period holds the day, the one due latest when several do', () => {
    expect(roundForDate([q2, half, open], day('2026-05-10'))).toBe(2);
    expect(roundForDate([q2, open], day('2026-05-10'))).toBe(1);
    expect(roundForDate([q2, half], day('2026-02-01'))).toBe(2);
  });

  it('counts the first and the last day of the period', () => {
    expect(roundForDate([q2], day('2026-04-01'))).toBe(1);
    expect(roundForDate([q2], day('2026-06-30'))).toBe(1);
    expect(roundForDate([q2], day('2026-07-01'))).toBe(NO_ROUND);
  });

  it('on the same deadline takes the round made last, in whatever order the list comes', () => {
    const a = round(4, '2026-04-01', '2026-06-30', '2026-07-05');
    const b = round(9, '2026-04-01', '2026-06-30', '2026-07-05');
    expect(roundForDate([b, a], day('2026-05-10'))).toBe(9);
    expect(roundForDate([a, b], day('2026-05-10'))).toBe(9);
    expect(roundForDate([a, q2, b], day('2026-05-10'))).toBe(9);
  });

  it('is no round without a day, without a period, or with no rounds', () => {
    expect(roundForDate([q2], null)).toBe(NO_ROUND);
    expect(roundForDate([open], day('2026-05-10'))).toBe(NO_ROUND);
    expect(roundForDate([], day('2026-05-10'))).toBe(NO_ROUND);
  });
});

const values = (extra: Partial<ActivityFormValues> = {}): ActivityFormValues => ({
  typeId: 3,
  unitId: OFFICE,
  title: 'Thăm hỏi đoàn viên ốm đau',
  date: day('2026-05-10'),
  endDate: null,
  roundId: NO_ROUND,
  place: '',
  participants: null,
  otherBeneficiaries: null,
  moneyUnion: null,
  moneyEmployer: null,
  moneySocial: null,
  moneyGovernment: null,
  notes: '',
  ...extra,
});

const picked = (memberId: number | null, memberName: string, extra: Partial<PickedBeneficiary> = {}): PickedBeneficiary => ({
  memberId,
  memberName,
  unitName: 'Công ty May Việt Tiến',
  situation: 'illness',
  note: null,
  ...extra,
});

describe('the activity form as API input', () => {
  it('maps the office and "no round" to null and empty boxes to zero', () => {
    const input = activityInput(values(), []);
    expect(input).toMatchObject({
      unitId: null,
      roundId: null,
      date: '2026-05-10',
      endDate: '',
      participants: 0,
      otherBeneficiaries: 0,
      moneyUnion: 0,
      moneyEmployer: 0,
      moneySocial: 0,
      moneyGovernment: 0,
      beneficiaries: [],
    });
    expect(activityCreateSchema.safeParse(input).success).toBe(true);
  });

  it('keeps a chosen unit, round, end day and amounts', () => {
    const input = activityInput(
      values({ unitId: 12, roundId: 5, endDate: day('2026-05-12'), participants: 40, moneyUnion: 2_000_000, place: 'Hội trường' }),
      [],
    );
    expect(input).toMatchObject({
      unitId: 12,
      roundId: 5,
      endDate: '2026-05-12',
      participants: 40,
      moneyUnion: 2_000_000,
      place: 'Hội trường',
    });
    expect(activityCreateSchema.safeParse(input).success).toBe(true);
  });

  it('counts beneficiaries whose member record is gone as people outside the member list', () => {
    const input = activityInput(values({ otherBeneficiaries: 2 }), [
      picked(7, 'Nguyễn Văn An', { note: 'Nằm viện' }),
      picked(null, 'Trần Thị Bình'),
      picked(null, 'Lê Văn Cường', { situation: null }),
    ]);
    expect(input.otherBeneficiaries).toBe(4);
    expect(input.beneficiaries).toEqual([{ memberId: 7, situation: 'illness', note: 'Nằm viện' }]);
    expect(activityCreateSchema.safeParse(input).success).toBe(true);
  });

  it('with only lost beneficiaries and no other count, counts just them', () => {
    const input = activityInput(values(), [picked(null, 'Trần Thị Bình')]);
    expect(input.otherBeneficiaries).toBe(1);
    expect(input.beneficiaries).toEqual([]);
  });

  it('sends a missing note as empty text', () => {
    expect(activityInput(values(), [picked(8, 'Phạm Thị Dung')]).beneficiaries).toEqual([{ memberId: 8, situation: 'illness', note: '' }]);
  });
});
