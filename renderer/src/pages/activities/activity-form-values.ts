import type { Dayjs } from 'dayjs';
import type { ActivityDetail, ActivityInput, Situation } from '../../../../shared/activities/schema';
import type { RoundSummary } from '../../../../shared/reports/schema';
import { dayjsToIso, isoToDayjs } from '../../lib/iso-days';

/** 0 in the organiser field = the office itself (null in the API). */
export const OFFICE = 0;
/** -1 in the round field = counts toward no round (null in the API). */
export const NO_ROUND = -1;

/** A member helped by the activity, as the form lists them. */
export interface PickedBeneficiary {
  /** Null for a member record deleted since (kept as a name only, cannot be re-saved). */
  memberId: number | null;
  memberName: string;
  unitName: string | null;
  situation: Situation | null;
  note: string | null;
}

/** The fields of the activity form, as antd holds them. */
export interface ActivityFormValues {
  typeId: number;
  unitId: number;
  title: string;
  date: Dayjs | null;
  endDate: Dayjs | null;
  roundId: number;
  place: string;
  participants: number | null;
  otherBeneficiaries: number | null;
  moneyUnion: number | null;
  moneyEmployer: number | null;
  moneySocial: number | null;
  moneyGovernment: number | null;
  notes: string;
}

/**
 * The round whose reporting period holds the day (the one due latest, then the one made last), or
 * NO_ROUND; the same choice as the server's when an activity is saved without a round.
 */
export function roundForDate(
  rounds: readonly Pick<RoundSummary, 'id' | 'periodFrom' | 'periodTo' | 'deadline'>[],
  d: Dayjs | null,
): number {
  const iso = dayjsToIso(d);
  if (!iso) return NO_ROUND;
  const r = rounds
    .filter((x) => x.periodFrom && x.periodTo && x.periodFrom <= iso && x.periodTo >= iso)
    .sort((a, b) => (a.deadline === b.deadline ? b.id - a.id : a.deadline < b.deadline ? 1 : -1))[0];
  return r?.id ?? NO_ROUND;
}

/** A saved activity as form fields (zeros shown as empty boxes). */
export function valuesFromActivity(a: ActivityDetail): ActivityFormValues {
  return {
    typeId: a.typeId,
    unitId: a.unitId ?? OFFICE,
    title: a.title,
    date: isoToDayjs(a.date),
    endDate: isoToDayjs(a.endDate),
    roundId: a.roundId ?? NO_ROUND,
    place: a.place ?? '',
    participants: a.participants || null,
    otherBeneficiaries: a.otherBeneficiaries || null,
    moneyUnion: a.moneyUnion || null,
    moneyEmployer: a.moneyEmployer || null,
    moneySocial: a.moneySocial || null,
    moneyGovernment: a.moneyGovernment || null,
    notes: a.notes ?? '',
  };
}

/** The form as API input; beneficiaries whose member record is gone count as "not in the member list". */
export function activityInput(v: ActivityFormValues, beneficiaries: readonly PickedBeneficiary[]): ActivityInput {
  const lost = beneficiaries.filter((b) => b.memberId === null);
  return {
    typeId: v.typeId,
    unitId: v.unitId === OFFICE ? null : v.unitId,
    title: v.title ?? '',
    date: dayjsToIso(v.date) ?? '',
    endDate: dayjsToIso(v.endDate) ?? '',
    roundId: v.roundId === NO_ROUND ? null : v.roundId,
    place: v.place ?? '',
    participants: v.participants ?? 0,
    otherBeneficiaries: (v.otherBeneficiaries ?? 0) + lost.length,
    moneyUnion: v.moneyUnion ?? 0,
    moneyEmployer: v.moneyEmployer ?? 0,
    moneySocial: v.moneySocial ?? 0,
    moneyGovernment: v.moneyGovernment ?? 0,
    notes: v.notes ?? '',
    beneficiaries: beneficiaries
      .filter((b) => b.memberId !== null)
      .map((b) => ({ memberId: b.memberId!, situation: b.situation, note: b.note ?? '' })),
  };
}
