// Reading the figures people really type into a report: "1.500.000", "1,500,000", "1500000 đ",
// "2tr", "1,5 triệu", "1tr5", " 12 ", "85%", numbers stored as text. Pure: used by the importer,
// the manual-entry form and its tests.
import { cleanSpaces, foldVi, nfc } from '../text/vi';

export const INDICATOR_KINDS = ['count', 'money', 'percent', 'text'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const KIND_LABELS: Record<IndicatorKind, string> = {
  count: 'Số nguyên ≥ 0',
  money: 'Số tiền (đồng)',
  percent: 'Tỷ lệ (%)',
  text: 'Chữ (ghi tóm tắt)',
};

/** A cell or form value before it is understood. `percentFormatted`: the cell shows 0.85 as 85%. */
export type RawValue = string | number | null | undefined;

export type ParsedValue =
  | { ok: true; value: number | string | null }
  | {
      ok: false;
      /** What the clerk sees after the quoted value: "'năm người' không phải là số." */
      reason: string;
    };

export const MAX_TEXT_LENGTH = 2000;
const MAX_NUMBER = 1e15;

/** Words that mean "none" in a number cell. */
const ZERO_WORDS = new Set(['-', '–', '—', 'khong', 'khong co', 'ko', 'k co', 'chua co']);

/** Multipliers written after a number: "2tr", "1,5 triệu", "500k", "1 tỷ". Folded (no marks). */
const MULTIPLIERS: [RegExp, number][] = [
  [/^(ty|ti)(?![a-z])/, 1e9],
  [/^(trieu|tr)(?![a-z])/, 1e6],
  [/^(nghin|ngan|k)(?![a-z])/, 1e3],
];

/** Units of measure people add after a number; ignored when they match the kind. Folded. */
const MONEY_WORDS = ['d', 'dong', 'vnd', 'vnd.', 'd.', 'dong.', 'đ'];
const COUNT_WORDS = [
  'nguoi',
  'luot',
  'luot nguoi',
  'suat',
  'cuoc',
  'lan',
  'hoat dong',
  'nha',
  'can',
  'buoi',
  'ban',
  'kien nghi',
  'cdcs',
  'don vi',
  'dv',
  'doan vien',
  'nld',
  'cai',
  'phan',
  'ho',
];

export function parseIndicatorValue(
  raw: RawValue,
  kind: IndicatorKind,
  /** `percentFormatted`: a cell formatted as %, its value a fraction. `percentTyped`: typed into a field of percentages (hand entry). */
  opts: { unit?: string | null; percentFormatted?: boolean; percentTyped?: boolean } = {},
): ParsedValue {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (kind === 'text') {
    const text = typeof raw === 'number' ? String(raw) : cleanSpaces(nfc(raw));
    if (text === '') return { ok: true, value: null };
    if (text.length > MAX_TEXT_LENGTH) return { ok: false, reason: `dài quá ${MAX_TEXT_LENGTH} ký tự; hãy ghi ngắn gọn hơn.` };
    return { ok: true, value: text };
  }
  if (typeof raw === 'number') {
    const n = kind === 'percent' && opts.percentFormatted ? raw * 100 : raw;
    return checkNumber(n, kind, !!opts.percentFormatted || !!opts.percentTyped);
  }
  const text = cleanSpaces(nfc(raw));
  if (text === '') return { ok: true, value: null };
  const parsed = parseNumberText(text, kind, opts.unit ?? null);
  if ('reason' in parsed) return { ok: false, reason: parsed.reason };
  return checkNumber(parsed.value, kind, text.includes('%') || !!opts.percentTyped);
}

/** `percentShown`: the unit typed "%" or the cell is formatted as a percentage, so a value under 1 is meant. */
function checkNumber(n: number, kind: IndicatorKind, percentShown = false): ParsedValue {
  if (!Number.isFinite(n)) return { ok: false, reason: 'không phải là số.' };
  if (n < 0) return { ok: false, reason: 'là số âm; chỉ được nhập số từ 0 trở lên.' };
  if (n > MAX_NUMBER) return { ok: false, reason: 'lớn quá mức cho phép; hãy kiểm tra lại số liệu.' };
  if (kind === 'count') {
    const r = Math.round(n);
    if (Math.abs(n - r) > 1e-9 * Math.max(1, Math.abs(n))) {
      return { ok: false, reason: 'không phải số nguyên; chỉ tiêu này đếm số lượng nên phải là số nguyên (ví dụ 12).' };
    }
    return { ok: true, value: r };
  }
  if (kind === 'money') {
    // Less than one đồng has no meaning: a decimal here is most likely thousands or millions typed short.
    if (Math.abs(n - Math.round(n)) > 1e-9 * Math.max(1, n)) {
      return {
        ok: false,
        reason: 'có phần lẻ dưới một đồng. Số tiền ghi bằng đồng (ví dụ 1.500.000); nếu là 1,5 triệu hãy ghi rõ "1,5 triệu".',
      };
    }
    return { ok: true, value: Math.round(n) };
  }
  // percent
  if (n > 100) return { ok: false, reason: 'lớn hơn 100; tỷ lệ phần trăm phải từ 0 đến 100 (ví dụ 85 nghĩa là 85%).' };
  if (n > 0 && n < 1 && !percentShown) {
    return {
      ok: false,
      reason: `là dưới 1%. Nếu ý là ${Math.round(n * 10000) / 100}%, hãy ghi ${Math.round(n * 10000) / 100}; nếu đúng là dưới 1%, hãy ghi kèm dấu % (ví dụ 0,5%).`,
    };
  }
  return { ok: true, value: Math.round(n * 100) / 100 };
}

type TextParse = { value: number } | { reason: string };

const NOT_A_NUMBER = (kind: IndicatorKind): TextParse => ({
  reason:
    kind === 'money'
      ? 'không phải là số; hãy ghi số tiền bằng chữ số, ví dụ 1500000 hoặc 1.500.000.'
      : kind === 'percent'
        ? 'không phải là số; hãy ghi số phần trăm bằng chữ số, ví dụ 85.'
        : 'không phải là số; hãy ghi bằng chữ số, ví dụ 12.',
});

function parseNumberText(text: string, kind: IndicatorKind, unit: string | null): TextParse {
  const folded = foldVi(text);
  if (ZERO_WORDS.has(folded)) return { value: 0 };
  if (/^[-−–]\s*\d/.test(text) || /^\(\s*\d[\d.,\s]*\)$/.test(text)) {
    return { reason: 'là số âm; chỉ được nhập số từ 0 trở lên.' };
  }
  // Folded text keeps the digits and separators in place; work on it from here.
  const m = /^\+?\s*(\d[\d.,]*(?:\s\d{3}(?![\d]))*)\s*(.*)$/.exec(folded);
  if (!m) return NOT_A_NUMBER(kind);
  const numberPart = m[1].replace(/[.,]$/, '');
  let rest = m[2].trim();
  if (m[1].endsWith('.') || m[1].endsWith(',')) rest = rest.replace(/^[.,]\s*/, '');
  let base = parseDigits(numberPart);
  if (base === null) return NOT_A_NUMBER(kind);

  let multiplier = 1;
  for (const [re, mult] of MULTIPLIERS) {
    const mm = re.exec(rest);
    if (!mm) continue;
    multiplier = mult;
    rest = rest.slice(mm[0].length).trim();
    // "1tr5" = 1,5 triệu, "1tr500" = 1 triệu 500 nghìn = 1,5 triệu, "2ty3" = 2,3 tỷ.
    const tail = /^(\d+)\b\s*(.*)$/.exec(rest);
    if (tail && Number.isInteger(base)) {
      base = Number(`${base}.${tail[1]}`);
      rest = tail[2].trim();
    }
    break;
  }
  if (multiplier !== 1 && kind !== 'money') return NOT_A_NUMBER(kind);

  if (rest !== '' && !isUnitWord(rest, kind, unit)) return NOT_A_NUMBER(kind);
  return { value: base * multiplier };
}

function isUnitWord(rest: string, kind: IndicatorKind, unit: string | null): boolean {
  const r = rest.replace(/[.;]+$/, '').trim();
  if (unit && foldVi(unit) === r) return true;
  if (kind === 'money') return MONEY_WORDS.includes(r);
  if (kind === 'percent') return r === '%';
  return COUNT_WORDS.includes(r);
}

/**
 * "1.500.000" / "1,500,000" / "1 500 000" (thousands) → 1500000; "1,5" / "1.5" (decimal) → 1.5;
 * "1.500.000,5" / "1,500,000.5" → 1500000.5. Vietnamese habit wins when ambiguous: "1.500" is 1500.
 */
export function parseDigits(s: string): number | null {
  const t = s.replace(/\s/g, (_c) => ' ');
  if (/^\d{1,3}( \d{3})+$/.test(t)) return Number(t.replace(/ /g, ''));
  if (/\s/.test(t)) return null;
  if (/^\d+$/.test(t)) return Number(t);
  const hasDot = t.includes('.');
  const hasComma = t.includes(',');
  if (hasDot && hasComma) {
    const decimalSep = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
    const thousandsSep = decimalSep === '.' ? ',' : '.';
    const [intPart, frac, ...more] = t.split(decimalSep);
    if (more.length || !/^\d+$/.test(frac)) return null;
    if (!groupedThousands(intPart, thousandsSep)) return null;
    return Number(`${intPart.split(thousandsSep).join('')}.${frac}`);
  }
  const sep = hasDot ? '.' : ',';
  if (groupedThousands(t, sep)) return Number(t.split(sep).join(''));
  const parts = t.split(sep);
  if (parts.length === 2 && /^\d+$/.test(parts[0]) && /^\d+$/.test(parts[1])) return Number(`${parts[0]}.${parts[1]}`);
  return null;
}

function groupedThousands(s: string, sep: string): boolean {
  const re = sep === '.' ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/;
  return re.test(s);
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1500000 → "1.500.000"; 85.5 → "85,5". */
export function formatNumberVi(n: number): string {
  return numberFormat.format(n);
}

/** A stored value as the clerk reads it, with "đ" / "%" where it helps. */
export function formatIndicatorValue(value: number | string | null, kind: IndicatorKind): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return value;
  if (kind === 'money') return `${formatNumberVi(value)} đ`;
  if (kind === 'percent') return `${formatNumberVi(value)}%`;
  return formatNumberVi(value);
}
