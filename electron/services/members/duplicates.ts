// Finding records that are likely one person entered twice. The rules, strongest first:
//  - the same CCCD, or the same old CMND (any status: the unique index only covers active members);
//  - the same folded name (diacritics, case and spaces ignored) and the same full birth date;
//  - the same folded name and the same birth year, in different units, when one of the two knows
//    only the year (two different full dates are two people).
// A name match between two records that both carry a CCCD, and different ones, is two people.
// Candidates are grouped in SQL (GROUP BY the number, or the name key and birth year), so the work
// grows with the register, not with its square; pairs are formed only inside a group.
import {
  DUPLICATE_REASONS,
  type DuplicatePair,
  type DuplicateReason,
  type MemberDuplicatesResult,
} from '../../../shared/members/duplicates';
import type { ServiceContext } from '../context';
import { getMember, getMembers } from './repo';
import { insertNotDuplicate, notDuplicateKeys, pairKey, sameNameYearGroups, sameNumberGroups, type GroupMember } from './duplicates-repo';

interface FoundPair {
  a: number;
  b: number;
  reasons: Set<DuplicateReason>;
  sortKey: string;
}

/** The name rule for two members of one name-and-year group, or null when they are not a candidate pair. */
export function nameReason(x: GroupMember, y: GroupMember): DuplicateReason | null {
  const [, unitX, birthX, cccdX] = x;
  const [, unitY, birthY, cccdY] = y;
  if (cccdX && cccdY && cccdX !== cccdY) return null;
  if (birthX === null || birthY === null) return null;
  if (birthX.length === 10 && birthY.length === 10) return birthX === birthY ? 'nameBirthDate' : null;
  return unitX !== unitY ? 'nameBirthYear' : null;
}

/** Every candidate pair of the register, keyed by pairKey, without those marked "Không trùng". */
export function findDuplicatePairs(ctx: ServiceContext): FoundPair[] {
  const dismissed = notDuplicateKeys(ctx);
  const found = new Map<string, FoundPair>();
  const add = (x: GroupMember, y: GroupMember, reason: DuplicateReason) => {
    const key = pairKey(x[0], y[0]);
    if (dismissed.has(key)) return;
    const [first, second] = x[0] < y[0] ? [x, y] : [y, x];
    const pair = found.get(key) ?? { a: first[0], b: second[0], reasons: new Set<DuplicateReason>(), sortKey: first[4] };
    pair.reasons.add(reason);
    found.set(key, pair);
  };
  for (const column of ['cccd', 'cmnd'] as const) {
    for (const group of sameNumberGroups(ctx, column)) {
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) add(group[i], group[j], column);
    }
  }
  for (const group of sameNameYearGroups(ctx)) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const reason = nameReason(group[i], group[j]);
        if (reason) add(group[i], group[j], reason);
      }
    }
  }
  const rank = (p: FoundPair) => Math.min(...[...p.reasons].map((r) => DUPLICATE_REASONS.indexOf(r)));
  return [...found.values()].sort((p, q) => rank(p) - rank(q) || (p.sortKey < q.sortKey ? -1 : p.sortKey > q.sortKey ? 1 : p.a - q.a));
}

export function listDuplicates(ctx: ServiceContext, limit: number): MemberDuplicatesResult {
  const all = findDuplicatePairs(ctx);
  const shown = all.slice(0, limit);
  const ids = [...new Set(shown.flatMap((p) => [p.a, p.b]))];
  const members = new Map(getMembers(ctx, ids).map((m) => [m.id, m]));
  const pairs: DuplicatePair[] = shown.map((p) => ({
    a: members.get(p.a)!,
    b: members.get(p.b)!,
    reasons: DUPLICATE_REASONS.filter((r) => p.reasons.has(r)),
  }));
  return { pairs, total: all.length };
}

/** "Không trùng": the pair is never proposed again. */
export function markNotDuplicate(ctx: ServiceContext, aId: number, bId: number): { marked: true } {
  return ctx.db.transaction(() => {
    getMember(ctx, aId);
    getMember(ctx, bId);
    insertNotDuplicate(ctx, aId, bId);
    return { marked: true as const };
  })();
}
