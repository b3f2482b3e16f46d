import { breakBalanced, longestLinePt } from './line-break';
import { MOTTO, recipientLines } from './layout';
import type { OfficialDocument } from './model';
import { textWidthPt, type FontStyle } from './text-measure';

// Where the lines of the header block, the title and the "Kính gửi" block fall, and how long the
// rules under them are, measured in Times New Roman. The Word writer and the HTML preview both
// print exactly these lines, so Word, LibreOffice and the screen break them in the same places.

/** Width between the default margins (A4 210 mm, left 30 mm, right 15 mm), twips. */
export const DEFAULT_TEXT_WIDTH_TWIPS = 11906 - Math.round((30 * 1440) / 25.4) - Math.round((15 * 1440) / 25.4);

/** Header table: left column share of the text width, and the padding on each side of a cell. */
export const HEADER_LEFT_SHARE = 0.4;
export const HEADER_CELL_SIDE_TWIPS = 57;

/** Space between a line of text and the rule under it: clear of descenders ('g', 'p', 'ạ'). */
export const RULE_GAP_PT = 4;
/** The rule is the bottom border of an empty paragraph this high (Word draws it under the paragraph). */
export const RULE_LINE_PT = 2;

/** Rule under the issuer and under the subject: the first value of "1/3–1/2 of the text width". */
export const SHORT_RULE_SHARE = 1 / 3;

export const STYLES = {
  superior: { size: 13 },
  issuer: { size: 13, bold: true },
  national: { size: 12, bold: true },
  motto: { size: 13, bold: true },
  vv: { size: 12 },
  kindTitle: { size: 14, bold: true },
  subject: { size: 14, bold: true },
} as const satisfies Record<string, FontStyle>;

export interface HeaderColumns {
  /** Twips. */
  left: number;
  right: number;
  /** Text width inside each cell, twips. */
  leftInner: number;
  rightInner: number;
}

export function headerColumns(textWidth: number): HeaderColumns {
  const left = Math.round(textWidth * HEADER_LEFT_SHARE);
  const right = textWidth - left;
  return { left, right, leftInner: left - 2 * HEADER_CELL_SIDE_TWIPS, rightInner: right - 2 * HEADER_CELL_SIDE_TWIPS };
}

export interface OfficialLayout {
  columns: HeaderColumns;
  /** Empty when the office has no superior body. */
  superiorLines: string[];
  issuerLines: string[];
  /** Rule lengths, points. */
  issuerRulePt: number;
  mottoRulePt: number;
  /** 'V/v …' lines under the number (công văn only, else empty). */
  vvLines: string[];
  /** Subject lines under the type name (empty for a công văn). */
  subjectLines: string[];
  subjectRulePt: number;
}

const pt = (twips: number) => twips / 20;

export function officialLayout(
  doc: Pick<OfficialDocument, 'kind' | 'header' | 'title'>,
  textWidth: number = DEFAULT_TEXT_WIDTH_TWIPS,
): OfficialLayout {
  const columns = headerColumns(textWidth);
  const caps = (s: string) => s.toLocaleUpperCase('vi');
  const superiorLines = doc.header.superiorBody ? breakBalanced(caps(doc.header.superiorBody), STYLES.superior, pt(columns.leftInner)) : [];
  const issuerLines = breakBalanced(caps(doc.header.issuingBody), STYLES.issuer, pt(columns.leftInner));
  const isLetter = doc.kind === 'CV';
  const subjectLines = isLetter ? [] : breakBalanced(doc.title, STYLES.subject, pt(textWidth));
  return {
    columns,
    superiorLines,
    issuerLines,
    issuerRulePt: longestLinePt(issuerLines, STYLES.issuer) * SHORT_RULE_SHARE,
    mottoRulePt: textWidthPt(MOTTO, STYLES.motto),
    vvLines: isLetter ? breakBalanced(`V/v ${doc.title}`, STYLES.vv, pt(columns.leftInner)) : [],
    subjectLines,
    subjectRulePt: longestLinePt(subjectLines, STYLES.subject) * SHORT_RULE_SHARE,
  };
}

export const ADDRESSEE_LABEL = 'Kính gửi:';

/**
 * The "Kính gửi" block of a công văn (NĐ 30/2020, Mẫu 1.4): one addressee on the label's line;
 * several one per line '- …;' (the last '.'), the dashes aligned just after the colon. The block is
 * centred on the page as a whole; lines too long to fit wrap at the same indent.
 */
export type AddresseeLayout =
  | { mode: 'none' }
  /** Centred; when too long for one line, continuation lines hang under the addressee's name. */
  | { mode: 'single'; line: string; wraps: boolean; labelPt: number }
  | { mode: 'list'; labelIndentPt: number; itemIndentPt: number; lines: string[] };

export function addresseeLayout(
  addressees: readonly string[] | undefined,
  sizePt: number,
  textWidth: number = DEFAULT_TEXT_WIDTH_TWIPS,
): AddresseeLayout {
  const names = (addressees ?? []).map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (names.length === 0) return { mode: 'none' };
  const style = { size: sizePt };
  const width = pt(textWidth);
  const labelPt = textWidthPt(`${ADDRESSEE_LABEL} `, style);
  if (names.length === 1) {
    const line = `${ADDRESSEE_LABEL} ${names[0].replace(/[;.,\s]+$/u, '')}`;
    return { mode: 'single', line, wraps: textWidthPt(line, style) > width * 0.98, labelPt };
  }
  const lines = recipientLines(names);
  const block = labelPt + longestLinePt(lines, style);
  const labelIndentPt = Math.max(0, (width - block) / 2);
  return { mode: 'list', labelIndentPt, itemIndentPt: labelIndentPt + labelPt, lines };
}
