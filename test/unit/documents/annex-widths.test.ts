import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../shared/documents/model';
import {
  CELL_PADDING,
  PAGE_TEXT_WIDTH,
  columnWidths,
  estimateTextWidth,
  tableSize,
  wrappedLines,
} from '../../../shared/documents/table-widths';
import { NUMERIC_CELL } from '../../../shared/documents/layout';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { buildBenchRound } from '../../bench/results';
import { ok, testContext } from '../../support/context';

// The annex of a 1,000-unit round (13 columns, money in hundreds of millions per sector): every
// figure stays on one line. Money is written in thousands of đồng there, which rounds nothing
// (every figure is whole thousands), and columns are sized from the font's own widths.

const ctx = testContext({ now: new Date('2026-06-10T09:00:00+07:00') });
let table: TableBlock;
beforeAll(async () => {
  await ok(ctx, 'settings.update', {
    ...EXAMPLE_OFFICE,
    superiorBody: EXAMPLE_OFFICE.superiorBody ?? '',
    address: '',
    phone: '',
    email: '',
  });
  const round = await buildBenchRound(ctx);
  const { document } = await ok(ctx, 'results.draftReport', { roundId: round.id, date: '2026-06-10' });
  table = document.doc.annexes[0].blocks[0] as TableBlock;
}, 120_000);
afterAll(() => ctx.close());

describe('the annex of a 1,000-unit BÁO CÁO', () => {
  it('writes money in thousands of đồng, exactly', () => {
    expect(table.columns).toHaveLength(13);
    const gifts = table.rows.find((r) => r[0] === '2.3')!;
    expect(gifts[2]).toBe('nghìn đồng');
    expect(gifts.slice(3)).toContain('353.500');
    expect(gifts.at(-2)).toBe('2.503.600');
    // Counts keep their unit.
    expect(table.rows.find((r) => r[0] === '2.2')![2]).toBe('suất');
  });

  it('keeps every figure and every word of the column heads on one line', () => {
    const size = tableSize(table.columns.length);
    const widths = columnWidths(table, PAGE_TEXT_WIDTH.landscape, size);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(PAGE_TEXT_WIDTH.landscape);
    const tooWide: string[] = [];
    widths.forEach((w, i) => {
      const room = w - 2 * CELL_PADDING;
      for (const word of table.columns[i].split(' ')) {
        if (estimateTextWidth(word, size, true) > room) tooWide.push(`head "${word}"`);
      }
      for (const row of table.rows) {
        const cell = (row[i] ?? '').trim();
        if (NUMERIC_CELL.test(cell) && estimateTextWidth(cell, size, row === table.rows[0]) > room) tooWide.push(`${row[0]}: ${cell}`);
      }
    });
    expect(tooWide).toEqual([]);
    // Thirteen columns leave no room for every head in three lines: four at most, and the
    // sentence column keeps at least 16 % of the width.
    expect(table.columns.filter((head, i) => wrappedLines(head, size, true, widths[i] - 2 * CELL_PADDING) > 4)).toEqual([]);
    expect(widths[1]).toBeGreaterThanOrEqual(Math.round(PAGE_TEXT_WIDTH.landscape * 0.16));
  });
});

describe('the column heads of a BÁO CÁO annex of four sectors', () => {
  // The office's own column and the sectors' heads wrap into three lines at most, however wide
  // the figures beside them (money in full đồng here).
  const table: TableBlock = {
    type: 'table',
    columns: [
      'TT',
      'Nội dung',
      'Đơn vị tính',
      'Giáo dục',
      'Doanh nghiệp ngoài nhà nước',
      'Xã, phường, thị trấn',
      'LĐLĐ huyện tổ chức',
      'Tổng số',
      'Cùng kỳ năm 2025',
    ],
    rows: [
      ['2.1', 'Số đoàn viên, người lao động được thăm hỏi, tặng quà', 'người', '1.000', '232', '0', '2', '1.234', '100'],
      [
        '2.3',
        'Tổng số tiền thăm hỏi, tặng quà (tiền mặt và quà quy ra tiền)',
        'đồng',
        '400.000.000',
        '52.000.000',
        '0',
        '4.000.000',
        '456.000.000',
        '50.000.000',
      ],
    ],
  };

  it('wraps every head into three lines at most, no word broken', () => {
    const size = tableSize(table.columns.length);
    const widths = columnWidths(table, PAGE_TEXT_WIDTH.landscape, size);
    const lines = table.columns.map((head, i) => wrappedLines(head, size, true, widths[i] - 2 * CELL_PADDING));
    expect(Math.max(...lines)).toBeLessThanOrEqual(3);
    expect(lines[table.columns.indexOf('LĐLĐ huyện tổ chức')]).toBeLessThanOrEqual(3);
    expect(lines[table.columns.indexOf('Doanh nghiệp ngoài nhà nước')]).toBeLessThanOrEqual(3);
    widths.forEach((w, i) => {
      for (const word of table.columns[i].split(' ')) expect(estimateTextWidth(word, size, true)).toBeLessThanOrEqual(w - 2 * CELL_PADDING);
    });
  });

  it('counts wrapped lines word by word', () => {
    const one = estimateTextWidth('LĐLĐ huyện tổ chức', 12, true);
    expect(wrappedLines('LĐLĐ huyện tổ chức', 12, true, one)).toBe(1);
    expect(wrappedLines('LĐLĐ huyện tổ chức', 12, true, one - 1)).toBe(2);
    expect(wrappedLines('LĐLĐ huyện tổ chức', 12, true, estimateTextWidth('huyện', 12, true))).toBe(4);
  });
});
