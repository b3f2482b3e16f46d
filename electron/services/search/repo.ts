// SQL behind "search everything" (search.all): each kind's matches, newest or in Vietnamese order,
// at most `limit` rows plus the count of all matches. Members are not here: their search goes
// through the in-memory index (members/search.ts).
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';

/** `col LIKE ?` for every folded word of the query: every word must occur. */
function wordsWhere(words: string[], columns: string[]): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  for (const word of words) {
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(`(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (let i = 0; i < columns.length; i++) params.push(like);
  }
  return { sql: parts.join(' AND '), params };
}

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  sectorName: string | null;
  dissolvedOn: string | null;
}

/** Every matching unit (an office has hundreds at most); the caller sorts and cuts. */
export function matchingUnits(ctx: ServiceContext, words: string[]): UnitRow[] {
  const w = wordsWhere(words, ['u.name_key', 'u.code_key', "lower(COALESCE(u.short_name, ''))"]);
  return ctx.db
    .prepare(
      `SELECT u.id, u.code, u.name, u.short_name AS shortName, s.name AS sectorName, u.dissolved_on AS dissolvedOn
         FROM units u LEFT JOIN sectors s ON s.id = u.sector_id
        WHERE ${w.sql}`,
    )
    .all(...w.params) as UnitRow[];
}

export interface DocumentRow {
  id: number;
  kind: string;
  state: 'draft' | 'issued';
  number: number | null;
  title: string;
  date: string | null;
  codeSuffix: string | null;
}

export function matchingDocuments(ctx: ServiceContext, words: string[], limit: number): { rows: DocumentRow[]; total: number } {
  const w = wordsWhere(words, ['search_key']);
  const rows = ctx.db
    .prepare(
      `SELECT id, kind, state, number, title, COALESCE(issued_on, json_extract(body, '$.header.date')) AS date,
              json_extract(body, '$.header.codeSuffix') AS codeSuffix
         FROM documents WHERE ${w.sql} ORDER BY date DESC, id DESC LIMIT ?`,
    )
    .all(...w.params, limit) as DocumentRow[];
  const total =
    (ctx.db
      .prepare(`SELECT COUNT(*) FROM documents WHERE ${w.sql}`)
      .pluck()
      .get(...w.params) as number) ?? 0;
  return { rows, total };
}

export interface IncomingRow {
  id: number;
  arrivalNo: number;
  receivedOn: string;
  docNumber: string;
  issuer: string;
  subject: string;
  done: number;
}

export function matchingIncoming(ctx: ServiceContext, words: string[], limit: number): { rows: IncomingRow[]; total: number } {
  const w = wordsWhere(words, ['search_key']);
  const rows = ctx.db
    .prepare(
      `SELECT id, arrival_no AS arrivalNo, received_on AS receivedOn, doc_number AS docNumber, issuer, subject, done
         FROM incoming_documents WHERE ${w.sql} ORDER BY received_on DESC, arrival_no DESC LIMIT ?`,
    )
    .all(...w.params, limit) as IncomingRow[];
  const total = ctx.db
    .prepare(`SELECT COUNT(*) FROM incoming_documents WHERE ${w.sql}`)
    .pluck()
    .get(...w.params) as number;
  return { rows, total };
}

export interface RoundRow {
  id: number;
  code: string;
  name: string;
  deadline: string;
}

/** Rounds have no folded key column; there are a few per year, so they are folded here. Newest first. */
export function matchingRounds(ctx: ServiceContext, words: string[]): RoundRow[] {
  const rows = ctx.db.prepare('SELECT id, code, name, deadline FROM report_rounds ORDER BY deadline DESC, id DESC').all() as RoundRow[];
  return rows.filter((r) => {
    const key = `${foldVi(r.name)} ${foldVi(r.code)}`;
    return words.every((w) => key.includes(w));
  });
}
