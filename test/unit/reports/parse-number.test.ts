import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, parseDigits, parseIndicatorValue, type IndicatorKind } from '../../../shared/reports/parse-number';

const value = (raw: string | number | null, kind: IndicatorKind, unit: string | null = null) => {
  const r = parseIndicatorValue(raw, kind, { unit });
  if (!r.ok) throw new Error(`${JSON.stringify(raw)} refused: ${r.reason}`);
  return r.value;
};
const reason = (raw: string | number, kind: IndicatorKind, unit: string | null = null) => {
  const r = parseIndicatorValue(raw, kind, { unit });
  if (r.ok) throw new Error(`${JSON.stringify(raw)} accepted as ${r.value}`);
  return r.reason;
};

describe('money as people type it', () => {
  it.each([
    ['1.500.000', 1_500_000],
    ['1,500,000', 1_500_000],
    ['1500000', 1_500_000],
    ['1500000 đ', 1_500_000],
    ['1.500.000đ', 1_500_000],
    ['1.500.000 đồng', 1_500_000],
    ['1 500 000', 1_500_000],
    ['1\u00a0500\u00a0000 VNĐ', 1_500_000],
    ['2tr', 2_000_000],
    ['2 tr', 2_000_000],
    ['1.5tr', 1_500_000],
    ['1,5 triệu', 1_500_000],
    ['1,5 trieu', 1_500_000],
    ['1tr5', 1_500_000],
    ['1tr500', 1_500_000],
    ['1 tỷ', 1_000_000_000],
    ['2,3 tỉ', 2_300_000_000],
    ['500k', 500_000],
    ['500 nghìn', 500_000],
    ['  1500000  ', 1_500_000],
    ['-', 0],
    ['không', 0],
    ['', null],
  ] as const)('%s → %s', (raw, expected) => {
    expect(value(raw, 'money', 'đồng')).toBe(expected);
  });

  it('takes whole đồng from cells, and asks about a fraction of a đồng instead of rounding it away', () => {
    expect(value(1500000, 'money')).toBe(1500000);
    for (const raw of [1500000.4, 1.5, '1.500.000,50', '1,500,000.4', '1,5']) {
      const r = parseIndicatorValue(raw, 'money', { unit: 'đồng' });
      expect(r, String(raw)).toEqual({ ok: false, reason: expect.stringMatching(/phần lẻ dưới một đồng.*1,5 triệu/) });
    }
  });
});

describe('counts and percentages', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['1.500', 1500],
    ['12 người', 12],
    ['3 cuộc', 3],
    ['5 suất', 5],
    ['2 hoạt động', 2],
  ] as const)('count %s → %s', (raw, expected) => {
    expect(value(raw, 'count', 'người')).toBe(expected);
  });

  it('accepts the unit of measure of the indicator itself', () => {
    expect(value('4 kiến nghị', 'count', 'kiến nghị')).toBe(4);
    expect(value('2 bản', 'count', 'bản')).toBe(2);
  });

  it.each([
    ['85', 85],
    ['85%', 85],
    ['85 %', 85],
    ['85,5', 85.5],
    ['85.5%', 85.5],
  ] as const)('percent %s → %s', (raw, expected) => {
    expect(value(raw, 'percent', '%')).toBe(expected);
  });

  it('reads 0.85 in a cell formatted as % as 85', () => {
    expect(parseIndicatorValue(0.85, 'percent', { percentFormatted: true })).toEqual({ ok: true, value: 85 });
  });

  it('asks whether "0,85" meant 85 %, and takes "0,5%" as written', () => {
    for (const raw of ['0,85', 0.85]) {
      expect(parseIndicatorValue(raw, 'percent', { unit: '%' })).toEqual({
        ok: false,
        reason: expect.stringMatching(/Nếu ý là 85%, hãy ghi 85/),
      });
    }
    expect(value('0,5%', 'percent', '%')).toBe(0.5);
  });

  it('keeps free text as text (NFC, single spaces)', () => {
    expect(value('  Hội thao  ', 'text')).toBe('Hội thao');
    expect(value('Hội thao'.normalize('NFD'), 'text')).toBe('Hội thao');
    expect(value(12, 'text')).toBe('12');
  });
});

describe('refusals say what is wrong', () => {
  it('words are not numbers', () => {
    expect(reason('năm người', 'count', 'người')).toMatch(/^không phải là số/);
    expect(reason('1,5 triệu', 'count', 'người')).toMatch(/không phải là số/);
    expect(reason('hai triệu', 'money')).toMatch(/không phải là số; hãy ghi số tiền bằng chữ số/);
    expect(reason('12 con mèo', 'count', 'người')).toMatch(/không phải là số/);
  });

  it('negative numbers are refused', () => {
    expect(reason('-5', 'count')).toMatch(/số âm/);
    expect(reason('(5)', 'count')).toMatch(/số âm/);
    expect(reason(-5, 'money')).toMatch(/số âm/);
  });

  it('counts must be whole, percentages at most 100', () => {
    expect(reason('2,5', 'count')).toMatch(/không phải số nguyên/);
    expect(reason(2.5, 'count')).toMatch(/không phải số nguyên/);
    expect(reason('120', 'percent')).toMatch(/từ 0 đến 100/);
  });

  it('very long text is refused', () => {
    expect(reason('x'.repeat(2001), 'text')).toMatch(/dài quá/);
  });
});

describe('helpers', () => {
  it('parseDigits follows Vietnamese habits when ambiguous', () => {
    expect(parseDigits('1.500')).toBe(1500);
    expect(parseDigits('1,5')).toBe(1.5);
    expect(parseDigits('1.5')).toBe(1.5);
    expect(parseDigits('1.50.0')).toBeNull();
  });

  it('formats values the way clerks write them', () => {
    expect(formatIndicatorValue(1_500_000, 'money')).toBe('1.500.000 đ');
    expect(formatIndicatorValue(85.5, 'percent')).toBe('85,5%');
    expect(formatIndicatorValue(1200, 'count')).toBe('1.200');
    expect(formatIndicatorValue(null, 'count')).toBe('');
  });
});
