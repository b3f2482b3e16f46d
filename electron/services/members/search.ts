// Member list and search-as-you-type over 100,000+ members.
//
// SQLite stays the source of truth; for speed each open database gets an in-memory index of the
// few columns the list filters on, kept in Vietnamese order (search-index.ts, which also keeps it
// fresh). A query is one linear pass over typed arrays and short ASCII strings (a few ms for 100k
// members), which gives the page (already in order) and the total count together; only the rows
// of the page are then read from SQLite.
//
// Matching: the query is folded like the stored keys (foldVi: no diacritics, đ→d, lower case) and
// split into words; every word must occur in the folded name, the CCCD or the member code.
import { foldVi } from '../../../shared/text/vi';
import type { MemberFilter, MemberListInput, MemberListResult } from '../../../shared/members/schema';
import { GENDERS, MEMBER_STATUSES } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { unitIdsInSector } from '../units/repo';
import { getMembers } from './repo';
import { getSearchIndex, isSearchIndexBuilt } from './search-index';
import { isSimpleFilter, simpleMemberIds } from './list-query';

export { invalidateSearchIndex } from './search-index';

/** Query words, folded; characters that cannot occur in the keys are dropped. Longest first. */
export function queryWords(query: string | undefined): string[] {
  const words = foldVi(query ?? '')
    .replace(/[|]/g, ' ')
    .split(' ')
    .filter(Boolean);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

function dateInt(d: string): number {
  return Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
}

/**
 * Ids of the members matching the filter, in Vietnamese order, from `offset` (at most `limit`),
 * and the total number of matches.
 */
export function searchMemberIds(
  ctx: ServiceContext,
  filter: Partial<MemberFilter>,
  offset = 0,
  limit = Number.MAX_SAFE_INTEGER,
): { ids: number[]; total: number } {
  const idx = getSearchIndex(ctx.db);
  const words = queryWords(filter.query);
  const w0 = words[0];
  const w1 = words[1];
  const wRest = words.slice(2);

  const statusWanted = filter.status === 'all' ? -1 : MEMBER_STATUSES.indexOf(filter.status ?? 'active');
  const unitWanted = filter.unitId ?? 0;
  let sectorUnits: Uint8Array | null = null;
  if (filter.sectorId) {
    const units = unitIdsInSector(ctx, filter.sectorId);
    sectorUnits = new Uint8Array(units.reduce((m, id) => Math.max(m, id), 0) + 1);
    for (const id of units) sectorUnits[id] = 1;
  }
  const genderWanted = filter.gender ? GENDERS.indexOf(filter.gender) + 1 : 0;
  const partyWanted = filter.partyMember === true ? 1 : filter.partyMember === false ? 0 : -1;
  const now = ctx.now();
  const ty = now.getFullYear();
  const tmd = (now.getMonth() + 1) * 100 + now.getDate();
  const ageFilter = filter.ageMin !== undefined || filter.ageMax !== undefined;
  const ageMin = filter.ageMin ?? 0;
  const ageMax = filter.ageMax ?? 1000;
  const joinedFrom = filter.joinedFrom ? dateInt(filter.joinedFrom) : 0;
  const joinedTo = filter.joinedTo ? dateInt(filter.joinedTo) : 0;

  const ids: number[] = [];
  let total = 0;
  const end = offset + limit;
  const { n, text, flags, unit, birthYear, birthMd, joinedLo, joinedHi } = idx;
  const keep = (i: number): boolean => {
    const f = flags[i];
    if (statusWanted >= 0 && (f & 3) !== statusWanted) return false;
    if (unitWanted && unit[i] !== unitWanted) return false;
    if (sectorUnits && sectorUnits[unit[i]] !== 1) return false;
    if (genderWanted && ((f >> 2) & 3) !== genderWanted) return false;
    if (partyWanted >= 0 && ((f >> 4) & 1) !== partyWanted) return false;
    if (ageFilter) {
      const y = birthYear[i];
      if (y === 0) return false;
      const md = birthMd[i];
      const age = ty - y - (md >= 0 && tmd < md ? 1 : 0);
      if (age < ageMin || age > ageMax) return false;
    }
    if (joinedFrom && (joinedHi[i] === 0 || joinedHi[i] < joinedFrom)) return false;
    if (joinedTo && (joinedLo[i] === 0 || joinedLo[i] > joinedTo)) return false;
    return true;
  };
  if (w0 === undefined) {
    for (let i = 0; i < n; i++) {
      if (!keep(i)) continue;
      if (total >= offset && total < end) ids.push(idx.ids[i]);
      total++;
    }
    return { ids, total };
  }
  // Text query: jump from one occurrence of the longest word to the next in the joined texts
  // (native string search), then check the row's other words and the filters.
  const big = idx.joined();
  let i = 0;
  let pos = big.text.indexOf(w0);
  while (pos >= 0) {
    while (big.starts[i + 1] <= pos) i++;
    const t = text[i];
    if ((w1 === undefined || t.includes(w1)) && (wRest.length === 0 || wRest.every((w) => t.includes(w))) && keep(i)) {
      if (total >= offset && total < end) ids.push(idx.ids[i]);
      total++;
    }
    pos = big.text.indexOf(w0, big.starts[i + 1]);
  }
  return { ids, total };
}

export function listMembers(ctx: ServiceContext, input: MemberListInput): MemberListResult {
  const offset = input.offset ?? 0;
  const limit = input.limit ?? 50;
  // Right after start the index may still be building: the list's opening page does not wait for it.
  const { ids, total } =
    !isSearchIndexBuilt(ctx.db) && isSimpleFilter(input)
      ? simpleMemberIds(ctx, input, offset, limit)
      : searchMemberIds(ctx, input, offset, limit);
  return { items: getMembers(ctx, ids), total, offset, limit };
}
