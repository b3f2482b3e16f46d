// The checks of a read member row: its fields against the member schema and rules, then duplicates
// inside the file and against the register, which decide the row's status.
import { z } from '../../../shared/api/zod-vi';
import { cccdWarnings } from '../../../shared/members/cccd';
import type { MemberFields } from '../../../shared/members/schema';
import type { ImportField } from '../../../shared/members/import-schema';
import { memberFields, memberRuleIssues } from '../../../shared/members/schema';
import { quickMemberFields, type MemberCandidate } from './import-fast';
import { cellRef, txt, type RowEnv } from './import-row-env';
import { codeKey } from './repo';

const rowSchema = z.strictObject(memberFields);

/** The draft as member fields, or null with the schema's messages in the row's errors; then the CCCD and member rules. */
export function checkedFields(env: RowEnv): MemberFields | null {
  const d = env.draft;
  const candidate: MemberCandidate = {
    name: d.name,
    birthDate: d.birthDate,
    gender: d.gender,
    ethnicity: txt(env, 'ethnicity'),
    religion: txt(env, 'religion'),
    cccd: d.cccd,
    cmnd: d.cmnd,
    phone: d.phone,
    jobTitle: txt(env, 'jobTitle'),
    unionPosition: d.unionPosition,
    joinedOn: d.joinedOn,
    memberCode: txt(env, 'memberCode'),
    partyMember: d.partyMember,
    partyDate: d.partyDate,
    education: txt(env, 'education'),
    notes: d.notes,
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
        d.errors.push(`${key === 'name' && env.cols.name === undefined ? `Dòng ${d.r}` : cellRef(env, key, d.r)}: ${issue.message}`);
      }
    }
  }
  if (fields) ruleIssues(env, fields);
  return fields;
}

/** What the CCCD says against gender and birth date (warnings), and the member rules (errors). */
function ruleIssues(env: RowEnv, fields: MemberFields): void {
  const { cols } = env;
  const d = env.draft;
  for (const w of cccdWarnings(fields.cccd, fields.gender, fields.birthDate)) d.warnings.push(`${cellRef(env, 'cccd', d.r)}: ${w}`);
  const rules = memberRuleIssues(fields, env.today);
  for (const key in rules) {
    const f = key as ImportField;
    const col: ImportField =
      f === 'birthDate' && cols.birthDate === undefined && cols.birthMale !== undefined
        ? d.gender === 'nu'
          ? 'birthFemale'
          : 'birthMale'
        : f;
    d.errors.push(`${cellRef(env, col, d.r)}: ${rules[key]}`);
  }
}

/** A CCCD or member code already seen in the file is an error; the first row of each is remembered. */
export function checkFileDuplicates(env: RowEnv, fields: MemberFields | null): void {
  const d = env.draft;
  const cccdKey = fields?.cccd ?? null;
  const codeK = fields?.memberCode ? codeKey(fields.memberCode) : null;
  d.cccdKey = cccdKey;
  d.codeKey = codeK;
  if (cccdKey) {
    const first = env.seenCccd.get(cccdKey);
    if (first !== undefined) d.errors.push(`${cellRef(env, 'cccd', d.r)}: số CCCD ${cccdKey} trùng với ${first} trong cùng tệp.`);
    else env.seenCccd.set(cccdKey, env.rowLabel(d.r));
  }
  if (codeK) {
    const first = env.seenCode.get(codeK);
    if (first !== undefined)
      d.errors.push(`${cellRef(env, 'memberCode', d.r)}: mã số đoàn viên "${fields!.memberCode}" trùng với ${first} trong cùng tệp.`);
    else env.seenCode.set(codeK, env.rowLabel(d.r));
  }
}

/**
 * The row's status and messages: 'error' with its errors; 'exists' when the register has a member
 * with its CCCD, member code or CMND (checked in that order); else 'new'.
 */
export function decideStatus(env: RowEnv, fields: MemberFields | null): void {
  const d = env.draft;
  d.status = 'new';
  d.messages = d.errors;
  if (d.errors.length) {
    d.status = 'error';
  } else if (env.existing) {
    const { cccdKey, codeKey: codeK } = d;
    const byCccd = cccdKey ? env.existing.cccd(cccdKey) : undefined;
    const byCode = byCccd === undefined && codeK ? env.existing.code(codeK) : undefined;
    const byCmnd = byCccd === undefined && byCode === undefined && fields?.cmnd ? env.existing.cmnd(fields.cmnd) : undefined;
    if (byCccd !== undefined) {
      d.status = 'exists';
      d.messages = [`Đã có trong sổ: ${env.holder(byCccd)}, cùng số CCCD ${cccdKey}. Dòng này sẽ không được nhập.`];
    } else if (byCode !== undefined) {
      d.status = 'exists';
      d.messages = [`Đã có trong sổ: ${env.holder(byCode)}, cùng mã số đoàn viên "${fields!.memberCode}". Dòng này sẽ không được nhập.`];
    } else if (byCmnd !== undefined) {
      d.status = 'exists';
      d.messages = [`Đã có trong sổ: ${env.holder(byCmnd)}, cùng số CMND ${fields!.cmnd}. Dòng này sẽ không được nhập.`];
    }
  }
  if (d.status === 'new' && !fields?.joinedOn) env.missingJoin++;
}
