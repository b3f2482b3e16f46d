import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ANNIVERSARIES,
  anniversariesOfYear,
  anniversaryPhrase,
  anniversaryYears,
  isRoundAnniversary,
  type AnniversaryEvent,
} from '../../../shared/documents/anniversaries';

const ev = (key: string): AnniversaryEvent => {
  const e = DEFAULT_ANNIVERSARIES.find((x) => x.key === key);
  if (!e) throw new Error(key);
  return e;
};

describe('anniversaryYears', () => {
  it.each([
    ['labour-day', 2023, 137],
    ['labour-day', 2024, 138],
    ['labour-day', 2025, 139],
    ['ho-chi-minh-birthday', 2023, 133],
    ['ho-chi-minh-birthday', 2024, 134],
    ['ho-chi-minh-birthday', 2025, 135],
    ['dien-bien-phu', 2023, 69],
    ['dien-bien-phu', 2024, 70],
    ['dien-bien-phu', 2025, 71],
    ['vietnam-trade-union', 2023, 94],
    ['vietnam-trade-union', 2024, 95],
    ['vietnam-trade-union', 2025, 96],
    ['southern-liberation', 2025, 50],
    ['national-day', 2025, 80],
    ['party-founding', 2025, 95],
  ])('%s in %i → %i', (key, year, n) => {
    expect(anniversaryYears(ev(key).date, year)).toBe(n);
  });
});

describe('anniversaryPhrase (seed style)', () => {
  it('2024, as in seed 000', () => {
    expect(anniversaryPhrase(ev('labour-day'), 2024, { commemorate: true })).toBe(
      'kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 – 1/5/2024)',
    );
    expect(anniversaryPhrase(ev('ho-chi-minh-birthday'), 2024)).toBe('134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2024)');
    expect(anniversaryPhrase(ev('dien-bien-phu'), 2024)).toBe('70 năm Chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024)');
    expect(anniversaryPhrase(ev('vietnam-trade-union'), 2024)).toBe('95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2024)');
    expect(anniversaryPhrase(ev('labour-day'), 2024, { commemorate: true, dates: false })).toBe(
      'kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5',
    );
  });

  it('2023, as in seed 002', () => {
    expect(anniversaryPhrase(ev('labour-day'), 2023)).toBe('137 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 – 1/5/2023)');
    expect(anniversaryPhrase(ev('ho-chi-minh-birthday'), 2023)).toBe('133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023)');
  });

  it('2025', () => {
    expect(anniversaryPhrase(ev('labour-day'), 2025, { commemorate: true })).toBe(
      'kỷ niệm 139 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 – 1/5/2025)',
    );
    expect(anniversaryPhrase(ev('southern-liberation'), 2025)).toBe(
      '50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025)',
    );
    expect(anniversaryPhrase(ev('party-founding'), 2025)).toBe('95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2025)');
  });

  it('works for an event the office adds', () => {
    const custom: AnniversaryEvent = { key: 'x', label: 'Ngày thành lập Công đoàn ngành Giáo dục', date: '1951-05-22' };
    expect(anniversaryPhrase(custom, 2026)).toBe('75 năm Ngày thành lập Công đoàn ngành Giáo dục (22/5/1951 – 22/5/2026)');
  });

  it('refuses a year before the first anniversary and an invalid date', () => {
    expect(() => anniversaryPhrase(ev('labour-day'), 1886)).toThrow(RangeError);
    expect(() => anniversaryYears('1886-02-30', 2024)).toThrow(RangeError);
  });
});

describe('isRoundAnniversary', () => {
  it('multiples of 5 only', () => {
    expect([5, 10, 50, 70, 95, 135].map(isRoundAnniversary)).toEqual([true, true, true, true, true, true]);
    expect([0, -5, 1, 134, 138, 71, 7.5].map(isRoundAnniversary)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('anniversariesOfYear', () => {
  it('lists 2025 in calendar order with round ones flagged', () => {
    const list = anniversariesOfYear(DEFAULT_ANNIVERSARIES, 2025);
    expect(list.map((a) => a.date)).toEqual([...list.map((a) => a.date)].sort());
    const round = list.filter((a) => a.round).map((a) => `${a.years} ${a.event.key}`);
    expect(round).toEqual(
      expect.arrayContaining(['95 party-founding', '50 southern-liberation', '135 ho-chi-minh-birthday', '80 national-day']),
    );
    expect(round).not.toContain('139 labour-day');
    expect(list.find((a) => a.event.key === 'labour-day')?.date).toBe('2025-05-01');
  });
});
