import { describe, expect, it } from 'vitest';
import { DEFAULT_ANNIVERSARIES } from '../../../shared/documents/anniversaries';
import { anniversariesUpdateSchema } from '../../../shared/documents/api';
import { emptyRow, eventsFromRows, parseDate, toRow, type Row } from '../../../renderer/src/pages/documents/anniversary-rows';

const row = (label: string, dateText: string, extra: Partial<Row> = {}): Row => ({ ...emptyRow(), label, dateText, ...extra });
const events = (rows: Row[]) => {
  const r = eventsFromRows(rows);
  if ('error' in r) throw new Error(r.error);
  return r.events;
};

describe('anniversary dates as typed', () => {
  it('reads day/month/year with one or two digits and any of / . -', () => {
    expect(parseDate('7/5/1954')).toBe('1954-05-07');
    expect(parseDate(' 03.02.1930 ')).toBe('1930-02-03');
    expect(parseDate('28-7-1929')).toBe('1929-07-28');
  });

  it('refuses days that do not exist and other shapes', () => {
    expect(parseDate('31/4/2026')).toBeNull();
    expect(parseDate('29/2/2027')).toBeNull();
    expect(parseDate('29/2/2028')).toBe('2028-02-29');
    expect(parseDate('1954-05-07')).toBeNull();
    expect(parseDate('7/5/54')).toBeNull();
    expect(parseDate('')).toBeNull();
  });
});

describe('anniversary rows as events to save', () => {
  it('give back the list they were made from', () => {
    const back = events(DEFAULT_ANNIVERSARIES.map(toRow));
    expect(back).toEqual(DEFAULT_ANNIVERSARIES.map((e) => ({ ...e, padDay: !!e.padDay })));
    expect(anniversariesUpdateSchema.safeParse({ events: back }).success).toBe(true);
  });

  it('each row of the table has its own React key', () => {
    const rows = [...DEFAULT_ANNIVERSARIES.map(toRow), emptyRow(), emptyRow()];
    expect(new Set(rows.map((r) => r.rowKey)).size).toBe(rows.length);
  });

  it('make a key for a new row from its label, trimmed', () => {
    expect(events([row('  Ngày Thương binh – Liệt sĩ ', '27/7/1947')])).toEqual([
      { key: 'ngay-thuong-binh-liet-si', label: 'Ngày Thương binh – Liệt sĩ', date: '1947-07-27', padDay: false },
    ]);
  });

  it('never give two events one key: a copied row or a clashing label gets a numbered key', () => {
    const kept = toRow(DEFAULT_ANNIVERSARIES[0]);
    const list = events([
      kept,
      { ...kept, rowKey: emptyRow().rowKey },
      row('Ngày hội', '1/1/2000'),
      row('Ngày hội!', '2/1/2000'),
      row('Ngày hội', '3/1/2000', { key: 'ngay-hoi' }),
    ]);
    expect(list.map((e) => e.key)).toEqual([
      'party-founding',
      'ngay-thanh-lap-dang-cong-san-viet-nam',
      'ngay-hoi',
      'ngay-hoi-2',
      'ngay-hoi-3',
    ]);
    expect(anniversariesUpdateSchema.safeParse({ events: list }).success).toBe(true);
  });

  it('give a label without letters or digits a generic key', () => {
    expect(events([row('…', '1/1/2000'), row('!!!', '2/1/2000')]).map((e) => e.key)).toEqual(['su-kien', 'su-kien-2']);
  });

  it('stop at the first row without a name or with a wrong date, saying which', () => {
    expect(eventsFromRows([row('Ngày hội', '1/1/2000'), row('  ', '2/1/2000'), row('Sai', '31/2/2000')])).toEqual({
      error: 'Có dòng chưa nhập tên sự kiện.',
    });
    expect(eventsFromRows([row('Ngày hội', '31/2/2000')])).toEqual({
      error: 'Ngày "31/2/2000" của "Ngày hội" chưa đúng dạng ngày/tháng/năm, ví dụ 07/05/1954.',
    });
  });

  it('an empty table saves an empty list', () => {
    expect(eventsFromRows([])).toEqual({ events: [] });
  });
});
