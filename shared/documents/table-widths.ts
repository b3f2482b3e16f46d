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

/** Lines taken by words of the given widths, a space of `space` between them, wrapped into `room`. */
function linesOf(words: readonly number[], space: number, room: number): number {
  let lines = 1;
  let line = -space;
  for (const w of words) {
    if (line >= 0 && line + space + w > room) {
      lines += 1;
      line = w;
    } else line += space + w;
  }
  return lines;
}

const wordWidths = (text: string, sizePt: number, bold: boolean) =>
  text
    .split(' ')
    .filter(Boolean)
    .map((w) => estimateTextWidth(w, sizePt, bold));

/** How many lines `text` takes when wrapped word by word into `room` twips. */
export function wrappedLines(text: string, sizePt: number, bold: boolean, room: number): number {
  return linesOf(wordWidths(text, sizePt, bold), estimateTextWidth(' ', sizePt, bold), room);
}

/** The narrowest room (twips) in which `text` wraps into at most `lines` lines. */
function roomForLines(text: string, sizePt: number, bold: boolean, lines: number): number {
  const words = wordWidths(text, sizePt, bold);
  const space = estimateTextWidth(' ', sizePt, bold);
  let lo = Math.max(0, ...words);
  let hi = Math.max(lo, words.reduce((a, b) => a + b, 0) + space * (words.length - 1));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (linesOf(words, space, mid) <= lines) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Left and right cell margin (twips). */
export const CELL_PADDING = 80;
/** Share of the width a column of sentences ("Nội dung") keeps when there is room, and at least. */
const TEXT_SHARE = 0.25;
const TEXT_SHARE_MIN = 0.16;

/** Lines a column head may take: three, more only when the figures leave no room for three. */
const HEAD_LINES = [3, 4, 5, 6] as const;

/**
 * Column widths: each column is at least as wide as its longest word (title or cell) and its title
 * wraps into three lines at most; the rest of the width goes by the length of its longest cell
 * (capped), so 'TT' stays narrow and 'Nội dung' gets the room. When the figures need more than the
 * page, the sentence column gives up its room first (down to TEXT_SHARE_MIN), then the heads take
 * a fourth line (a fifth…), and only then does every column shrink.
 */
export function columnWidths(block: TableBlock, width: number, size: TableSize): number[] {
  const pad = 2 * CELL_PADDING + 60;
  const columns = block.columns.map((head, i) => {
    const cells = block.rows.map((r) => r[i] ?? '');
    const words = [
      ...head.split(' ').map((w) => estimateTextWidth(w, size, true)),
      ...cells.flatMap((c) => c.split(' ').map((w) => estimateTextWidth(w, size, false))),
    ];
    const word = Math.max(...words) + pad;
    const text = cells.some((c) => [...c].length > 30);
    const longest = Math.max(0, ...cells.map((c) => [...c].length));
    // Figures never wrap usefully: a column of numbers keeps little more than its minimum.
    const numeric = cells.some((c) => c.trim()) && cells.every((c) => !c.trim() || NUMERIC.test(c.trim()));
    return {
      head,
      word,
      room: text ? Math.round(width * TEXT_SHARE) : 0,
      floor: text ? Math.max(word, Math.round(width * TEXT_SHARE_MIN)) : word,
      weight: numeric ? 2 : longest === 0 ? 8 : Math.min(40, longest),
    };
  });
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  // The fewest head lines the page allows; at each, the sentence column gives up room first.
  let minima = columns.map((c) => c.floor);
  for (const lines of HEAD_LINES) {
    const fit = columns.map((c) => Math.max(c.word, roomForLines(c.head, size, true, lines) + pad));
    const wanted = fit.map((f, i) => Math.max(f, columns[i].room));
    const least = fit.map((f, i) => (columns[i].room ? Math.max(f, columns[i].floor) : f));
    if (sum(least) > width) continue;
    let over = sum(wanted) - width;
    minima = wanted.map((w, i) => {
      const give = Math.max(0, Math.min(over, w - least[i]));
      over -= give;
      return w - give;
    });
    break;
  }
  const weights = columns.map((c) => c.weight);
  const spare = width - sum(minima);
  const totalWeight = sum(weights);
  const widths =
    spare >= 0
      ? minima.map((m, i) => m + Math.floor((spare * weights[i]) / totalWeight))
      : minima.map((m) => Math.floor((m * width) / (width - spare)));
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}
