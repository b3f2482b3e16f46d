// One row of a member list → the member's fields, its status (new, already in the register, error)
// and what the clerk should know about it. The row is read into the sheet's draft (import-row-env.ts):
// is it a member row (import-row-edges.ts), its field groups (import-row-fields.ts), its checks
// (import-row-checks.ts).
import type { LegacyEncoding } from '../../../shared/text/legacy-vn';
import type { MemberFields } from '../../../shared/members/schema';
import type { LegacySummary, MemberImportRow } from '../../../shared/members/import-schema';
import type { RawRow } from '../files/sheets/types';
import { initialRegisterDate } from './events';
import { checkFileDuplicates, checkedFields, decideStatus } from './import-row-checks';
import { readTexts, rowKind } from './import-row-edges';
import { dateOf, txt, type RowEnv } from './import-row-env';
import { checkName, readBirthAndGender, readIdentity, readParty, readUnionPosition, readUnit } from './import-row-fields';

export { newRowDraft, type RowEnv } from './import-row-env';

/** What the import needs of a row to save it. */
export type StagedRow = Pick<ParsedMemberRow, 'fields' | 'unitId' | 'registerOn' | 'where'>;

export interface ParsedMemberRow {
  preview: MemberImportRow;
  /** Set for rows that can be saved ('new'). */
  fields: MemberFields | null;
  unitId: number | null;
  /** The date the member is entered in the register from: the join date, or the date chosen for rows without one. */
  registerOn: string;
  /** Where the row is, as the register's event note says it: "dòng 12" (with the sheet when several are read). */
  where: string;
}

export function noteLegacy(into: LegacySummary, seen: { from: LegacyEncoding; original: string }, text: string): void {
  into.count++;
  if (!into.encodings.includes(seen.from)) into.encodings.push(seen.from);
  if (into.examples.length < 3) into.examples.push({ from: seen.original, to: text });
}

const NONE: readonly string[] = Object.freeze([]);

export function parseRow(env: RowEnv, r: number, row: RawRow, firstDataRow: number): ParsedMemberRow | 'end' | null {
  const d = env.draft;
  if (!readTexts(env, row)) return null;
  d.r = r;
  const kind = rowKind(env, row, firstDataRow);
  if (kind !== 'member') return kind === 'end' ? 'end' : null;
  if (d.legacyName) noteLegacy(env.legacy, d.legacyName, d.legacyName.text);

  d.errors = [];
  d.warnings = [];
  checkName(env);
  readBirthAndGender(env, row);
  d.joinedOn = dateOf(env, row, 'joinedOn');
  readIdentity(env, row);
  readParty(env, row);
  readUnionPosition(env);
  readUnit(env);
  const fields = checkedFields(env);
  // Duplicates inside the file, then against the register.
  checkFileDuplicates(env, fields);
  decideStatus(env, fields);
  return rowResult(env, fields);
}

/** The row as the preview shows it and, for a new row, as the import saves it. */
function rowResult(env: RowEnv, fields: MemberFields | null): ParsedMemberRow {
  const d = env.draft;
  const r = d.r;
  const status = d.status;
  return {
    preview: {
      rowNumber: r,
      sheetIndex: env.sheetIndex,
      status,
      name: fields?.name ?? d.name,
      birthDate: fields?.birthDate ?? (d.birthDate || null),
      gender: d.gender,
      cccd: fields?.cccd ?? (d.cccd || null),
      cmnd: fields?.cmnd ?? (d.cmnd || null),
      memberCode: fields?.memberCode ?? (txt(env, 'memberCode') || null),
      joinedOn: fields?.joinedOn ?? (d.joinedOn || null),
      partyMember: fields?.partyMember ?? d.partyMember,
      partyDate: fields?.partyDate ?? (d.partyDate || null),
      unitName: d.unit?.name ?? (d.unitText || null),
      messages: d.messages.length === 0 ? (NONE as string[]) : d.messages,
      warnings: d.warnings.length === 0 ? (NONE as string[]) : d.warnings,
    },
    fields: status === 'new' ? fields : null,
    unitId: status === 'new' ? d.unit!.id : null,
    where: env.rowLabel(r),
    registerOn: initialRegisterDate(fields?.joinedOn ?? null, env.today, env.fallbackJoin),
  };
}
