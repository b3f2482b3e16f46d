// What the report template looks like, shared by the writer (templates out) and the reader
// (reports in). The identity of the round and unit travels inside the file, in a "veryHidden"
// sheet and in the workbook properties, so a renamed file is still recognised.

export const TEMPLATE_KIND = 'cong-doan-van-phong/bao-cao';
/** 2: the identity sheet carries a checksum (template-signature.ts); version 1 files carry none. */
export const TEMPLATE_VERSION = 2;

export const REPORT_SHEET = 'Báo cáo';
export const META_SHEET = 'ThongTinMau';

/**
 * Prefix of the workbook "keywords" property: `congdoan-bc round=<uuid> unit=<code> v=1`.
 * (LibreOffice turns ';' in keywords into spaces, so spaces it is; parsing accepts either.)
 */
export const KEYWORDS_PREFIX = 'congdoan-bc';

/** Columns of the report sheet. */
export const COL = { code: 1, label: 2, unit: 3, target: 4, value: 5, note: 6 } as const;
/** The last column: rows that span the sheet (titles, group headings, free text) end there. */
export const LAST_COL = COL.note;

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
  /** Where each indicator code sits on the report sheet: "12:1.1,13:1.2,…" (row:code). */
  codes: string;
  /** HMAC of identityPayload() with the office's own key (template-signature.ts). */
  checksum: string;
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

/** The identity fields the checksum covers (names are not: a unit may be renamed, its code is what counts). */
const SIGNED_KEYS = ['kind', 'version', 'roundUuid', 'roundCode', 'unitCode', 'sheet', 'headerRow', 'codes', ...FREE_TEXT_KEYS] as const;

/**
 * What the identity checksum is computed over: the round, the unit and the layout (the row of
 * each indicator code, where the free-text answers go), as written in the identity sheet — so that
 * a unit that unhides that sheet (LibreOffice makes it merely hidden) and changes the unit code is
 * caught; template-signature.ts also checks the codes on the report sheet against `codes`.
 */
export function identityPayload(meta: Readonly<Partial<Record<(typeof SIGNED_KEYS)[number], string>>>): string {
  return SIGNED_KEYS.map((k) => `${k}=${meta[k] ?? ''}`).join('\n');
}

export function codesText(codes: { row: number; code: string }[]): string {
  return codes.map((c) => `${c.row}:${c.code}`).join(',');
}

export function parseCodesText(text: string): { row: number; code: string }[] | null {
  if (!text) return [];
  const out: { row: number; code: string }[] = [];
  for (const part of text.split(',')) {
    const m = /^(\d{1,6}):(.+)$/.exec(part);
    if (!m) return null;
    out.push({ row: Number(m[1]), code: m[2] });
  }
  return out;
}
