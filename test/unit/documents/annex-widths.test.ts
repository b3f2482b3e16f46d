import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../shared/documents/model';
import { CELL_PADDING, PAGE_TEXT_WIDTH, columnWidths, estimateTextWidth, tableSize } from '../../../shared/documents/table-widths';
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
  });
});
