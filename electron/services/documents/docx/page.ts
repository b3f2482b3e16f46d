import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import { BLACK, FONT, TIGHT } from './runs';

// Page set-up of document-format.md: A4 portrait, margins 20/20/30/15 mm, page numbers in the
// header (size 13, centred) on every page but the first.

export const A4 = { width: 11906, height: 16838 } as const;

export interface MarginsMm {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const DEFAULT_MARGINS_MM: MarginsMm = { top: 20, bottom: 20, left: 30, right: 15 };

/** Allowed ranges (inclusive) in mm; values outside are clamped. */
export const MARGIN_RANGES_MM: Record<keyof MarginsMm, readonly [number, number]> = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
};

export interface RenderDocxOptions {
  /** Margins in mm, each within MARGIN_RANGES_MM. */
  marginsMm?: Partial<MarginsMm>;
  /** Body text size in points: 14 (default) or 13. */
  bodySize?: 13 | 14;
  /** First-line indent of body paragraphs in cm: 1.27 (default) or 1. */
  firstLineIndentCm?: 1.27 | 1;
}

export interface PageSetup {
  margins: MarginsMm;
  /** Twips. */
  marginsTwips: MarginsMm;
  bodySize: 13 | 14;
  firstLineIndent: number;
  /** Width between the margins on a portrait page, twips. */
  textWidth: number;
  /** Width between the margins on a landscape page, twips. */
  landscapeTextWidth: number;
}

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

const clamp = (v: number, [lo, hi]: readonly [number, number]) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo);

export function resolvePageSetup(options: RenderDocxOptions = {}): PageSetup {
  const m = { ...DEFAULT_MARGINS_MM, ...options.marginsMm };
  const margins: MarginsMm = {
    top: clamp(m.top, MARGIN_RANGES_MM.top),
    bottom: clamp(m.bottom, MARGIN_RANGES_MM.bottom),
    left: clamp(m.left, MARGIN_RANGES_MM.left),
    right: clamp(m.right, MARGIN_RANGES_MM.right),
  };
  const marginsTwips: MarginsMm = {
    top: mmToTwips(margins.top),
    bottom: mmToTwips(margins.bottom),
    left: mmToTwips(margins.left),
    right: mmToTwips(margins.right),
  };
  return {
    margins,
    marginsTwips,
    bodySize: options.bodySize === 13 ? 13 : 14,
    firstLineIndent: options.firstLineIndentCm === 1 ? 567 : 720,
    textWidth: A4.width - marginsTwips.left - marginsTwips.right,
    landscapeTextWidth: A4.height - marginsTwips.left - marginsTwips.right,
  };
}

/** Section properties; `first` marks the opening section, whose first page has no number. */
export function sectionProperties(setup: PageSetup, opts: { landscape?: boolean; first?: boolean }): ISectionPropertiesOptions {
  return {
    titlePage: opts.first === true,
    page: {
      size: {
        width: A4.width,
        height: A4.height,
        orientation: opts.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...setup.marginsTwips, header: mmToTwips(10), footer: mmToTwips(10) },
    },
  };
}

/** The header of every page but the first: the page number, size 13, centred. */
export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: TIGHT,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, color: BLACK, size: 26, sizeComplexScript: 26 })],
      }),
    ],
  });
}

/** The first page's header: empty, so page 1 shows no number. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ spacing: TIGHT, children: [] })] });
}
