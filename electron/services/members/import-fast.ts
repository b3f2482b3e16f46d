// Fast path for bulk imports: most rows of a real list are plainly valid, and running the full
// zod schema on 50,000 rows costs more than writing them. `quickMemberFields` returns the parsed
// fields when a row passes simple checks equivalent to `memberFields` (shared/members/schema.ts),
// or null to let the schema decide and word the message. It must accept only what the schema
// accepts and return exactly what the schema returns; test/unit/members/import-fast.test.ts checks
// that on generated and edge-case rows.
import type { Gender, MemberFields, UnionPosition } from '../../../shared/members/schema';
import { GENDERS, UNION_POSITIONS, isPartialDate } from '../../../shared/members/schema';

/** A row as the importer builds it: every string already through cleanText (NFC, single spaces, trimmed). */
export interface MemberCandidate {
  name: string;
  birthDate: string;
  gender: Gender | null;
  ethnicity: string;
  religion: string;
  cccd: string;
  cmnd: string;
  phone: string;
  jobTitle: string;
  unionPosition: string | null;
  joinedOn: string;
  memberCode: string;
  partyMember: boolean;
  partyDate: string;
  education: string;
  notes: string;
}

const PHONE_RE = /^[+0-9 ().\-/]{6,50}$/;
const CODE_RE = /^[\p{L}\p{N}_.\-/]+$/u;
const CCCD_RE = /^\d{12}$/;
const CMND_RE = /^\d{9}$/;

const text = (s: string, max: number): string | null | undefined => (s === '' ? null : s.length <= max ? s : undefined);
const date = (s: string): string | null | undefined => (s === '' ? null : isPartialDate(s) ? s : undefined);

export function quickMemberFields(c: MemberCandidate): MemberFields | null {
  if (c.name === '' || c.name.length > 100) return null;
  const birthDate = date(c.birthDate);
  const joinedOn = date(c.joinedOn);
  const partyDate = date(c.partyDate);
  const ethnicity = text(c.ethnicity, 50);
  const religion = text(c.religion, 50);
  const jobTitle = text(c.jobTitle, 200);
  const education = text(c.education, 100);
  const notes = text(c.notes, 1000);
  const phone = text(c.phone, 50);
  const memberCode = text(c.memberCode, 30);
  if (
    birthDate === undefined ||
    joinedOn === undefined ||
    partyDate === undefined ||
    ethnicity === undefined ||
    religion === undefined ||
    jobTitle === undefined ||
    education === undefined ||
    notes === undefined ||
    phone === undefined ||
    memberCode === undefined
  ) {
    return null;
  }
  if (phone !== null && !PHONE_RE.test(phone)) return null;
  if (memberCode !== null && !CODE_RE.test(memberCode)) return null;
  if (c.cccd !== '' && !CCCD_RE.test(c.cccd)) return null;
  if (c.cmnd !== '' && !CMND_RE.test(c.cmnd)) return null; // 8 digits (lost zero): the schema pads it
  if (c.gender !== null && !GENDERS.includes(c.gender)) return null;
  if (c.unionPosition !== null && !UNION_POSITIONS.includes(c.unionPosition as UnionPosition)) return null;
  return {
    name: c.name,
    birthDate,
    gender: c.gender,
    ethnicity,
    religion,
    cccd: c.cccd === '' ? null : c.cccd,
    cmnd: c.cmnd === '' ? null : c.cmnd,
    phone,
    jobTitle,
    unionPosition: c.unionPosition as UnionPosition | null,
    joinedOn,
    memberCode,
    partyMember: c.partyMember,
    partyDate,
    education,
    notes,
  };
}
