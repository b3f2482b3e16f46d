// What reading one member row works with: the sheet's context (RowEnv, made once per sheet) and the
// row being read (RowDraft, one per sheet, written over for each row), so that the field readers
// (import-row-fields.ts) and checks (import-row-checks.ts) share them without allocating per row.
import type { LegacyEncoding } from '../../../shared/text/legacy-vn';
import type { Gender } from '../../../shared/members/schema';
import type { ImportField, ImportRowStatus, LegacySummary } from '../../../shared/members/import-schema';
import { IMPORT_FIELDS } from '../../../shared/members/import-schema';
import { columnLetter } from '../files/cells';
import type { RawRow } from '../files/sheets/types';
import { parseDateCell } from '../files/sheets/cell-dates';
import type { ExistingMembers, UnitLookup } from './import-lookup-repo';
import type { UnitInfo } from './repo';

/** The row being read, field group by field group. Every reader sets all the fields it owns on every row. */
export interface RowDraft {
  /** The row's number in the sheet. */
  r: number;
  errors: string[];
  warnings: string[];
  /** The first name cell converted from TCVN3/VNI, if any. */
  legacyName: { from: LegacyEncoding; original: string; text: string } | null;
  name: string;
  birthDate: string;
  gender: Gender | null;
  joinedOn: string;
  cccd: string;
  cmnd: string;
  phone: string;
  partyMember: boolean;
  partyDate: string;
  unionPosition: string | null;
  notes: string;
  unitText: string;
  unit: UnitInfo | null;
  /** The checked fields' CCCD and member code key, for the duplicate checks. */
  cccdKey: string | null;
  codeKey: string | null;
  status: ImportRowStatus;
  messages: string[];
}

export function newRowDraft(): RowDraft {
  return {
    r: 0,
    errors: [],
    warnings: [],
    legacyName: null,
    name: '',
    birthDate: '',
    gender: null,
    joinedOn: '',
    cccd: '',
    cmnd: '',
    phone: '',
    partyMember: false,
    partyDate: '',
    unionPosition: null,
    notes: '',
    unitText: '',
    unit: null,
    cccdKey: null,
    codeKey: null,
    status: 'new',
    messages: [],
  };
}

export interface RowEnv {
  /** The join date used for rows without one, and how many new rows lack it. */
  fallbackJoin: string;
  missingJoin: number;
  /** Names converted from TCVN3/VNI so far. */
  legacy: LegacySummary;
  cols: Partial<Record<ImportField, number>>;
  /** Cleaned text of each field for the current row, by FIELD_INDEX ('' when the field has no column). */
  texts: string[];
  fields: [ImportField, number][];
  target: UnitInfo | null;
  units: UnitLookup;
  /** Date columns written month first (m/d/yyyy). */
  monthFirst: Set<number>;
  sheetIndex: number;
  existing: ExistingMembers | null;
  holder: (id: number) => string;
  /** First row of each CCCD / member code in the file, as "dòng 12" (with the sheet when several are read). */
  seenCccd: Map<string, string>;
  seenCode: Map<string, string>;
  rowLabel: (r: number) => string;
  today: string;
  /** The row being read. */
  draft: RowDraft;
}

export const FIELD_INDEX = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])) as Record<ImportField, number>;

/** The cleaned text of a field in the current row. */
export function txt(env: RowEnv, f: ImportField): string {
  return env.texts[FIELD_INDEX[f]];
}

/** Where a message points: the field's cell ("Ô C12"), or the row when the field has no column. */
export function cellRef(env: RowEnv, f: ImportField, r: number): string {
  const c = env.cols[f];
  return c === undefined ? `Dòng ${r}` : `Ô ${columnLetter(c)}${r}`;
}

/** A date cell of the current row; its error or warning goes to the row's messages. */
export function dateOf(env: RowEnv, row: RawRow, f: ImportField): string {
  const c = env.cols[f];
  if (c === undefined) return '';
  const d = parseDateCell(row[c], true, env.monthFirst.has(c));
  const draft = env.draft;
  if (d.error) draft.errors.push(`${cellRef(env, f, draft.r)}: ${d.error}`);
  if (d.warning) draft.warnings.push(`${cellRef(env, f, draft.r)}: ${d.warning}.`);
  return d.value ?? '';
}
