// Dates in the cells of lists as offices write them: real dates, serial numbers, dd/mm/yyyy text
// (mm/dd/yyyy in a column found to be written month first), "ngày … tháng … năm …", a year alone.
import { parseVnDate, toIso } from '../../../../shared/text/dates';
import { foldVi } from '../../../../shared/text/vi';
import { textOf } from './cell-text';
import type { RawValue } from './types';

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
