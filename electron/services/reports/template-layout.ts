// What the report template looks like, shared by the writer (templates out) and the reader
// (reports in). The identity of the round and unit travels inside the file, in a "veryHidden"
// sheet and in the workbook properties, so a renamed file is still recognised.

export const TEMPLATE_KIND = 'cong-doan-van-phong/bao-cao';
export const TEMPLATE_VERSION = 1;

export const REPORT_SHEET = 'Báo cáo';
export const META_SHEET = 'ThongTinMau';

/**
 * Prefix of the workbook "keywords" property: `congdoan-bc round=<uuid> unit=<code> v=1`.
 * (LibreOffice turns ';' in keywords into spaces, so spaces it is; parsing accepts either.)
 */
export const KEYWORDS_PREFIX = 'congdoan-bc';

/** Columns of the report sheet. */
export const COL = { code: 1, label: 2, unit: 3, target: 4, value: 5, note: 6 } as const;

/** Sheet protection password: stops accidental edits; the office can unlock a file with it. */
export const SHEET_PASSWORD = 'congdoan';

/** Never more rows than this in a real template; anything bigger is refused before parsing. */
export const MAX_SHEET_ROWS = 5_000;
export const MAX_SHEET_CELLS = 200_000;

/** Keys of the hidden identity sheet (column A = key, column B = value). */
export interface TemplateMeta {
  kind: string;
  version: string;
  roundUuid: string;
  roundCode: string;
  roundName: string;
  unitCode: string;
  unitName: string;
  generatedAt: string;
  sheet: string;
  headerRow: string;
  /** Cell addresses of the free-text inputs. */
  highlights: string;
  difficulties: string;
  proposals: string;
  reporterName: string;
  reporterPhone: string;
}

export const FREE_TEXT_KEYS = ['highlights', 'difficulties', 'proposals', 'reporterName', 'reporterPhone'] as const;
export type FreeTextKey = (typeof FREE_TEXT_KEYS)[number];

export function keywordsFor(roundUuid: string, unitCode: string): string {
  return `${KEYWORDS_PREFIX} round=${roundUuid} unit=${unitCode} v=${TEMPLATE_VERSION}`;
}

export function parseKeywords(keywords: string | undefined | null): { roundUuid: string; unitCode: string } | null {
  const parts = (keywords ?? '').trim().split(/[;,\s]+/);
  if (parts[0] !== KEYWORDS_PREFIX) return null;
  const fields = Object.fromEntries(
    parts
      .slice(1)
      .filter((p) => p.includes('='))
      .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
  );
  return fields.round && fields.unit ? { roundUuid: fields.round, unitCode: fields.unit } : null;
}
