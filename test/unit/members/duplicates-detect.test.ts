import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, ok, testContext } from '../../support/context';
import { makeUnit, type Ctx } from './helpers';
import { rng } from '../../fixtures/members/generate';
import { insertMemberRow } from '../../../electron/services/members/repo';
import type { MemberFields, MemberStatus } from '../../../shared/members/schema';
import type { DuplicateReason } from '../../../shared/members/duplicates';
import { foldVi } from '../../../shared/text/vi';

let ctx: Ctx;
let units: number[];

beforeEach(async () => {
  ctx = testContext();
  units = [];
  for (let i = 1; i <= 20; i++) units.push(await makeUnit(ctx, `U${i}`, `Công đoàn cơ sở số ${i}`));
});
afterEach(() => ctx.close());

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu', 'Kim', 'Xuân', 'Hồng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phúc'];
const GIVEN2 = ['', 'Anh', 'Châu', 'Diệp', 'Giang', 'Khánh', 'Ly', 'Nhi', 'Quân', 'Tâm', 'Trang', 'Uyên', 'Vy'];

interface Person {
  name: string;
  birthDate: string | null;
  unit: number;
  cccd?: string | null;
  cmnd?: string | null;
  status?: MemberStatus;
}

function fields(p: Person): MemberFields {
  return {
    name: p.name,
    birthDate: p.birthDate,
    gender: null,
    ethnicity: null,
    religion: null,
    cccd: p.cccd ?? null,
    cmnd: p.cmnd ?? null,
    phone: null,
    jobTitle: null,
    unionPosition: null,
    joinedOn: null,
    memberCode: null,
    partyMember: false,
    partyDate: null,
    education: null,
    notes: null,
  };
}

/** Writes the people straight into the register (like an import does) and returns their ids. */
function insertPeople(people: Person[]): number[] {
  return ctx.db.transaction(() => people.map((p) => insertMemberRow(ctx, fields(p), p.unit, p.status ?? 'active')))();
}

/**
 * 10,000 different people: each folded name + birth year once, each CCCD once. Some share a
 * folded name with another person but not a compatible birth date, which must not be proposed.
 */
function distinctPeople(n: number): Person[] {
  const r = rng(20261202);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const seen = new Set<string>();
  const people: Person[] = [];
  while (people.length < n) {
    const given = [pick(GIVEN), pick(GIVEN2)].filter(Boolean).join(' ');
    const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${given}`;
    const year = 1960 + Math.floor(r() * 45);
    const key = `${foldVi(name)}|${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    const yearOnly = r() < 0.2;
    people.push({
      name,
      birthDate: yearOnly ? String(year) : `${year}-${month}-${day}`,
      unit: pick(units),
      cccd: r() < 0.7 ? `0${String(10_000_000_000 + people.length)}` : null,
      cmnd: r() < 0.2 ? String(100_000_000 + people.length) : null,
    });
  }
  return people;
}

type Planted = [Person, Person, DuplicateReason];

function plantedPairs(): Planted[] {
  const [u1, u2, u3, u4] = units;
  return [
    // The same CCCD: one record left, the other entered again later in another unit.
    [
      { name: 'Trương Thị Bảo Ngọc', birthDate: '1979-04-02', unit: u1, cccd: '079179000001', status: 'left' },
      { name: 'Trương Thị Ngọc', birthDate: '1979', unit: u2, cccd: '079179000001' },
      'cccd',
    ],
    [
      { name: 'Quách Văn Tài', birthDate: null, unit: u3, cccd: '079179000002', status: 'transferred_out' },
      { name: 'Quách Văn Tài', birthDate: null, unit: u3, cccd: '079179000002' },
      'cccd',
    ],
    // The same old CMND.
    [
      { name: 'Âu Thị Mỹ', birthDate: '1970-01-01', unit: u1, cmnd: '290000001' },
      { name: 'Âu Thị Mĩ', birthDate: '1971-01-01', unit: u4, cmnd: '290000001' },
      'cmnd',
    ],
    // The same name and birth date, once with and once without diacritics (and another spacing/case).
    [
      { name: 'Nguyễn Văn Đức Thắng', birthDate: '1985-03-05', unit: u2 },
      { name: 'NGUYEN van duc thang', birthDate: '1985-03-05', unit: u2 },
      'nameBirthDate',
    ],
    [
      { name: 'Tạ Thị Ánh Tuyết', birthDate: '1990-12-31', unit: u3, cccd: '079190000003' },
      { name: 'Tạ Thị Ánh Tuyết', birthDate: '1990-12-31', unit: u4 },
      'nameBirthDate',
    ],
    // The same name and birth year in two units, one record knowing only the year.
    [
      { name: 'Châu Ngọc Sơn Lâm', birthDate: '1968', unit: u1 },
      { name: 'Chau Ngoc Son Lam', birthDate: '1968-07-14', unit: u4 },
      'nameBirthYear',
    ],
    [{ name: 'Mai Xuân Trường', birthDate: '1975', unit: u2 }, { name: 'Mai Xuân Trường', birthDate: '1975', unit: u3 }, 'nameBirthYear'],
  ];
}

/** Look-alikes that are different people and must not be proposed. */
function nearMisses(): Person[] {
  const [u1, u2, u3] = units;
  return [
    // Same name, two different full birth dates in the same year, two units.
    { name: 'Lục Văn Khải', birthDate: '1982-02-01', unit: u1 },
    { name: 'Lục Văn Khải', birthDate: '1982-09-30', unit: u2 },
    // Same name and year, year only, in the same unit: two people of one unit.
    { name: 'Ông Thị Nga', birthDate: '1977', unit: u3 },
    { name: 'Ông Thị Nga', birthDate: '1977', unit: u3 },
    // Same name and birth date, each with a different CCCD.
    { name: 'Khổng Minh Tú', birthDate: '1988-08-08', unit: u1, cccd: '079188000011' },
    { name: 'Khổng Minh Tú', birthDate: '1988-08-08', unit: u2, cccd: '079188000012' },
    // Same name, birth year unknown.
    { name: 'Kha Văn Lộc', birthDate: null, unit: u1 },
    { name: 'Kha Văn Lộc', birthDate: null, unit: u2 },
  ];
}

const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

describe('members.duplicates', () => {
  it('finds every planted pair among 10,000 distinct people, with its reason, and no other pair', async () => {
    const planted = plantedPairs();
    insertPeople(distinctPeople(10_000));
    insertPeople(nearMisses());
    const expected = new Map<string, DuplicateReason>();
    for (const [x, y, reason] of planted) {
      const [a, b] = insertPeople([x, y]);
      expected.set(key(a, b), reason);
    }
    const started = performance.now();
    const result = await ok(ctx, 'members.duplicates', { limit: 2000 });
    const ms = performance.now() - started;
    const found = new Map(result.pairs.map((p) => [key(p.a.id, p.b.id), p.reasons[0]]));
    expect(found).toEqual(expected);
    expect(result.total).toBe(expected.size);
    for (const p of result.pairs) expect(p.a.id).toBeLessThan(p.b.id);
    // Strongest reason first.
    expect(result.pairs.map((p) => p.reasons[0]).slice(0, 2)).toEqual(['cccd', 'cccd']);
    expect(ms).toBeLessThan(5000);
  });

  it('gives every reason of a pair and shows the pair once', async () => {
    const [a, b] = insertPeople([
      { name: 'Lò Văn Pao', birthDate: '1991-01-02', unit: units[0], cccd: '011191000001', status: 'left' },
      { name: 'Lo Van Pao', birthDate: '1991-01-02', unit: units[1], cccd: '011191000001' },
    ]);
    const result = await ok(ctx, 'members.duplicates', {});
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]).toMatchObject({ a: { id: a }, b: { id: b }, reasons: ['cccd', 'nameBirthDate'] });
  });

  it('"Không trùng" hides the pair for good, and only that pair', async () => {
    const [a, b, c] = insertPeople([
      { name: 'Hà Thị Thu', birthDate: '1980-05-05', unit: units[0] },
      { name: 'Ha Thi Thu', birthDate: '1980-05-05', unit: units[1] },
      { name: 'Hà Thị Thu', birthDate: '1980-05-05', unit: units[2] },
    ]);
    expect((await ok(ctx, 'members.duplicates', {})).total).toBe(3);
    await ok(ctx, 'members.markNotDuplicate', { aId: b, bId: a });
    await ok(ctx, 'members.markNotDuplicate', { aId: a, bId: b }); // twice is harmless
    const after = await ok(ctx, 'members.duplicates', {});
    expect(after.pairs.map((p) => key(p.a.id, p.b.id)).sort()).toEqual([key(a, c), key(b, c)].sort());
    const rows = ctx.db.prepare('SELECT member_a, member_b FROM member_not_duplicates').all();
    expect(rows).toEqual([{ member_a: Math.min(a, b), member_b: Math.max(a, b) }]);
  });

  it('refuses "Không trùng" for a record that does not exist, changing nothing', async () => {
    const [a] = insertPeople([{ name: 'Hà Thị Thu', birthDate: '1980-05-05', unit: units[0] }]);
    const r = await ok(ctx, 'members.duplicates', {});
    expect(r.total).toBe(0);
    const res = await call(ctx, 'members.markNotDuplicate', { aId: a, bId: a + 100 });
    expect(res.ok).toBe(false);
    const same = await call(ctx, 'members.markNotDuplicate', { aId: a, bId: a });
    expect(same.ok).toBe(false);
    if (!same.ok) expect(same.error.message).toContain('hai hồ sơ khác nhau');
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM member_not_duplicates').get()).toEqual({ n: 0 });
  });
});
