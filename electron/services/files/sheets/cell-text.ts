// Cell text as the clerk meant it, for every importer: clean (no stray spaces, NFC) and converted
// from TCVN3/VNI where the cell was typed in such a font (or its column was, see legacy-columns.ts).
import { fromLegacy, type LegacyEncoding } from '../../../../shared/text/legacy-vn';
import { cleanText } from '../../../../shared/text/vi';
import { isLegacyText, type RawValue } from './types';

/**
 * cleanText, skipping the work for strings that are already clean: no stray white space and only
 * characters that NFC leaves as they are (ASCII, Latin-1/Extended-A/B letters, precomposed
 * Vietnamese U+1E00–U+1EFF). Most cells of a list are like that.
 */
function cleanCell(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  let prevSpace = true; // a leading space is not clean
  for (let i = 0; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 0x20) {
      if (prevSpace) return cleanText(s);
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (ch < 0x21 || (ch >= 0x7f && ch <= 0xa0) || (ch >= 0x250 && (ch < 0x1e00 || ch > 0x1eff))) return cleanText(s);
  }
  return prevSpace ? cleanText(s) : s;
}

/**
 * Set by textOf when the cell it just read was typed with a TCVN3 or VNI font (converted to
 * Unicode); parseRow reads it right after, to tell the clerk.
 */
let lastLegacy: { from: LegacyEncoding; original: string } | null = null;

/** What the last textOf call converted from a legacy encoding, if anything. */
export const lastLegacyText = () => lastLegacy;

export function textOf(v: RawValue | undefined): string {
  lastLegacy = null;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    const s = cleanCell(v);
    if (!/[\u00a1-\u00ff]/.test(s)) return s;
    const r = fromLegacy(s);
    if (!r.from) return s;
    lastLegacy = { from: r.from, original: s };
    return r.text;
  }
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? 'x' : '';
  if (isLegacyText(v)) {
    // Typed in a .VnTime/VNI font: converted unless the text is already Unicode Vietnamese.
    const s = cleanCell(v.text);
    if (/[\u1ea0-\u1ef9]/.test(s) || /[\u0300-\u0323]/u.test(s)) return s;
    const r = fromLegacy(s, v.legacy);
    lastLegacy = { from: v.legacy, original: s };
    return r.text;
  }
  return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
}

/** A cell holding text (plain, or typed in a legacy font). */
export function isTextCell(v: RawValue | undefined): boolean {
  return typeof v === 'string' || isLegacyText(v);
}
