import { normaliseRecipient } from './office-wording';

// Fixed texts and line rules of the official layout, shared by the Word writer and the HTML
// preview/print view so both print the same words.

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * '- Ban TG-NC LĐLĐ tỉnh;' … '- Lưu: VT.' (any trailing ';' or '.' typed by the clerk is replaced,
 * and 'Lưu VT' is written the NĐ 30 way).
 */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${normaliseRecipient(r.trim()).replace(/[;.,\s]+$/u, '')}${i === recipients.length - 1 ? '.' : ';'}`);
}

/** Lines of empty space left for the signature and the stamp. */
export const SIGNATURE_SPACE_LINES = 4;

/** A cell holding only a figure (count, money, percentage, a code like 2.1.1). */
export const NUMERIC_CELL = /^[\d\s.,%+\-–/]+$/;

/**
 * Figures are centred, and so is the whole 'TT' column (its I, II… of group rows too); other text
 * is left-aligned. Used by the Word writer and the HTML preview.
 */
export function isCentredCell(columns: readonly string[], column: number, text: string): boolean {
  return NUMERIC_CELL.test(text.trim()) || /^S?TT$/i.test(columns[column]?.trim() ?? '');
}
