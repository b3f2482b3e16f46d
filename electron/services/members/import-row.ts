// One row of a member list → the member's fields, its status (new, already in the register, error)
// and what the clerk should know about it.
import type { LegacyEncoding } from '../../../shared/text/legacy-vn';
import { cleanText, foldVi } from '../../../shared/text/vi';
import { z } from '../../../shared/api/zod-vi';
import { cccdWarnings, restoreCccdZeros } from '../../../shared/members/cccd';
import type { Gender, MemberFields } from '../../../shared/members/schema';
import type { ImportField, ImportRowStatus, LegacySummary, MemberImportRow } from '../../../shared/members/import-schema';
import { UNION_POSITION_LABELS, memberFields, memberRuleIssues } from '../../../shared/members/schema';
import { IMPORT_FIELDS } from '../../../shared/members/import-schema';
import { columnLetter } from '../files/cells';
import type { RawRow } from '../files/sheets/types';
import { initialRegisterDate } from './events';
import { isTextCell, lastLegacyText, textOf } from '../files/sheets/cell-text';
import { parseDateCell } from '../files/sheets/cell-dates';
import { isTick, parseGender, parseUnionPosition } from './import-columns';
import { quickMemberFields, type MemberCandidate } from './import-fast';
import { stripUnitPrefix, type ExistingMembers, type UnitLookup } from './import-lookup-repo';
import { codeKey, type UnitInfo } from './repo';

const rowSchema = z.strictObject(memberFields);

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

/** A cell that is only "Tổng cộng", "Tổng số: 25 người", "Cộng" … (not "Tống Văn An"). */
const TOTALS_RE = /^(tong cong|tong so|tong|cong)(\s*[:-]?\s*\d+.*)?$/;
const FOOTER_RE = /^(nguoi lap|thu truong|chu tich|tm\b|t\/m|xac nhan|ky ten|ky,|\(ky|.*\bngay \d{1,2} thang \d{1,2} nam \d{4})/;

function titleCaseIfShouting(name: string): { name: string; changed: boolean } {
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return { name, changed: false };
  const fixed = name
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return { name: fixed, changed: true };
}

// ---------------------------------------------------------------------------------------------

const NAME_FIELDS: ReadonlySet<ImportField> = new Set(['name', 'familyName', 'givenName']);

export function noteLegacy(into: LegacySummary, seen: { from: LegacyEncoding; original: string }, text: string): void {
  into.count++;
  if (!into.encodings.includes(seen.from)) into.encodings.push(seen.from);
  if (into.examples.length < 3) into.examples.push({ from: seen.original, to: text });
}

const FIELD_INDEX = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])) as Record<ImportField, number>;

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
}

const NONE: readonly string[] = Object.freeze([]);
const UNION_POSITION_LIST = Object.values(UNION_POSITION_LABELS).join(', ');

function cellRef(env: RowEnv, f: ImportField, r: number): string {
  const c = env.cols[f];
  return c === undefined ? `Dòng ${r}` : `Ô ${columnLetter(c)}${r}`;
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

function dateOf(env: RowEnv, row: RawRow, f: ImportField, r: number, errors: string[], warnings: string[]): string {
  const c = env.cols[f];
  if (c === undefined) return '';
  const d = parseDateCell(row[c], true, env.monthFirst.has(c));
  if (d.error) errors.push(`${cellRef(env, f, r)}: ${d.error}`);
  if (d.warning) warnings.push(`${cellRef(env, f, r)}: ${d.warning}.`);
  return d.value ?? '';
}

function txt(env: RowEnv, f: ImportField): string {
  return env.texts[FIELD_INDEX[f]];
}

export function parseRow(env: RowEnv, r: number, row: RawRow, firstDataRow: number): ParsedMemberRow | 'end' | null {
  const { cols } = env;
  const t = env.texts;
  let blank = true;
  let legacyName: { from: LegacyEncoding; original: string; text: string } | null = null;
  for (let i = 0; i < env.fields.length; i++) {
    const s = textOf(row[env.fields[i][1]]);
    t[FIELD_INDEX[env.fields[i][0]]] = s;
    const legacy = lastLegacyText();
    if (legacy && !legacyName && NAME_FIELDS.has(env.fields[i][0])) legacyName = { ...legacy, text: s };
    if (s !== '') blank = false;
  }
  if (blank) return null;
  // A row without a birth year or an identity number is no member's data, even when a label merged
  // across the row (totals, date line, "TM. BAN CHẤP HÀNH") fills those columns.
  const merged = isMergedLabel(env);
  const plain =
    merged ||
    (!/\d{6,}/.test(txt(env, 'cccd')) && !/\d{4}/.test(`${txt(env, 'birthDate')} ${txt(env, 'birthMale')} ${txt(env, 'birthFemale')}`));

  let name = cols.name !== undefined ? txt(env, 'name') : cleanText(`${txt(env, 'familyName')} ${txt(env, 'givenName')}`);
  if (plain && isTotalsRow(row, cols.name ?? 0)) return 'end'; // signatures and the date line follow
  if (r <= firstDataRow + 1 && /^\(?\d{1,3}\)?$/.test(name)) return null; // row of column numbers
  if (plain && isFooterRow(env)) return 'end'; // the date line or a signature block: the table is over
  if (merged) return null; // a section heading merged across the table ("Tổ Văn phòng")
  if (legacyName) noteLegacy(env.legacy, legacyName, legacyName.text);

  const errors: string[] = [];
  let warnings: string[] = [];
  if (name && /\d/.test(name))
    errors.push(`${cellRef(env, cols.name !== undefined ? 'name' : 'givenName', r)}: họ và tên "${name}" có chữ số.`);
  const shout = titleCaseIfShouting(name);
  if (shout.changed) {
    name = shout.name;
    warnings.push('Họ tên viết hoa toàn bộ, đã đổi thành chữ thường viết hoa chữ đầu.');
  }

  // Birth and gender: one date column, or the "Ngày sinh — Nam | Nữ" pair.
  let birthDate: string;
  let gender: Gender | null = null;
  if (cols.birthMale !== undefined || cols.birthFemale !== undefined) {
    const m = dateOf(env, row, 'birthMale', r, errors, warnings);
    const f = dateOf(env, row, 'birthFemale', r, errors, warnings);
    if (m && f) errors.push(`Dòng ${r}: có ngày sinh ở cả cột Nam và cột Nữ; chỉ ghi ở một cột.`);
    birthDate = m || f;
    if (m && !f) gender = 'nam';
    if (f && !m) gender = 'nu';
  } else {
    birthDate = dateOf(env, row, 'birthDate', r, errors, warnings);
  }
  if (cols.gender !== undefined && txt(env, 'gender')) {
    const g = parseGender(txt(env, 'gender'));
    if (g) gender = g;
    else errors.push(`${cellRef(env, 'gender', r)}: giới tính "${txt(env, 'gender')}" không rõ; hãy ghi Nam hoặc Nữ.`);
  } else if (cols.female !== undefined) {
    gender = isTick(txt(env, 'female')) ? 'nu' : 'nam';
  }
  if (gender === null && errors.length === 0)
    warnings.push(`Dòng ${r}: chưa rõ giới tính (danh sách không ghi); sẽ lưu là "chưa rõ", không tính vào số nữ.`);
  const joinedOn = dateOf(env, row, 'joinedOn', r, errors, warnings);

  // CCCD, phone: Excel often stores them as numbers and drops the leading zeros.
  let cccd = '';
  if (cols.cccd !== undefined) {
    const raw = row[cols.cccd];
    const digits =
      typeof raw === 'number'
        ? Number.isInteger(raw)
          ? raw.toFixed(0)
          : String(raw)
        : txt(env, 'cccd')
            .replace(/^'/, '')
            .replace(/[\s.-]/g, '');
    const restored = restoreCccdZeros(digits);
    cccd = restored.cccd;
    if (restored.added) {
      warnings.push(`${cellRef(env, 'cccd', r)}: số CCCD bị mất số 0 ở đầu (${restored.added} số), đã thêm lại: ${cccd}.`);
    }
  }
  // The old CMND: its own column, or 9 (8 without the leading zero) digits in a "Số CMND/CCCD" column.
  let cmnd = '';
  if (cols.cmnd !== undefined) {
    const raw = row[cols.cmnd];
    cmnd =
      typeof raw === 'number' && Number.isInteger(raw)
        ? raw.toFixed(0)
        : txt(env, 'cmnd')
            .replace(/^'/, '')
            .replace(/[\s.-]/g, '');
  }
  if (/^\d{8,9}$/.test(cccd) && !cmnd) {
    cmnd = cccd;
    cccd = '';
    warnings.push(`${cellRef(env, 'cccd', r)}: ${cmnd.length === 8 ? '8' : '9'} chữ số là số CMND cũ, đã ghi vào "Số CMND cũ".`);
  }
  if (/^\d{8}$/.test(cmnd)) cmnd = `0${cmnd}`;
  let phone = txt(env, 'phone');
  if (cols.phone !== undefined && typeof row[cols.phone] === 'number' && /^\d{9}$/.test(phone)) phone = `0${phone}`;

  // Party: a tick or a date in "Đảng viên", or a date in "Ngày vào Đảng".
  let partyMember = false;
  let partyDate = '';
  if (cols.partyMember !== undefined) {
    const v = row[cols.partyMember];
    partyMember = isTick(txt(env, 'partyMember'));
    if (v instanceof Date || (typeof v === 'string' && /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(v)))
      partyDate = dateOf(env, row, 'partyMember', r, errors, warnings);
  }
  if (cols.partyDate !== undefined) {
    const d = dateOf(env, row, 'partyDate', r, errors, warnings);
    if (d) {
      partyDate = d;
      partyMember = true;
    }
  }

  // Union position: known titles become codes; anything else goes to the notes.
  let notes = txt(env, 'notes');
  let unionPosition: string | null = null;
  const pos = txt(env, 'unionPosition');
  if (pos) {
    unionPosition = parseUnionPosition(pos);
    if (!unionPosition) {
      warnings.push(
        `${cellRef(env, 'unionPosition', r)}: chức vụ công đoàn "${pos}" không có trong danh mục (${UNION_POSITION_LIST}); đã ghi vào Ghi chú.`,
      );
      notes = notes ? `${notes}; Chức vụ CĐ: ${pos}` : `Chức vụ CĐ: ${pos}`;
    }
  }

  // Unit: the unit column (code or name), else the unit chosen for the file.
  let unit: UnitInfo | null = env.target;
  const unitText = txt(env, 'unit');
  if (unitText) {
    const k = foldVi(unitText);
    unit = env.units.byCode.get(codeKey(unitText)) ?? env.units.byName.get(k) ?? env.units.byName.get(stripUnitPrefix(k)) ?? null;
    if (!unit)
      errors.push(
        `${cellRef(env, 'unit', r)}: không tìm thấy công đoàn cơ sở "${unitText}" trong danh sách đơn vị. Hãy thêm đơn vị trước hoặc sửa tên/mã cho đúng.`,
      );
    else if (unit.dissolvedOn) errors.push(`${cellRef(env, 'unit', r)}: "${unit.name}" đã giải thể.`);
  } else if (!unit) {
    errors.push(`${cellRef(env, 'unit', r)}: chưa ghi công đoàn cơ sở; hãy ghi mã hoặc tên đơn vị, hoặc chọn đơn vị nhận danh sách.`);
  }

  const candidate: MemberCandidate = {
    name,
    birthDate,
    gender,
    ethnicity: txt(env, 'ethnicity'),
    religion: txt(env, 'religion'),
    cccd,
    cmnd,
    phone,
    jobTitle: txt(env, 'jobTitle'),
    unionPosition,
    joinedOn,
    memberCode: txt(env, 'memberCode'),
    partyMember,
    partyDate,
    education: txt(env, 'education'),
    notes,
  };
  let fields: MemberFields | null = quickMemberFields(candidate);
  if (!fields) {
    const parsed = rowSchema.safeParse(candidate);
    if (parsed.success) fields = parsed.data;
    else {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as ImportField;
        if (seen.has(key)) continue;
        seen.add(key);
        errors.push(`${key === 'name' && cols.name === undefined ? `Dòng ${r}` : cellRef(env, key, r)}: ${issue.message}`);
      }
    }
  }
  if (fields) {
    for (const w of cccdWarnings(fields.cccd, fields.gender, fields.birthDate)) warnings.push(`${cellRef(env, 'cccd', r)}: ${w}`);
    const rules = memberRuleIssues(fields, env.today);
    for (const key in rules) {
      const f = key as ImportField;
      const col: ImportField =
        f === 'birthDate' && cols.birthDate === undefined && cols.birthMale !== undefined
          ? gender === 'nu'
            ? 'birthFemale'
            : 'birthMale'
          : f;
      errors.push(`${cellRef(env, col, r)}: ${rules[key]}`);
    }
  }

  // Duplicates inside the file, then against the register.
  let status: ImportRowStatus = 'new';
  let messages: string[] = errors;
  const cccdKey = fields?.cccd ?? null;
  const codeK = fields?.memberCode ? codeKey(fields.memberCode) : null;
  if (cccdKey) {
    const first = env.seenCccd.get(cccdKey);
    if (first !== undefined) errors.push(`${cellRef(env, 'cccd', r)}: số CCCD ${cccdKey} trùng với ${first} trong cùng tệp.`);
    else env.seenCccd.set(cccdKey, env.rowLabel(r));
  }
  if (codeK) {
    const first = env.seenCode.get(codeK);
    if (first !== undefined)
      errors.push(`${cellRef(env, 'memberCode', r)}: mã số đoàn viên "${fields!.memberCode}" trùng với ${first} trong cùng tệp.`);
    else env.seenCode.set(codeK, env.rowLabel(r));
  }
  if (errors.length) {
    status = 'error';
  } else if (env.existing) {
    const byCccd = cccdKey ? env.existing.cccd(cccdKey) : undefined;
    const byCode = byCccd === undefined && codeK ? env.existing.code(codeK) : undefined;
    const byCmnd = byCccd === undefined && byCode === undefined && fields?.cmnd ? env.existing.cmnd(fields.cmnd) : undefined;
    if (byCccd !== undefined) {
      status = 'exists';
      messages = [`Đã có trong sổ: ${env.holder(byCccd)}, cùng số CCCD ${cccdKey}. Dòng này sẽ không được nhập.`];
    } else if (byCode !== undefined) {
      status = 'exists';
      messages = [`Đã có trong sổ: ${env.holder(byCode)}, cùng mã số đoàn viên "${fields!.memberCode}". Dòng này sẽ không được nhập.`];
    } else if (byCmnd !== undefined) {
      status = 'exists';
      messages = [`Đã có trong sổ: ${env.holder(byCmnd)}, cùng số CMND ${fields!.cmnd}. Dòng này sẽ không được nhập.`];
    }
  }
  if (status === 'new' && !fields?.joinedOn) env.missingJoin++;
  if (messages.length === 0) messages = NONE as string[];
  if (warnings.length === 0) warnings = NONE as string[];
  return {
    preview: {
      rowNumber: r,
      sheetIndex: env.sheetIndex,
      status,
      name: fields?.name ?? name,
      birthDate: fields?.birthDate ?? (birthDate || null),
      gender,
      cccd: fields?.cccd ?? (cccd || null),
      cmnd: fields?.cmnd ?? (cmnd || null),
      memberCode: fields?.memberCode ?? (txt(env, 'memberCode') || null),
      joinedOn: fields?.joinedOn ?? (joinedOn || null),
      partyMember: fields?.partyMember ?? partyMember,
      partyDate: fields?.partyDate ?? (partyDate || null),
      unitName: unit?.name ?? (unitText || null),
      messages,
      warnings,
    },
    fields: status === 'new' ? fields : null,
    unitId: status === 'new' ? unit!.id : null,
    where: env.rowLabel(r),
    registerOn: initialRegisterDate(fields?.joinedOn ?? null, env.today, env.fallbackJoin),
  };
}
