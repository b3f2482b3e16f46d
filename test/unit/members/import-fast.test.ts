import { describe, expect, it } from 'vitest';
import { z } from '../../../shared/api/zod-vi';
import { memberFields } from '../../../shared/members/schema';
import { quickMemberFields, type MemberCandidate } from '../../../electron/services/members/import-fast';
import { memberRecords, rng } from '../../fixtures/members/generate';

const schema = z.strictObject(memberFields);

function candidates(): MemberCandidate[] {
  const out: MemberCandidate[] = memberRecords(1500, 9).map((r, i) => ({
    name: r.name,
    birthDate: r.birth,
    gender: i % 7 === 0 ? null : r.gender,
    ethnicity: r.ethnicity,
    religion: i % 5 === 0 ? '' : r.religion,
    cccd: i % 4 === 0 ? '' : r.cccd,
    cmnd: i % 11 === 0 ? '091234567' : '',
    phone: i % 3 === 0 ? '' : r.phone,
    jobTitle: r.job,
    unionPosition: i % 9 === 0 ? 'uv_bch' : null,
    joinedOn: r.joined,
    memberCode: i % 6 === 0 ? '' : r.memberCode,
    partyMember: r.partyDate !== null,
    partyDate: r.partyDate ?? '',
    education: r.education,
    notes: r.notes,
  }));
  // Edge cases around every rule the fast path re-implements.
  const r = rng(3);
  const base = out[0];
  const tweaks: Partial<Record<keyof MemberCandidate, unknown>>[] = [
    { name: '' },
    { name: 'A'.repeat(100) },
    { name: 'A'.repeat(101) },
    { birthDate: '1899' },
    { birthDate: '2201' },
    { birthDate: '1985-02-29' },
    { birthDate: '1984-02-29' },
    { birthDate: '12/2020' },
    { birthDate: '1985-1-1' },
    { joinedOn: '2024-13-01' },
    { partyDate: '2010' },
    { partyDate: 'x' },
    { cccd: '07908501234' },
    { cccd: '0790850123456' },
    { cccd: '07908501234a' },
    { cccd: '079085012345' },
    { cmnd: '12345678' },
    { cmnd: '123456789' },
    { cmnd: '1234567890' },
    { cmnd: '12345678a' },
    { phone: '12345' },
    { phone: '123456' },
    { phone: '0912-345-678' },
    { phone: '(028) 3822 1234' },
    { phone: '0912 abc' },
    { phone: '1'.repeat(51) },
    { memberCode: 'DV 01' },
    { memberCode: 'ĐV-01/2020' },
    { memberCode: 'X'.repeat(31) },
    { memberCode: '=1+1' },
    { ethnicity: 'E'.repeat(50) },
    { ethnicity: 'E'.repeat(51) },
    { religion: 'R'.repeat(51) },
    { jobTitle: 'J'.repeat(201) },
    { education: 'E'.repeat(101) },
    { notes: 'N'.repeat(1000) },
    { notes: 'N'.repeat(1001) },
    { gender: 'x' },
    { unionPosition: 'boss' },
    { unionPosition: 'chu_tich' },
    { partyMember: true },
  ];
  for (const t of tweaks) out.push({ ...base, ...t } as MemberCandidate);
  for (let i = 0; i < 200; i++) {
    const t = tweaks[Math.floor(r() * tweaks.length)];
    const u = tweaks[Math.floor(r() * tweaks.length)];
    out.push({ ...out[Math.floor(r() * 1500)], ...t, ...u } as MemberCandidate);
  }
  return out;
}

describe('import fast path', () => {
  it('accepts only what the schema accepts and returns exactly what it returns', () => {
    let fast = 0;
    for (const c of candidates()) {
      const q = quickMemberFields(c);
      const full = schema.safeParse(c);
      if (q === null) continue;
      fast++;
      expect(full.success, JSON.stringify(c)).toBe(true);
      if (full.success) expect(q).toEqual(full.data);
    }
    expect(fast).toBeGreaterThan(1500); // the ordinary rows do take the fast path
  });
});
