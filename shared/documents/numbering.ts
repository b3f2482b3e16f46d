import type { Block } from './model';

// Outline numbering shared by the Word writer and the HTML preview: a pure function of the blocks.

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → 'I', 4 → 'IV', 14 → 'XIV'. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`toRoman: ${n}`);
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Points in Vietnamese documents follow the Vietnamese alphabet: a, b, c, d, đ, e, g, h, i, k, … */
export const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

/** 1 → 'a', 5 → 'đ', 6 → 'e'; past 'y' the letters double: 24 → 'aa'. */
export function pointLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`pointLetter: ${n}`);
  const letter = POINT_LETTERS[(n - 1) % POINT_LETTERS.length];
  return letter.repeat(Math.floor((n - 1) / POINT_LETTERS.length) + 1);
}

/**
 * Labels for each block, index for index: heading level 1 'I.', level 2 '1.' (restarting under
 * each level 1), level 3 '1.1.' (within its level 2), point 'a)' (restarting after any heading);
 * null for paragraphs, bullets and tables. A level 3 with no level 2 above it is labelled like
 * a level 2 ('1.').
 */
export function numberBlocks(blocks: readonly Block[]): (string | null)[] {
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  let point = 0;
  return blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        point = 0;
        if (block.level === 1) {
          l1 += 1;
          l2 = 0;
          l3 = 0;
          return `${toRoman(l1)}.`;
        }
        if (block.level === 2) {
          l2 += 1;
          l3 = 0;
          return `${l2}.`;
        }
        l3 += 1;
        return l2 > 0 ? `${l2}.${l3}.` : `${l3}.`;
      case 'point':
        point += 1;
        return `${pointLetter(point)})`;
      default:
        return null;
    }
  });
}

/** Text of a heading as printed: level 1 in capitals. */
export function headingDisplayText(level: 1 | 2 | 3, text: string): string {
  return level === 1 ? text.toLocaleUpperCase('vi') : text;
}

/** 'Phụ lục' when the document has one annex, 'Phụ lục I', 'Phụ lục II', … when several. */
export function annexLabel(index: number, count: number): string {
  return count > 1 ? `Phụ lục ${toRoman(index + 1)}` : 'Phụ lục';
}

/** Bullet/point/heading prefix plus text, the way every renderer prints a block line. */
export function blockLine(block: Exclude<Block, { type: 'table' }>, label: string | null): string {
  switch (block.type) {
    case 'heading':
      return `${label ?? ''} ${headingDisplayText(block.level, block.text)}`.trim();
    case 'bullet':
      return `- ${block.text}`;
    case 'point':
      return `${label ?? ''} ${block.text}`.trim();
    case 'paragraph':
      return block.text;
  }
}
