import { TIMES_ADVANCES, TIMES_CHARS, TIMES_UNITS_PER_EM } from './font-metrics';

// Printed width of a line of Times New Roman, from the advance widths shipped with the app (see
// scripts/gen-font-metrics.mjs), so Word, LibreOffice and the preview are laid out from the same
// numbers whatever fonts the office PC has. No kerning: Word applies none by default.

export interface FontStyle {
  /** Points. */
  size: number;
  bold?: boolean;
}

const INDEX = new Map<string, number>([...TIMES_CHARS].map((c, i) => [c, i]));

/** Width in font units of one character; an unknown letter counts as its base letter, else as 'n'. */
function advance(ch: string, bold: boolean): number {
  const table = bold ? TIMES_ADVANCES.bold : TIMES_ADVANCES.regular;
  const at = INDEX.get(ch) ?? INDEX.get(ch.normalize('NFD')[0]) ?? INDEX.get('n')!;
  return table[at];
}

/** Width in points of `text` set in one line. */
export function textWidthPt(text: string, style: FontStyle): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    // Combining marks left over after NFC ride on the letter before them.
    if (!/\p{M}/u.test(ch)) units += advance(ch, !!style.bold);
  }
  return (units * style.size) / TIMES_UNITS_PER_EM;
}
