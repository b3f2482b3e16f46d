import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ANNIVERSARIES,
  anniversariesOfYear,
  anniversaryPhrase,
  anniversaryYears,
  isRoundAnniversary,
  isSolemnAnniversary,
  suggestAnniversaries,
  WEEKS_BEFORE_PERIOD,
  type AnniversaryEvent,
} from '../../../shared/documents/anniversaries';
import { instantiateTemplate } from '../../../shared/documents/templates';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { BUILT_IN_TEMPLATES } from '../../../resources/templates/index';

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
      'kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2024)',
    );
    expect(anniversaryPhrase(ev('ho-chi-minh-birthday'), 2024)).toBe('134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)');
    expect(anniversaryPhrase(ev('dien-bien-phu'), 2024)).toBe('70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)');
    expect(anniversaryPhrase(ev('vietnam-trade-union'), 2024)).toBe('95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)');
    expect(anniversaryPhrase(ev('labour-day'), 2024, { commemorate: true, dates: false })).toBe(
      'kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5',
    );
  });

  it('2023, as in seed 002', () => {
    expect(anniversaryPhrase(ev('labour-day'), 2023)).toBe('137 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2023)');
    expect(anniversaryPhrase(ev('ho-chi-minh-birthday'), 2023)).toBe('133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023)');
  });

  it('2025', () => {
    expect(anniversaryPhrase(ev('labour-day'), 2025, { commemorate: true })).toBe(
      'kỷ niệm 139 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2025)',
    );
    expect(anniversaryPhrase(ev('southern-liberation'), 2025)).toBe(
      '50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)',
    );
    expect(anniversaryPhrase(ev('party-founding'), 2025)).toBe('95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025)');
  });

  it('works for an event the office adds', () => {
    const custom: AnniversaryEvent = { key: 'x', label: 'Ngày thành lập Công đoàn ngành Giáo dục', date: '1951-05-22' };
    expect(anniversaryPhrase(custom, 2026)).toBe('75 năm Ngày thành lập Công đoàn ngành Giáo dục (22/5/1951 - 22/5/2026)');
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

describe('suggestAnniversaries (what a plan for a period may name)', () => {
  const may = (year: number) => suggestAnniversaries(DEFAULT_ANNIVERSARIES, `${year}-05-01`, `${year}-05-31`);

  it('2025: 50 năm Giải phóng miền Nam (30/4, the week before the period) is suggested, solemn', () => {
    const list = may(2025);
    const liberation = list.find((a) => a.event.key === 'southern-liberation')!;
    expect(liberation).toMatchObject({
      years: 50,
      round: true,
      solemn: true,
      before: true,
      suggested: true,
      id: 'southern-liberation@2025',
    });
    expect(liberation.phrase).toBe('kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)');
    expect(list.filter((a) => a.suggested).map((a) => `${a.years} ${a.event.key}`)).toEqual([
      '50 southern-liberation',
      '135 ho-chi-minh-birthday',
    ]);
    // Offered unticked: not round.
    expect(list.find((a) => a.event.key === 'labour-day')).toMatchObject({ years: 139, suggested: false });
    expect(list.find((a) => a.event.key === 'dien-bien-phu')).toMatchObject({ years: 71, suggested: false });
  });

  it('2023: nothing round in May (no Điện Biên Phủ 69), so nothing is ticked', () => {
    expect(may(2023).filter((a) => a.suggested)).toEqual([]);
    expect(may(2023).find((a) => a.event.key === 'dien-bien-phu')).toMatchObject({ years: 69, suggested: false });
  });

  it('looks back WEEKS_BEFORE_PERIOD weeks and no further', () => {
    expect(WEEKS_BEFORE_PERIOD).toBe(6);
    const keys = may(2025).map((a) => a.event.key);
    expect(keys).toContain('southern-liberation'); // 30/4
    expect(keys).not.toContain('international-womens-day'); // 8/3: more than six weeks before 1/5
    expect(suggestAnniversaries(DEFAULT_ANNIVERSARIES, '2025-04-19', '2025-05-31').map((a) => a.event.key)).toContain(
      'international-womens-day',
    ); // 8/3 is within six weeks of 19/4
  });

  it('spans the turn of a year', () => {
    const list = suggestAnniversaries(DEFAULT_ANNIVERSARIES, '2025-01-15', '2025-02-28');
    expect(list.map((a) => a.id)).toEqual(['party-founding@2025']);
    expect(list[0]).toMatchObject({ years: 95, round: true, solemn: false });
  });

  it('every 10th is solemn', () => {
    expect([10, 50, 80, 100].map(isSolemnAnniversary)).toEqual([true, true, true, true]);
    expect([5, 95, 135, 71].map(isSolemnAnniversary)).toEqual([false, false, false, false]);
  });
});

describe('the Tháng Công nhân templates with the default choice', () => {
  const make = (key: string, year: number) => {
    const t = BUILT_IN_TEMPLATES.find((x) => x.key === key)!;
    const doc = instantiateTemplate(t.content, {
      year,
      date: `${year}-03-28`,
      office: EXAMPLE_OFFICE,
      events: DEFAULT_ANNIVERSARIES,
      periodFrom: `${year}-05-01`,
      periodTo: `${year}-05-31`,
    }).doc;
    return doc.body.map((b) => (b.type === 'table' ? '' : b.text)).join('\n');
  };

  it('2025 names 50 năm Ngày Giải phóng miền Nam and no 71 năm Điện Biên Phủ', () => {
    for (const key of ['tcn-ke-hoach', 'tcn-huong-dan']) {
      const text = make(key, 2025);
      expect(text, key).toContain('kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)');
      expect(text, key).not.toMatch(/71 năm Chiến thắng Điện Biên Phủ/);
    }
  });

  it('2023 names no Điện Biên Phủ (69 năm is not round)', () => {
    for (const key of ['tcn-ke-hoach', 'tcn-huong-dan']) expect(make(key, 2023), key).not.toMatch(/Điện Biên Phủ/);
  });

  it('no heading of a built-in template is a paragraph (all headings under 200 characters)', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      for (const b of t.content.body) if (b.type === 'heading') expect(b.text.length, `${t.key}: ${b.text.slice(0, 40)}`).toBeLessThan(200);
    }
  });
});
