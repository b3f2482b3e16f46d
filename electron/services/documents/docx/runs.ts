import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { blankParts } from '../../../../shared/documents/blanks';
import { RULE_LINE_PT } from '../../../../shared/documents/header-layout';

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

/** Font, size and emphasis of a run: the same for every run of a document. */
function runFormat(style: RunStyle) {
  return {
    font: FONT,
    color: BLACK,
    size: style.size * 2,
    sizeComplexScript: style.size * 2,
    // Only "on" is written: a plain run inherits the (plain) defaults.
    bold: style.bold || undefined,
    boldComplexScript: style.bold || undefined,
    italics: style.italics || undefined,
    italicsComplexScript: style.italics || undefined,
  };
}

export function run(text: string, style: RunStyle, lineBreakBefore = false): TextRun {
  return new TextRun({
    text: safeText(text),
    // A line break chosen by the layout (header names, subject): the same breaks as the preview.
    break: lineBreakBefore ? 1 : undefined,
    ...runFormat(style),
  });
}

/** The runs of a text, its unknown figures ('…..') highlighted in yellow for the clerk to fill. */
export function markedRuns(text: string, style: RunStyle): TextRun[] {
  const parts = blankParts(text);
  if (parts.length <= 1 && !parts[0]?.blank) return [run(text, style)];
  return parts.map((p) => (p.blank ? new TextRun({ text: p.text, ...runFormat(style), highlight: 'yellow' }) : run(p.text, style)));
}

/** Single-spaced, no spacing around: the lines of the header block, title and signature. */
export const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/** A centred line of text (header block, title, signature). */
export function centredLine(text: string, style: RunStyle, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return centredLines([text], style, extra);
}

/** One centred paragraph printing `lines` with a line break between each. */
export function centredLines(lines: readonly string[], style: RunStyle, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: TIGHT,
    ...extra,
    children: lines.map((line, i) => run(line, style, i > 0)),
  });
}

/**
 * A short solid horizontal line `lineWidth` twips long, centred in a space `containerWidth` twips
 * wide: an empty paragraph RULE_LINE_PT high whose bottom border is indented to the line's length.
 * `before` (twips) keeps it clear of the descenders of the text above.
 */
export function ruleLine(lineWidth: number, containerWidth: number, { before = 0, after = 0 } = {}): Paragraph {
  const width = Math.max(200, Math.min(Math.round(lineWidth), containerWidth));
  const side = Math.max(0, Math.floor((containerWidth - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after, line: RULE_LINE_PT * 20, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 0 } },
    children: [],
  });
}
