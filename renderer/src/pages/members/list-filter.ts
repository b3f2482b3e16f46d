// The member list's conditions as the input of 'members.list', and the list's opening page. Kept
// apart from the page's components so that the first screen can ask for that page at start
// (app/first-screen.ts), while the page's own code is still on its way.
import type { Dayjs } from 'dayjs';
import type { Gender, MemberStatus } from '../../../../shared/members/schema';
import type { MethodInput } from '../../../../shared/api/contract';

/** Members read per request as the list scrolls. */
export const PAGE_SIZE = 200;

/** The list's main conditions: the search words and the selects above it. */
export interface MainFilters {
  query: string;
  unitId: number | null;
  sectorId: number | null;
  status: MemberStatus | 'all';
}

/** The member list's less used conditions, behind "Lọc thêm". */
export interface ExtraFilters {
  gender: Gender | null;
  party: boolean | null;
  ageMin: number | null;
  ageMax: number | null;
  joined: [Dayjs | null, Dayjs | null] | null;
}

/** What the list shows when it opens: every active member. */
export const INITIAL_FILTERS: MainFilters = { query: '', unitId: null, sectorId: null, status: 'active' };

export const NO_EXTRA_FILTERS: ExtraFilters = { gender: null, party: null, ageMin: null, ageMax: null, joined: null };

/** The list's conditions as the input of 'members.list'. */
export function listFilter(main: MainFilters, { gender, party, ageMin, ageMax, joined }: ExtraFilters): MethodInput<'members.list'> {
  return {
    ...main,
    gender,
    partyMember: party,
    ...(ageMin !== null ? { ageMin } : {}),
    ...(ageMax !== null ? { ageMax } : {}),
    joinedFrom: joined?.[0]?.format('YYYY-MM-DD') ?? '',
    joinedTo: joined?.[1]?.format('YYYY-MM-DD') ?? '',
  };
}

/** Page `page` of the list under `filter`. */
export function pageInput(filter: MethodInput<'members.list'>, page: number): MethodInput<'members.list'> {
  return { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
}

/** The request the list opens with. */
export const openingPage = (): MethodInput<'members.list'> => pageInput(listFilter(INITIAL_FILTERS, NO_EXTRA_FILTERS), 0);
