import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';

// Text runs and paragraphs in the official font: Times New Roman on every script slot, black.

export const FONT_NAME = 'Times New Roman';
export const FONT = { ascii: FONT_NAME, hAnsi: FONT_NAME, cs: FONT_NAME, eastAsia: FONT_NAME } as const;
export const BLACK = '000000';

/** Characters XML 1.0 forbids (and C1 controls); tabs and line breaks become spaces. */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching the characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFC, no XML-invalid characters, no tabs or line breaks (XML escaping itself is done by docx). */
export function safeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(INVALID_XML, '');
}

export interface RunStyle {
  /** Points. */
  size: number;
  bold?: boolean;
  italics?: boolean;
}

export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: safeText(text),
    font: FONT,
    color: BLACK,
    size: style.size * 2,
    sizeComplexScript: style.size * 2,
    // Only "on" is written: a plain run inherits the (plain) defaults.
    bold: style.bold || undefined,
    boldComplexScript: style.bold || undefined,
    italics: style.italics || undefined,
    italicsComplexScript: style.italics || undefined,
  });
}

/** Single-spaced, no spacing around: the lines of the header block, title and signature. */
export const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/** A centred line of text (header block, title, signature). */
export function centredLine(text: string, style: RunStyle, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: TIGHT, ...extra, children: [run(text, style)] });
}

/**
 * A short solid horizontal line, centred in a space `containerWidth` twips wide: an empty,
 * 2-pt-high paragraph whose bottom border is indented to `lineWidth`.
 */
export function ruleLine(lineWidth: number, containerWidth: number, after = 0): Paragraph {
  const width = Math.max(200, Math.min(lineWidth, containerWidth));
  const side = Math.max(0, Math.floor((containerWidth - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after, line: 40, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    children: [],
  });
}

/**
 * Rough printed width in twips of a line of Times New Roman (used only to size the short
 * lines under names and titles): capitals ≈ 0.6 em, mixed case ≈ 0.47 em, per character.
 */
export function estimateTextWidth(text: string, sizePt: number, bold: boolean): number {
  // Figures: Times digits are half an em, separators a quarter.
  if (/^[\d.,%\s]+$/.test(text)) {
    const digits = (text.match(/\d/g) ?? []).length;
    return Math.round((digits * 0.5 + (text.length - digits) * 0.27) * sizePt * 20);
  }
  const chars = [...text].length;
  const upper = text === text.toLocaleUpperCase('vi');
  const em = upper ? (bold ? 0.6 : 0.58) : bold ? 0.47 : 0.45;
  return Math.round(chars * em * sizePt * 20);
}
