import { describe, expect, it } from 'vitest';
import { cleanText, comparePersonNames, compareVi, foldVi, nfc, normalizeDeep } from '../../../shared/text/vi';
import { isoToVn, isValidIsoDate, parseVnDate } from '../../../shared/text/dates';

describe('foldVi', () => {
  it('strips diacritics, folds đ and case', () => {
    expect(foldVi('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldVi('TRƯỜNG THCS  Vĩnh Thuận')).toBe('truong thcs vinh thuan');
  });
  it('gives the same key for NFC and NFD input', () => {
    expect(foldVi('Lê Kim Thoa'.normalize('NFD'))).toBe(foldVi('Lê Kim Thoa'));
  });
});

describe('cleanText / normalizeDeep', () => {
  it('stores NFC with single spaces', () => {
    const nfd = '  Trường\u00a0 THCS '.normalize('NFD');
    const out = cleanText(nfd);
    expect(out).toBe('Trường THCS');
    expect(out).toBe(out.normalize('NFC'));
  });
  it('normalises every string in nested input', () => {
    const input = { a: 'Đức'.normalize('NFD'), list: ['Hà Nội'.normalize('NFD')], n: 3, nested: { b: 'Ế'.normalize('NFD') } };
    const out = normalizeDeep(input);
    expect(out.a).toBe('Đức');
    expect(out.list[0]).toBe('Hà Nội');
    expect(out.nested.b).toBe('Ế');
    expect(out.n).toBe(3);
  });
});

describe('Vietnamese ordering', () => {
  it('sorts person names by given name, then the rest', () => {
    const names = ['Lê Kim Thoa', 'Nguyễn Văn An', 'Trần Thị Bích', 'Phạm Văn An', 'Đỗ Minh Đức', 'Võ Văn Dũng'];
    expect([...names].sort(comparePersonNames)).toEqual([
      'Nguyễn Văn An',
      'Phạm Văn An',
      'Trần Thị Bích',
      'Võ Văn Dũng',
      'Đỗ Minh Đức',
      'Lê Kim Thoa',
    ]);
  });
  it('puts Đ after D, and accented letters in Vietnamese order', () => {
    expect(['Đông', 'Dương', 'Anh', 'Ân'].sort(compareVi)).toEqual(['Anh', 'Ân', 'Dương', 'Đông']);
  });
});

describe('dates', () => {
  it('parses what clerks type', () => {
    expect(parseVnDate('05/03/1985')).toBe('1985-03-05');
    expect(parseVnDate('5-3-1985')).toBe('1985-03-05');
    expect(parseVnDate('1985-03-05')).toBe('1985-03-05');
    expect(parseVnDate(new Date(Date.UTC(2010, 6, 15)))).toBe('2010-07-15');
    expect(parseVnDate('31/02/2001')).toBeNull();
    expect(parseVnDate('năm ngoái')).toBeNull();
  });
  it('validates and formats ISO dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isoToVn('2024-03-05')).toBe('05/03/2024');
  });
});

describe('nfc', () => {
  it('leaves text below U+0300 as it is only because every such text is already NFC (all pairs checked)', () => {
    const below = Array.from({ length: 0x300 }, (_, i) => String.fromCharCode(i));
    const changed: string[] = [];
    for (const a of below) for (const b of below) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    expect(changed).toEqual([]);
    expect(nfc(below.join(''))).toBe(below.join(''));
  });

  it('composes what needs composing, also after a run of plain text', () => {
    const decomposed = 'Nguye\u0302\u0303n Va\u0306n D\u0323'; // "Nguyễn Văn Ḍ" typed with combining marks
    expect(nfc(decomposed)).toBe(decomposed.normalize('NFC'));
    expect(nfc(`${'x'.repeat(10_000)}a\u0300`)).toBe(`${'x'.repeat(10_000)}à`);
    expect(nfc('Trần Thị Ánh')).toBe('Trần Thị Ánh');
  });
});
