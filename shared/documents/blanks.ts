import { UNKNOWN_FIGURE } from '../text/typography';

// A figure not known when the draft was made is written as UNKNOWN_FIGURE ('…..'), never 0. The
// Word file highlights it in yellow and the preview and print view mark it, so the clerk sees
// every gap to fill before issuing.

export interface TextPart {
  text: string;
  /** An unknown figure to fill in. */
  blank: boolean;
}

/** 'có ….. đoàn viên' → [{'có '}, {'…..', blank}, {' đoàn viên'}]; empty parts are left out. */
export function blankParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  text.split(UNKNOWN_FIGURE).forEach((piece, i) => {
    if (i > 0) parts.push({ text: UNKNOWN_FIGURE, blank: true });
    if (piece) parts.push({ text: piece, blank: false });
  });
  return parts;
}
