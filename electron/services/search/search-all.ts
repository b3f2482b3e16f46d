// "Search everything" (Ctrl+K): members, units, documents, incoming documents and rounds matching
// every word of the query, diacritics and case ignored, a few of each kind.
import { documentCode } from '../../../shared/documents/dates';
import { KIND_NAMES, type DocumentKind } from '../../../shared/documents/model';
import { MEMBER_STATUSES } from '../../../shared/members/schema';
import {
  SEARCH_DEFAULT_LIMIT,
  SEARCH_KINDS,
  type SearchAllInput,
  type SearchAllResult,
  type SearchGroup,
  type SearchHit,
} from '../../../shared/search/schema';
import { isoToVn } from '../../../shared/text/dates';
import { compareVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { getMembers } from '../members/repo';
import { queryWords, searchMemberIds } from '../members/search';
import { matchingDocuments, matchingIncoming, matchingRounds, matchingUnits } from './repo';

const joinParts = (parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ');

/** Members in the index's Vietnamese order, those still in a unit first. */
function members(ctx: ServiceContext, query: string, limit: number): SearchGroup {
  const ids: number[] = [];
  let total = 0;
  for (const status of MEMBER_STATUSES) {
    const r = searchMemberIds(ctx, { query, status }, 0, limit - ids.length);
    ids.push(...r.ids);
    total += r.total;
  }
  const items = getMembers(ctx, ids).map((m): SearchHit => ({
    kind: 'member',
    id: m.id,
    title: m.name,
    detail: joinParts([m.birthDate ? `sinh ${m.birthDate.length === 4 ? m.birthDate : isoToVn(m.birthDate)}` : null, m.unitName]),
    inactive: m.status !== 'active',
  }));
  return { kind: 'member', total, items };
}

function units(ctx: ServiceContext, words: string[], limit: number): SearchGroup {
  const rows = matchingUnits(ctx, words).sort(
    (a, b) => Number(a.dissolvedOn !== null) - Number(b.dissolvedOn !== null) || compareVi(a.name, b.name),
  );
  const items = rows.slice(0, limit).map((u): SearchHit => ({
    kind: 'unit',
    id: u.id,
    title: u.name,
    detail: joinParts([`Mã ${u.code}`, u.shortName, u.sectorName, u.dissolvedOn ? `đã giải thể ${isoToVn(u.dissolvedOn)}` : null]),
    inactive: u.dissolvedOn !== null,
  }));
  return { kind: 'unit', total: rows.length, items };
}

function documents(ctx: ServiceContext, words: string[], limit: number): SearchGroup {
  const { rows, total } = matchingDocuments(ctx, words, limit);
  const items = rows.map((d): SearchHit => {
    const kind = d.kind as DocumentKind;
    const code = d.state === 'issued' ? `Số ${documentCode(d.number, kind, d.codeSuffix ?? '')}` : 'dự thảo';
    return { kind: 'document', id: d.id, title: d.title, detail: joinParts([KIND_NAMES[kind], code, d.date ? isoToVn(d.date) : null]) };
  });
  return { kind: 'document', total, items };
}

function incoming(ctx: ServiceContext, words: string[], limit: number): SearchGroup {
  const { rows, total } = matchingIncoming(ctx, words, limit);
  const items = rows.map((d): SearchHit => ({
    kind: 'incoming',
    id: d.id,
    title: `${d.docNumber} — ${d.subject}`,
    detail: joinParts([`Số đến ${d.arrivalNo}, ngày ${isoToVn(d.receivedOn)}`, d.issuer, d.done ? 'đã xử lý' : null]),
  }));
  return { kind: 'incoming', total, items };
}

function rounds(ctx: ServiceContext, words: string[], limit: number): SearchGroup {
  const rows = matchingRounds(ctx, words);
  const items = rows
    .slice(0, limit)
    .map((r): SearchHit => ({ kind: 'round', id: r.id, title: r.name, detail: `Mã ${r.code} · hạn nộp ${isoToVn(r.deadline)}` }));
  return { kind: 'round', total: rows.length, items };
}

export function searchAll(ctx: ServiceContext, input: SearchAllInput): SearchAllResult {
  const words = queryWords(input.query);
  if (words.length === 0) return { groups: [] };
  const limit = input.limit ?? SEARCH_DEFAULT_LIMIT;
  const byKind = {
    member: () => members(ctx, input.query, limit),
    unit: () => units(ctx, words, limit),
    document: () => documents(ctx, words, limit),
    incoming: () => incoming(ctx, words, limit),
    round: () => rounds(ctx, words, limit),
  } satisfies Record<(typeof SEARCH_KINDS)[number], () => SearchGroup>;
  return { groups: SEARCH_KINDS.map((k) => byKind[k]()).filter((g) => g.total > 0) };
}
