// The field groups of a member row, read into the row's draft in the order their messages are
// shown: name, birth and gender, identity numbers and phone, party, union position, unit.
import { foldVi } from '../../../shared/text/vi';
import { restoreCccdZeros } from '../../../shared/members/cccd';
import { UNION_POSITION_LABELS } from '../../../shared/members/schema';
import type { RawRow } from '../files/sheets/types';
import { isTick, parseGender, parseUnionPosition } from './import-columns';
import { stripUnitPrefix } from './import-lookup-repo';
import { cellRef, dateOf, txt, type RowEnv } from './import-row-env';
import { codeKey } from './repo';

const UNION_POSITION_LIST = Object.values(UNION_POSITION_LABELS).join(', ');

function titleCaseIfShouting(name: string): { name: string; changed: boolean } {
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return { name, changed: false };
  const fixed = name
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return { name: fixed, changed: true };
}

/** The name (already in the draft): no digits; written all in capitals, turned to title case. */
export function checkName(env: RowEnv): void {
  const d = env.draft;
  if (d.name && /\d/.test(d.name))
    d.errors.push(`${cellRef(env, env.cols.name !== undefined ? 'name' : 'givenName', d.r)}: họ và tên "${d.name}" có chữ số.`);
  const shout = titleCaseIfShouting(d.name);
  if (shout.changed) {
    d.name = shout.name;
    d.warnings.push('Họ tên viết hoa toàn bộ, đã đổi thành chữ thường viết hoa chữ đầu.');
  }
}

/** Birth and gender: one date column, or the "Ngày sinh — Nam | Nữ" pair; a gender or "Nữ" tick column. */
export function readBirthAndGender(env: RowEnv, row: RawRow): void {
  const { cols } = env;
  const d = env.draft;
  d.gender = null;
  if (cols.birthMale !== undefined || cols.birthFemale !== undefined) {
    const m = dateOf(env, row, 'birthMale');
    const f = dateOf(env, row, 'birthFemale');
    if (m && f) d.errors.push(`Dòng ${d.r}: có ngày sinh ở cả cột Nam và cột Nữ; chỉ ghi ở một cột.`);
    d.birthDate = m || f;
    if (m && !f) d.gender = 'nam';
    if (f && !m) d.gender = 'nu';
  } else {
    d.birthDate = dateOf(env, row, 'birthDate');
  }
  if (cols.gender !== undefined && txt(env, 'gender')) {
    const g = parseGender(txt(env, 'gender'));
    if (g) d.gender = g;
    else d.errors.push(`${cellRef(env, 'gender', d.r)}: giới tính "${txt(env, 'gender')}" không rõ; hãy ghi Nam hoặc Nữ.`);
  } else if (cols.female !== undefined) {
    d.gender = isTick(txt(env, 'female')) ? 'nu' : 'nam';
  }
  if (d.gender === null && d.errors.length === 0)
    d.warnings.push(`Dòng ${d.r}: chưa rõ giới tính (danh sách không ghi); sẽ lưu là "chưa rõ", không tính vào số nữ.`);
}

/** CCCD, the old CMND and the phone: Excel often stores them as numbers and drops the leading zeros. */
export function readIdentity(env: RowEnv, row: RawRow): void {
  const { cols } = env;
  const d = env.draft;
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
      d.warnings.push(`${cellRef(env, 'cccd', d.r)}: số CCCD bị mất số 0 ở đầu (${restored.added} số), đã thêm lại: ${cccd}.`);
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
    d.warnings.push(`${cellRef(env, 'cccd', d.r)}: ${cmnd.length === 8 ? '8' : '9'} chữ số là số CMND cũ, đã ghi vào "Số CMND cũ".`);
  }
  if (/^\d{8}$/.test(cmnd)) cmnd = `0${cmnd}`;
  let phone = txt(env, 'phone');
  if (cols.phone !== undefined && typeof row[cols.phone] === 'number' && /^\d{9}$/.test(phone)) phone = `0${phone}`;
  d.cccd = cccd;
  d.cmnd = cmnd;
  d.phone = phone;
}

/** Party: a tick or a date in "Đảng viên", or a date in "Ngày vào Đảng". */
export function readParty(env: RowEnv, row: RawRow): void {
  const { cols } = env;
  const d = env.draft;
  d.partyMember = false;
  d.partyDate = '';
  if (cols.partyMember !== undefined) {
    const v = row[cols.partyMember];
    d.partyMember = isTick(txt(env, 'partyMember'));
    if (v instanceof Date || (typeof v === 'string' && /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(v)))
      d.partyDate = dateOf(env, row, 'partyMember');
  }
  if (cols.partyDate !== undefined) {
    const date = dateOf(env, row, 'partyDate');
    if (date) {
      d.partyDate = date;
      d.partyMember = true;
    }
  }
}

/** Union position: known titles become codes; anything else goes to the notes. */
export function readUnionPosition(env: RowEnv): void {
  const d = env.draft;
  d.notes = txt(env, 'notes');
  d.unionPosition = null;
  const pos = txt(env, 'unionPosition');
  if (pos) {
    d.unionPosition = parseUnionPosition(pos);
    if (!d.unionPosition) {
      d.warnings.push(
        `${cellRef(env, 'unionPosition', d.r)}: chức vụ công đoàn "${pos}" không có trong danh mục (${UNION_POSITION_LIST}); đã ghi vào Ghi chú.`,
      );
      d.notes = d.notes ? `${d.notes}; Chức vụ CĐ: ${pos}` : `Chức vụ CĐ: ${pos}`;
    }
  }
}

/** Unit: the unit column (code or name), else the unit chosen for the file. */
export function readUnit(env: RowEnv): void {
  const d = env.draft;
  d.unit = env.target;
  d.unitText = txt(env, 'unit');
  if (d.unitText) {
    const k = foldVi(d.unitText);
    d.unit = env.units.byCode.get(codeKey(d.unitText)) ?? env.units.byName.get(k) ?? env.units.byName.get(stripUnitPrefix(k)) ?? null;
    if (!d.unit)
      d.errors.push(
        `${cellRef(env, 'unit', d.r)}: không tìm thấy công đoàn cơ sở "${d.unitText}" trong danh sách đơn vị. Hãy thêm đơn vị trước hoặc sửa tên/mã cho đúng.`,
      );
    else if (d.unit.dissolvedOn) d.errors.push(`${cellRef(env, 'unit', d.r)}: "${d.unit.name}" đã giải thể.`);
  } else if (!d.unit) {
    d.errors.push(`${cellRef(env, 'unit', d.r)}: chưa ghi công đoàn cơ sở; hãy ghi mã hoặc tên đơn vị, hoặc chọn đơn vị nhận danh sách.`);
  }
}
