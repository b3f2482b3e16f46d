import type { Member, MemberStatus } from '../../../../shared/members/schema';
import { GENDER_LABELS, MEMBER_STATUS_LABELS, UNION_POSITION_LABELS } from '../../../../shared/members/codes';
import { partialToText } from '../../components/PartialDateInput';

export const STATUS_COLORS: Record<MemberStatus, string> = { active: 'green', transferred_out: 'orange', left: 'default' };

export const genderLabel = (m: Pick<Member, 'gender'>) => (m.gender ? GENDER_LABELS[m.gender] : '');
export const positionLabel = (m: Pick<Member, 'unionPosition'>) => (m.unionPosition ? UNION_POSITION_LABELS[m.unionPosition] : '');
export const statusLabel = (s: MemberStatus) => MEMBER_STATUS_LABELS[s];
export const showDate = partialToText;
