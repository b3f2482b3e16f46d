import { describe, expect, it } from 'vitest';
import { fastFoldVi, personCollationKey } from '../../../shared/members/sort-key';

/** Code-unit comparison of two keys (what SQLite's BINARY collation does for these ASCII keys). */
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
import { comparePersonNames, foldVi } from '../../../shared/text/vi';
import { memberRecords, personName, rng } from '../../fixtures/members/generate';

const sortByKey = (names: string[]) => [...names].sort((a, b) => compareKeys(personCollationKey(a), personCollationKey(b)));

describe('Vietnamese person-name collation key', () => {
  it('sorts by given name first, then the rest', () => {
    expect(sortByKey(['Lê Kim Thoa', 'Nguyễn Văn An', 'Trần Thị Bích'])).toEqual(['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Kim Thoa']);
    expect(sortByKey(['Trần Văn An', 'Nguyễn Văn An', 'Nguyễn An'])).toEqual(['Nguyễn An', 'Nguyễn Văn An', 'Trần Văn An']);
  });

  it('treats ă â đ ê ô ơ ư as letters of their own (Đ after D), as Vietnamese collation does', () => {
    expect(sortByKey(['Đức', 'Dũng', 'Duy', 'Dương', 'Anh', 'Ánh', 'Ăn', 'Ân', 'Ơn', 'Ông', 'On', 'Ưng', 'Uyên', 'Yến'])).toEqual([
      'Anh',
      'Ánh',
      'Ăn',
      'Ân',
      'Dũng',
      'Duy',
      'Dương',
      'Đức',
      'On',
      'Ông',
      'Ơn',
      'Uyên',
      'Ưng',
      'Yến',
    ]);
  });

  it('orders tones none < huyền < hỏi < ngã < sắc < nặng and ignores case', () => {
    expect(sortByKey(['Hạ', 'Há', 'Hã', 'Hả', 'Hà', 'Ha'])).toEqual(['Ha', 'Hà', 'Hả', 'Hã', 'Há', 'Hạ']);
    expect(personCollationKey('NGUYỄN VĂN ĐỨC')).toBe(personCollationKey('Nguyễn Văn Đức'));
  });

  it('is the same for NFC and NFD input', () => {
    expect(personCollationKey('Nguyễn Thị Thu Hà'.normalize('NFD'))).toBe(personCollationKey('Nguyễn Thị Thu Hà'));
  });

  it('never contradicts Intl.Collator("vi") (comparePersonNames) on 4,000 generated names', () => {
    const r = rng(42);
    const names = Array.from({ length: 4000 }, () => personName(r, r() < 0.5 ? 'nam' : 'nu'));
    names.push('Ông Văn Ất', 'Âu Thị Ơn', 'Ưng Hoàng Ước', 'Đỗ Đức', 'Do Duc', 'Lê An', 'Lê Ân', 'Lê Ấn');
    const sorted = sortByKey(names);
    let contradictions = 0;
    for (let i = 1; i < sorted.length; i++) if (comparePersonNames(sorted[i - 1], sorted[i]) > 0) contradictions++;
    expect(contradictions).toBe(0);
    // And the folded key (search key) would contradict it: that is why it is not used for ordering.
    const folded = [...names].sort((a, b) => compareKeys(foldVi(a.split(' ').pop()!), foldVi(b.split(' ').pop()!)));
    let foldedContradictions = 0;
    for (let i = 1; i < folded.length; i++) if (comparePersonNames(folded[i - 1], folded[i]) > 0) foldedContradictions++;
    expect(foldedContradictions).toBeGreaterThan(0);
  });

  it('generated records carry realistic names with diacritics', () => {
    const recs = memberRecords(200, 3);
    expect(recs.some((m) => /[ăâđêôơư]/i.test(m.name))).toBe(true);
    expect(new Set(recs.map((m) => m.cccd)).size).toBe(200);
    expect(recs.every((m) => /^\d{12}$/.test(m.cccd))).toBe(true);
  });

  it('fastFoldVi gives exactly what foldVi gives', () => {
    const r = rng(8);
    const samples = Array.from({ length: 3000 }, () => personName(r, r() < 0.5 ? 'nam' : 'nu'));
    samples.push(
      'NGUYỄN VĂN ĐỨC',
      'Đỗ  Văn A',
      ' Lê',
      'Lê ',
      'Nguyễn Văn Đức'.normalize('NFD'),
      'Trần\u00a0Thị',
      'ĐV-01/2020',
      'Ưng Ước',
      '',
      'Zoë',
      'Hồ Chí Minh 1890',
    );
    for (const s of samples) expect(fastFoldVi(s, foldVi), s).toBe(foldVi(s));
  });
});
