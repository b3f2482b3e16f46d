// Before a row is read as a member: its cells' text, and whether it is one at all (a blank row, the
// row of column numbers, a section heading, or the totals / date line / signatures that end the table).
import { cleanText, foldVi } from '../../../shared/text/vi';
import type { ImportField } from '../../../shared/members/import-schema';
import type { RawRow } from '../files/sheets/types';
import { isTextCell, lastLegacyText, textOf } from '../files/sheets/cell-text';
import { FIELD_INDEX, txt, type RowDraft, type RowEnv } from './import-row-env';

/** A cell that is only "Tổng cộng", "Tổng số: 25 người", "Cộng" … (not "Tống Văn An"). */
const TOTALS_RE = /^(tong cong|tong so|tong|cong)(\s*[:-]?\s*\d+.*)?$/;
const FOOTER_RE = /^(nguoi lap|thu truong|chu tich|tm\b|t\/m|xac nhan|ky ten|ky,|\(ky|.*\bngay \d{1,2} thang \d{1,2} nam \d{4})/;

const NAME_FIELDS: ReadonlySet<ImportField> = new Set(['name', 'familyName', 'givenName']);

/**
 * Fills env.texts with the row's cleaned field texts and the draft's legacyName with the first name
 * cell converted from TCVN3/VNI. False for a blank row.
 */
export function readTexts(env: RowEnv, row: RawRow): boolean {
  const t = env.texts;
  let blank = true;
  let legacyName: RowDraft['legacyName'] = null;
  for (let i = 0; i < env.fields.length; i++) {
    const s = textOf(row[env.fields[i][1]]);
    t[FIELD_INDEX[env.fields[i][0]]] = s;
    const legacy = lastLegacyText();
    if (legacy && !legacyName && NAME_FIELDS.has(env.fields[i][0])) legacyName = { ...legacy, text: s };
    if (s !== '') blank = false;
  }
  env.draft.legacyName = legacyName;
  return !blank;
}

/**
 * What a non-blank row is: a member row (its name then in the draft), a row to skip (the row of
 * column numbers, a section heading), or the end of the table.
 */
export function rowKind(env: RowEnv, row: RawRow, firstDataRow: number): 'member' | 'skip' | 'end' {
  const { cols } = env;
  const r = env.draft.r;
  // A row without a birth year or an identity number is no member's data, even when a label merged
  // across the row (totals, date line, "TM. BAN CHẤP HÀNH") fills those columns.
  const merged = isMergedLabel(env);
  const plain =
    merged ||
    (!/\d{6,}/.test(txt(env, 'cccd')) && !/\d{4}/.test(`${txt(env, 'birthDate')} ${txt(env, 'birthMale')} ${txt(env, 'birthFemale')}`));

  const name = cols.name !== undefined ? txt(env, 'name') : cleanText(`${txt(env, 'familyName')} ${txt(env, 'givenName')}`);
  env.draft.name = name;
  if (plain && isTotalsRow(row, cols.name ?? 0)) return 'end'; // signatures and the date line follow
  if (r <= firstDataRow + 1 && /^\(?\d{1,3}\)?$/.test(name)) return 'skip'; // row of column numbers
  if (plain && isFooterRow(env)) return 'end'; // the date line or a signature block: the table is over
  if (merged) return 'skip'; // a section heading merged across the table ("Tổ Văn phòng")
  return 'member';
}

/** "Tổng cộng…" / "Cộng…" in one of the first cells: a totals row. Cheap first-letter test before folding. */
function isTotalsRow(row: RawRow, nameCol: number): boolean {
  const last = Math.min(row.length - 1, Math.max(5, nameCol));
  for (let c = 1; c <= last; c++) {
    const v = row[c];
    if (!isTextCell(v)) continue;
    const s = textOf(v);
    const ch = s.charAt(0);
    if (ch !== 'T' && ch !== 't' && ch !== 'C' && ch !== 'c') continue;
    if (TOTALS_RE.test(foldVi(s))) return true;
  }
  return false;
}

/** A cell of the row holds the date line ("…, ngày 10 tháng 3 năm 2025") or a signature title. */
function isFooterRow(env: RowEnv): boolean {
  for (const s of env.texts) if (s && FOOTER_RE.test(foldVi(s))) return true;
  return false;
}

/** One text repeated over three or more columns: a label merged across the row. */
function isMergedLabel(env: RowEnv): boolean {
  let text = '';
  let count = 0;
  for (const s of env.texts) {
    if (!s) continue;
    if (text && s !== text) return false;
    text = s;
    count++;
  }
  return count >= 3;
}
