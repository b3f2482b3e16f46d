// Column widths of a bordered table (a body table or an annex), in twips: one rule for the Word
// file and for the on-screen page and print view, so that both wrap the same cells the same way.
import { NUMERIC_CELL as NUMERIC } from './layout';
import type { TableBlock } from './model';
import { textWidthPt } from './text-measure';

/** Sizes a bordered table may print in (points): 13 normally, smaller for wide annexes. */
export const TABLE_SIZES = [11, 12, 13] as const;
export type TableSize = (typeof TABLE_SIZES)[number];

/** The text width of an A4 page with the official margins (30 mm left, 15 mm right), in twips. */
export const PAGE_TEXT_WIDTH = { portrait: 11906 - 1701 - 850, landscape: 16838 - 1701 - 850 } as const;

/**
 * Printed width in twips of a word or line of Times New Roman, from the font's own advance widths
 * (text-measure.ts), so a column is sized for exactly what it must hold on one line.
 */
export function estimateTextWidth(text: string, sizePt: number, bold: boolean): number {
  return Math.ceil(textWidthPt(text, { size: sizePt, bold }) * 20);
}

/** A wide annex (one column per sector) prints smaller so its figures stay on one line. */
export function tableSize(columns: number): TableSize {
  return columns >= 11 ? 11 : columns >= 9 ? 12 : 13;
}

/** Left and right cell margin (twips). */
export const CELL_PADDING = 80;
/** Share of the width a column of sentences ("Nội dung") keeps when there is room, and at least. */
const TEXT_SHARE = 0.25;
const TEXT_SHARE_MIN = 0.18;

/**
 * Column widths: each column is at least as wide as its longest word (title or cell) and its title
 * fits on three lines; the rest of the width goes by the length of its longest cell (capped), so 'TT'
 * stays narrow and 'Nội dung' gets the room. When the figures need more than the page, the
 * sentence column gives up its room first (down to TEXT_SHARE_MIN), then every column shrinks.
 */
export function columnWidths(block: TableBlock, width: number, size: TableSize): number[] {
  const minima: number[] = [];
  const floors: number[] = [];
  const weights: number[] = [];
  block.columns.forEach((head, i) => {
    const cells = block.rows.map((r) => r[i] ?? '');
    const words = [
      ...head.split(' ').map((w) => estimateTextWidth(w, size, true)),
      ...cells.flatMap((c) => c.split(' ').map((w) => estimateTextWidth(w, size, false))),
    ];
    const pad = 2 * CELL_PADDING + 60;
    const word = Math.max(...words) + pad;
    const headOnThreeLines = Math.ceil(estimateTextWidth(head, size, true) / 3) + pad;
    const textColumn = cells.some((c) => [...c].length > 30);
    minima.push(Math.max(word, headOnThreeLines, textColumn ? Math.round(width * TEXT_SHARE) : 0));
    floors.push(textColumn ? Math.max(word, Math.round(width * TEXT_SHARE_MIN)) : minima[i]);
    const longest = Math.max(0, ...cells.map((c) => [...c].length));
    // Figures never wrap usefully: a column of numbers keeps little more than its minimum.
    const numeric = cells.some((c) => c.trim()) && cells.every((c) => !c.trim() || NUMERIC.test(c.trim()));
    weights.push(numeric ? 2 : longest === 0 ? 8 : Math.min(40, longest));
  });
  let over = minima.reduce((a, b) => a + b, 0) - width;
  for (let i = 0; i < minima.length && over > 0; i++) {
    const give = Math.min(over, minima[i] - floors[i]);
    minima[i] -= give;
    over -= give;
  }
  const spare = width - minima.reduce((a, b) => a + b, 0);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const widths =
    spare >= 0
      ? minima.map((m, i) => m + Math.floor((spare * weights[i]) / totalWeight))
      : minima.map((m) => Math.floor((m * width) / (width - spare)));
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}
