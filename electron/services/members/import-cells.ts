// Reading the cells of a member list: text as the clerk meant it (clean, NFC, converted from
// TCVN3/VNI fonts) and dates in every form offices write them.
import { parseVnDate, toIso } from '../../../shared/text/dates';
import { fromLegacy, type LegacyEncoding } from '../../../shared/text/legacy-vn';
import { cleanText, foldVi } from '../../../shared/text/vi';
import { isLegacyText, type RawValue } from '../files/sheets/types';

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

export interface DateResult {
  value: string | null;
  error?: string;
  warning?: string;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoOfDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function badDate(text: string, allowYearOnly: boolean): DateResult {
  return {
    value: null,
    error: `"${text}" không phải ngày hợp lệ (viết dạng ngày/tháng/năm, ví dụ 05/03/1985${allowYearOnly ? ', hoặc chỉ ghi năm' : ''}).`,
  };
}

/** A cell holding text (plain, or typed in a legacy font). */
export function isTextCell(v: RawValue | undefined): boolean {
  return typeof v === 'string' || isLegacyText(v);
}

/**
 * What a text date says about the order of its parts: 'dmy' when only day-first reads it (13/8/1991),
 * 'mdy' when only month-first does (8/13/1991), null when both or neither do.
 */
export function dateOrderEvidence(v: RawValue | undefined): 'dmy' | 'mdy' | null {
  if (typeof v !== 'string') return null;
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(v);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b >= 1 && b <= 12) return 'dmy';
  if (b > 12 && b <= 31 && a >= 1 && a <= 12) return 'mdy';
  return null;
}

/**
 * A date cell: real date, Excel serial number, 'dd/mm/yyyy' text ('mm/dd/yyyy' in a column the
 * caller found written month first), 'mm/yyyy' or a year alone.
 */
export function parseDateCell(v: RawValue | undefined, allowYearOnly: boolean, monthFirst = false): DateResult {
  if (v === null || v === undefined || v === '') return { value: null };
  if (v instanceof Date) {
    const iso = isoOfDate(v);
    return iso && Number(iso.slice(0, 4)) >= 1900 ? { value: iso } : badDate(textOf(v), allowYearOnly);
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return allowYearOnly ? { value: String(v) } : badDate(String(v), allowYearOnly);
    if (v > 0 && v < 2958466) {
      const iso = isoOfDate(new Date(EXCEL_EPOCH + Math.floor(v) * 86_400_000));
      if (iso) return { value: iso };
    }
    return badDate(String(v), allowYearOnly);
  }
  const text = textOf(v);
  if (!text) return { value: null };
  if (monthFirst) {
    const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    if (us) {
      const iso = parseVnDate(`${us[2]}/${us[1]}/${us[3]}`);
      return iso ? { value: iso } : badDate(text, allowYearOnly);
    }
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text)) {
    const iso = parseVnDate(text);
    if (iso) return { value: iso };
  }
  const s = foldVi(text)
    .replace(/^(ngay|nam|sinh nam|sinh ngay)\s+/, '')
    .replace(/\s+/g, '');
  if (/^\d{4}$/.test(s)) {
    const y = Number(s);
    return allowYearOnly && y >= 1900 && y <= 2100 ? { value: s } : badDate(text, allowYearOnly);
  }
  // "ngày 27 tháng 6 năm 1977" as written in sentences (folded: "27thang6nam1977").
  const words = /^(\d{1,2})thang(\d{1,2})nam(\d{4})$/.exec(s);
  const iso = words ? parseVnDate(`${words[1]}/${words[2]}/${words[3]}`) : parseVnDate(s);
  if (iso) return { value: iso };
  const my = /^(\d{1,2})[/.-](\d{4})$/.exec(s) ?? /^thang(\d{1,2})nam(\d{4})$/.exec(s);
  if (my && allowYearOnly && Number(my[1]) >= 1 && Number(my[1]) <= 12) {
    return { value: my[2], warning: `chỉ ghi tháng/năm "${text}", đã lấy năm ${my[2]}` };
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(s)) {
    return { value: null, error: `"${text}" ghi năm bằng 2 chữ số; hãy ghi đủ 4 chữ số của năm (ví dụ 05/03/1985).` };
  }
  return badDate(text, allowYearOnly);
}
