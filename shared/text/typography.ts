// Printed-text conventions shared by the documents the app writes: typographic quotes, one way of
// writing percentages, and the mark left where a figure is not known.

/** Where a figure is not known: a visible gap the clerk fills in, never a 0 that reads as a fact. */
export const UNKNOWN_FIGURE = '…..';

/** '"Mái ấm Công đoàn"' → '“Mái ấm Công đoàn”': opening after a start, space or bracket, closing elsewhere. */
export function curlyQuotes(text: string): string {
  return text.replace(/"/g, (_q, offset: number) => (offset === 0 || /[\s([{–-]/u.test(text[offset - 1]) ? '“' : '”'));
}

const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, useGrouping: true });

/** A percentage as printed: at most one decimal, comma separator — 91.666 → '91,7', 87.5 → '87,5', 50 → '50'. */
export function percentNumber(n: number): string {
  return percentFormat.format(n);
}

/** percentNumber with the sign: '91,7%'. */
export function percentText(n: number): string {
  return `${percentNumber(n)}%`;
}
