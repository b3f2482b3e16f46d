import type { MergeField } from '../../../../../shared/members/duplicates';
import type { Member, MemberEvent } from '../../../../../shared/members/schema';
import { EVENT_KIND_LABELS } from '../../../../../shared/members/schema';
import { isoToVn } from '../../../../../shared/text/dates';
import { genderLabel, positionLabel, showDate } from '../labels';

/** A member field as the clerk reads it ('' when empty). */
export function fieldText(m: Member, f: MergeField): string {
  switch (f) {
    case 'birthDate':
    case 'joinedOn':
    case 'partyDate':
      return m[f] ? showDate(m[f]) : '';
    case 'gender':
      return genderLabel(m);
    case 'unionPosition':
      return positionLabel(m);
    case 'partyMember':
      return m.partyMember ? 'Có' : 'Không';
    default:
      return m[f] ?? '';
  }
}

/** Whether the two records hold the same value for a field. */
export function sameValue(a: Member, b: Member, f: MergeField): boolean {
  return fieldText(a, f) === fieldText(b, f);
}

/** One event on one line: date, kind, units, numbers. */
export function eventText(ev: MemberEvent): string {
  const parts = [`${isoToVn(ev.date)} — ${EVENT_KIND_LABELS[ev.kind]}`];
  if (ev.kind === 'transfer') parts.push(` từ ${ev.fromUnitName ?? ''} sang ${ev.toUnitName ?? ''}`);
  else if (ev.toUnitName) parts.push(` vào ${ev.toUnitName}`);
  else if (ev.fromUnitName) parts.push(` (${ev.fromUnitName})`);
  if (ev.externalUnit) parts.push(` (${ev.kind === 'transferOut' ? 'đến' : 'từ'} ${ev.externalUnit})`);
  if (ev.reason) parts.push(`. Lý do: ${ev.reason}`);
  if (ev.cardNo) parts.push(`. Số thẻ: ${ev.cardNo}`);
  if (ev.decisionNo) parts.push(`. QĐ số ${ev.decisionNo}`);
  return parts.join('');
}
