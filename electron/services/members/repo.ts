import { AppError } from '../../../shared/api/result';
import { isoToVn } from '../../../shared/text/dates';
import { foldVi } from '../../../shared/text/vi';
import { fastFoldVi, personCollationKey } from '../../../shared/members/sort-key';
import type { Member, MemberFields, MemberStatus } from '../../../shared/members/schema';
import { MEMBER_STATUS_LABELS } from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';

export const MEMBER_SELECT = `SELECT m.id, m.unit_id AS unitId, u.code AS unitCode, u.name AS unitName, u.sector_id AS sectorId,
       s.name AS sectorName, m.status, m.name, m.birth_date AS birthDate, m.gender, m.ethnicity, m.religion, m.cccd, m.cmnd,
       m.phone, m.job_title AS jobTitle, m.union_position AS unionPosition, m.joined_on AS joinedOn,
       m.member_code AS memberCode, m.party_member AS partyMember, m.party_date AS partyDate, m.education, m.notes,
       m.created_at AS createdAt, m.updated_at AS updatedAt
  FROM members m JOIN units u ON u.id = m.unit_id LEFT JOIN sectors s ON s.id = u.sector_id`;

type MemberRow = Omit<Member, 'partyMember'> & { partyMember: number };

export function toMember(r: MemberRow): Member {
  return { ...r, partyMember: r.partyMember === 1 };
}

const foldName = (s: string) => fastFoldVi(s, foldVi);

export const codeKey = (code: string) => (/^[\x21-\x7e]+$/.test(code) ? code.toLowerCase() : foldVi(code).replace(/\s+/g, ''));

/** Ethnicity given and not Kinh (the majority): counted as "dân tộc thiểu số". */
export function isEthnicMinority(ethnicity: string | null): boolean {
  if (!ethnicity || ethnicity === 'Kinh') return false;
  const k = foldVi(ethnicity).replace(/^dan toc\s+/, '');
  return k !== '' && k !== 'kinh' && k !== 'viet' && k !== 'viet (kinh)' && k !== 'kinh (viet)';
}

export const MEMBER_NOT_FOUND = 'Không tìm thấy đoàn viên này; có thể hồ sơ vừa bị xóa. Hãy tải lại danh sách.';

export function getMember(ctx: ServiceContext, id: number): Member {
  const row = ctx.db.prepare(`${MEMBER_SELECT} WHERE m.id = ?`).get(id) as MemberRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', MEMBER_NOT_FOUND);
  return toMember(row);
}

/** A row of MEMBER_SELECT as an array (better-sqlite3's raw mode), in the order of its columns. */
type MemberTuple = [
  number,
  number,
  string,
  string,
  number | null,
  string | null,
  Member['status'],
  string,
  string | null,
  Member['gender'],
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  Member['unionPosition'],
  string | null,
  string | null,
  number,
  string | null,
  string | null,
  string | null,
  string,
  string,
];

function fromTuple(r: MemberTuple): Member {
  return {
    id: r[0],
    unitId: r[1],
    unitCode: r[2],
    unitName: r[3],
    sectorId: r[4],
    sectorName: r[5],
    status: r[6],
    name: r[7],
    birthDate: r[8],
    gender: r[9],
    ethnicity: r[10],
    religion: r[11],
    cccd: r[12],
    cmnd: r[13],
    phone: r[14],
    jobTitle: r[15],
    unionPosition: r[16],
    joinedOn: r[17],
    memberCode: r[18],
    partyMember: r[19] === 1,
    partyDate: r[20],
    education: r[21],
    notes: r[22],
    createdAt: r[23],
    updatedAt: r[24],
  };
}

/**
 * Members by id, in the order of `ids`. One statement for any number of ids (a JSON array), rows
 * read as arrays: an export reads 100,000 members through here, and building each row as an
 * object twice (SQLite's, then ours) cost a good part of that time.
 */
export function getMembers(ctx: ServiceContext, ids: number[]): Member[] {
  if (ids.length === 0) return [];
  const rows = ctx.db
    .prepare(`${MEMBER_SELECT} WHERE m.id IN (SELECT value FROM json_each(?))`)
    .raw(true)
    .all(JSON.stringify(ids)) as MemberTuple[];
  const out = new Map<number, Member>();
  for (const r of rows) out.set(r[0], fromTuple(r));
  return ids.map((id) => out.get(id)).filter((m): m is Member => m !== undefined);
}

/** Column values of a members row derived from the fields (keys, flags). */
export function memberColumns(f: MemberFields) {
  return {
    name: f.name,
    name_key: foldName(f.name),
    sort_key: personCollationKey(f.name),
    birth_date: f.birthDate,
    gender: f.gender,
    ethnicity: f.ethnicity,
    ethnic_minority: isEthnicMinority(f.ethnicity) ? 1 : 0,
    religion: f.religion,
    cccd: f.cccd,
    cmnd: f.cmnd,
    phone: f.phone,
    job_title: f.jobTitle,
    union_position: f.unionPosition,
    joined_on: f.joinedOn,
    member_code: f.memberCode,
    member_code_key: f.memberCode ? codeKey(f.memberCode) : null,
    party_member: f.partyMember || f.partyDate !== null ? 1 : 0,
    party_date: f.partyDate,
    education: f.education,
    notes: f.notes,
  };
}

export const INSERT_MEMBER_SQL = `INSERT INTO members (unit_id, status, name, name_key, sort_key, birth_date, gender, ethnicity, ethnic_minority,
    religion, cccd, cmnd, phone, job_title, union_position, joined_on, member_code, member_code_key, party_member, party_date,
    education, notes, import_id, created_at, updated_at)
  VALUES (@unit_id, @status, @name, @name_key, @sort_key, @birth_date, @gender, @ethnicity, @ethnic_minority,
    @religion, @cccd, @cmnd, @phone, @job_title, @union_position, @joined_on, @member_code, @member_code_key, @party_member, @party_date,
    @education, @notes, @import_id, @created_at, @updated_at)`;

/** Positional variant for bulk inserts (binding an array is cheaper than named parameters). */
export const INSERT_MEMBER_POSITIONAL_SQL = INSERT_MEMBER_SQL.replace(/@\w+/g, '?');

export function insertMemberRow(
  ctx: ServiceContext,
  f: MemberFields,
  unitId: number,
  status: MemberStatus,
  importId: number | null = null,
): number {
  const at = nowIso(ctx);
  const info = ctx.db
    .prepare(INSERT_MEMBER_SQL)
    .run({ ...memberColumns(f), unit_id: unitId, status, import_id: importId, created_at: at, updated_at: at });
  return Number(info.lastInsertRowid);
}

/** The member attributes copied onto member_spans for statistics (see the migration). */
export function spanAttributes(f: Pick<MemberFields, 'gender' | 'ethnicity' | 'partyMember' | 'partyDate'>): {
  female: number;
  minority: number;
  partyFrom: string | null;
} {
  return {
    female: f.gender === 'nu' ? 1 : 0,
    minority: isEthnicMinority(f.ethnicity) ? 1 : 0,
    partyFrom: f.partyMember || f.partyDate !== null ? (f.partyDate ?? '0000') : null,
  };
}

/** Keeps only the recent entries of member_changes (search indexes older than that simply reload). */
/** Removes a member row; events, spans and duplicate marks go with it (ON DELETE CASCADE). */
export function deleteMemberRow(ctx: ServiceContext, id: number): void {
  ctx.db.prepare('DELETE FROM members WHERE id = ?').run(id);
}

export function pruneMemberChanges(ctx: ServiceContext): void {
  ctx.db.prepare('DELETE FROM member_changes WHERE seq < (SELECT MAX(seq) FROM member_changes) - 1000').run();
}

export function updateMemberRow(ctx: ServiceContext, id: number, f: MemberFields): void {
  const a = spanAttributes(f);
  ctx.db
    .prepare('UPDATE member_spans SET female = ?, minority = ?, party_from = ? WHERE member_id = ?')
    .run(a.female, a.minority, a.partyFrom, id);
  ctx.db
    .prepare(
      `UPDATE members SET name = @name, name_key = @name_key, sort_key = @sort_key, birth_date = @birth_date, gender = @gender,
              ethnicity = @ethnicity, ethnic_minority = @ethnic_minority, religion = @religion, cccd = @cccd, cmnd = @cmnd, phone = @phone,
              job_title = @job_title, union_position = @union_position, joined_on = @joined_on, member_code = @member_code,
              member_code_key = @member_code_key, party_member = @party_member, party_date = @party_date,
              education = @education, notes = @notes, updated_at = @updated_at
        WHERE id = @id`,
    )
    .run({ ...memberColumns(f), updated_at: nowIso(ctx), id });
}

interface Holder {
  id: number;
  name: string;
  status: MemberStatus;
  unitName: string;
}

function describeHolder(h: Holder): string {
  return `${h.name} (${h.unitName}${h.status === 'active' ? '' : `, ${MEMBER_STATUS_LABELS[h.status].toLowerCase()}`})`;
}

/** The active member holding this CCCD, if any (other than `exceptId`). */
export function activeCccdHolder(ctx: ServiceContext, cccd: string, exceptId: number | null): Holder | null {
  const row = ctx.db
    .prepare(
      `SELECT m.id, m.name, m.status, u.name AS unitName FROM members m JOIN units u ON u.id = m.unit_id
        WHERE m.cccd = ? AND m.status = 'active' AND m.id IS NOT ? LIMIT 1`,
    )
    .get(cccd, exceptId) as Holder | undefined;
  return row ?? null;
}

export function memberCodeHolder(ctx: ServiceContext, code: string, exceptId: number | null): Holder | null {
  const row = ctx.db
    .prepare(
      `SELECT m.id, m.name, m.status, u.name AS unitName FROM members m JOIN units u ON u.id = m.unit_id
        WHERE m.member_code_key = ? AND m.id IS NOT ? LIMIT 1`,
    )
    .get(codeKey(code), exceptId) as Holder | undefined;
  return row ?? null;
}

/** CCCD unique among active members; member code unique in the register. Throws CONFLICT keyed by field. */
export function assertUnique(
  ctx: ServiceContext,
  f: Pick<MemberFields, 'cccd' | 'memberCode'>,
  exceptId: number | null,
  checkCccd = true,
): void {
  if (checkCccd && f.cccd) {
    const h = activeCccdHolder(ctx, f.cccd, exceptId);
    if (h) {
      const msg = `Số CCCD ${f.cccd} đã có ở đoàn viên ${describeHolder(h)}. Mỗi người chỉ có một hồ sơ đang sinh hoạt.`;
      throw new AppError('CONFLICT', msg, { cccd: msg });
    }
  }
  if (f.memberCode) {
    const h = memberCodeHolder(ctx, f.memberCode, exceptId);
    if (h) {
      const msg = `Mã số đoàn viên "${f.memberCode}" đã dùng cho ${describeHolder(h)}.`;
      throw new AppError('CONFLICT', msg, { memberCode: msg });
    }
  }
}

export interface UnitInfo {
  id: number;
  code: string;
  name: string;
  sectorId: number | null;
  dissolvedOn: string | null;
}

export function getUnitInfo(ctx: ServiceContext, unitId: number, field = 'unitId'): UnitInfo {
  const u = ctx.db
    .prepare('SELECT id, code, name, sector_id AS sectorId, dissolved_on AS dissolvedOn FROM units WHERE id = ?')
    .get(unitId) as UnitInfo | undefined;
  if (!u) {
    const msg = 'Công đoàn cơ sở đã chọn không còn trong danh sách. Hãy chọn lại.';
    throw new AppError('INVALID_INPUT', msg, { [field]: msg });
  }
  return u;
}

/** Refuses a unit dissolved on or before `date`. */
export function assertUnitOpen(u: UnitInfo, date: string, field = 'unitId'): void {
  if (u.dissolvedOn && u.dissolvedOn <= date) {
    const msg = `"${u.name}" đã giải thể từ ngày ${isoToVn(u.dissolvedOn)}; không ghi thêm đoàn viên vào đơn vị này.`;
    throw new AppError('INVALID_INPUT', msg, { [field]: msg });
  }
}
