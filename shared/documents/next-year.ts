import { daysInMonth, isoToVn, toIso } from '../text/dates';
import { foldVi } from '../text/vi';
import type { AnniversaryEvent } from './anniversaries';
import { documentCode } from './dates';
import type { Block, OfficialDocument } from './model';
import { numberBlocks } from './numbering';
import { BLANK, mapDocumentText, type TextPlace } from './templates';
import { reviewYearBound, type YearReview } from './year-checks';

// "Make next year's plan from last year's": rewrite the year, recompute the anniversaries,
// shift the dates, and say what changed. Also used to bring a clerk's template to another year.

export interface DocumentChange {
  /** Where in the document, in Vietnamese: 'Trích yếu', 'Căn cứ 1', 'Mục I › 2.', … */
  where: string;
  before: string;
  after: string;
}

export interface ShiftResult {
  doc: OfficialDocument;
  changes: DocumentChange[];
  /** Things the clerk should check by hand. */
  warnings: string[];
}

/** Words that identify an event in running text: the first two and the last two words of its
 * label without a trailing date or a leading 'Ngày' ('Quốc tế', 'Lao động' for Labour Day). */
function eventKeys(event: AnniversaryEvent): string[] {
  const words = foldVi(event.label)
    .replace(/\s+\d{1,2}\/\d{1,2}$/, '')
    .split(' ')
    .filter((w, i) => !(i === 0 && w === 'ngay'));
  if (words.length <= 2) return [words.join(' ')];
  return [words.slice(0, 2).join(' '), words.slice(-2).join(' ')];
}

const eventYear = (e: AnniversaryEvent) => Number(e.date.slice(0, 4));

/**
 * '138 năm Ngày Quốc tế Lao động' in a text about `from` → '139 năm …' for `to`. A count is
 * rewritten only when it is exactly the anniversary of a listed event in `from` and the words
 * after it name that event (so '15 năm thực hiện Nghị quyết' is left alone).
 */
export function shiftAnniversaryCounts(text: string, from: number, to: number, events: readonly AnniversaryEvent[]): string {
  const keyed = events.map((e) => ({ n: from - eventYear(e), keys: eventKeys(e) }));
  return text.replace(/(?<![\d/])(\d{1,3})(\s+năm\s+)/g, (whole, n: string, sep: string, offset: number) => {
    const count = Number(n);
    const after = foldVi(text.slice(offset + whole.length, offset + whole.length + 90).split(/[;(]/)[0]);
    const hit = keyed.some((k) => k.n === count && k.keys.some((key) => after.includes(key)));
    return hit ? `${count + to - from}${sep}` : whole;
  });
}

/** Whole-word years equal to `from` become `to`, dates 'd/m/from' included; year ranges such as
 * 'nhiệm kỳ 2023 - 2028' are kept. */
export function shiftYears(text: string, from: number, to: number): string {
  const re = new RegExp(`(\\d{4}\\s*[-–]\\s*\\d{4})|(?<!\\d)${from}(?!\\d)`, 'g');
  return text.replace(re, (whole, range: string | undefined) => (range ? whole : String(to)));
}

/** In a basis line: 'Kế hoạch số 29/KH-LĐLĐ, ngày 22/3/2024' → 'Kế hoạch số …/KH-LĐLĐ, ngày …/…/…':
 * the superior body's document of the new year has a number and date nobody knows yet. */
function blankReference(text: string, from: number): string {
  if (!/số\s+\d+\//.test(text)) return text;
  return text
    .replace(/(số\s+)\d+\//g, `$1${BLANK}/`)
    .replace(new RegExp(`\\b\\d{1,2}/\\d{1,2}/(${from - 1}|${from})\\b`, 'g'), `${BLANK}/${BLANK}/${BLANK}`);
}

function shiftIsoDate(iso: string, delta: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return toIso(y + delta, m, Math.min(d, daysInMonth(y + delta, m)));
}

/** Labels of the place of each body block: 'Mục I › 2.' (under heading I, sub-heading 2.). */
function bodyPlaces(blocks: readonly Block[]): string[] {
  const labels = numberBlocks(blocks);
  const chain: string[] = [];
  return blocks.map((b, i) => {
    if (b.type === 'heading') {
      chain.length = b.level - 1;
      chain[b.level - 1] = (labels[i] ?? '').replace(/\.$/, '');
      return `Đề mục ${chain.filter(Boolean).join(' › ')}`;
    }
    const at = chain.filter(Boolean).join(' › ');
    return at ? `Nội dung mục ${at}` : 'Nội dung (đầu phần nội dung)';
  });
}

function placeName(place: TextPlace, places: string[], annexPlaces: string[][]): string {
  switch (place.part) {
    case 'title':
      return 'Trích yếu';
    case 'basis':
      return `Căn cứ ${place.index + 1}`;
    case 'intro':
      return 'Đoạn mở đầu';
    case 'closing':
      return 'Đoạn kết thúc';
    case 'body':
      return places[place.index];
    case 'annexTitle':
      return `Phụ lục ${(place.annex ?? 0) + 1}: tên phụ lục`;
    case 'annex':
      return `Phụ lục ${(place.annex ?? 0) + 1}: ${annexPlaces[place.annex ?? 0]?.[place.index] ?? ''}`.trim();
  }
}

type TextParts = Pick<OfficialDocument, 'title' | 'basis' | 'intro' | 'body' | 'closing' | 'annexes'>;

/** What the clerk must still change by hand in the document moved from `from` to `to` (see year-checks.ts). */
export function reviewNextYear(
  source: TextParts,
  shifted: TextParts,
  from: number,
  to: number,
  events: readonly AnniversaryEvent[],
): YearReview {
  const places = bodyPlaces(shifted.body);
  const annexPlaces = shifted.annexes.map((a) => bodyPlaces(a.blocks));
  return reviewYearBound(source, shifted, from, to, events, (place) => placeName(place, places, annexPlaces));
}

/** The text of a document or template moved from year `from` to `to`, with what changed and what to check. */
export function shiftTextYear<T extends TextParts>(
  doc: T,
  from: number,
  to: number,
  events: readonly AnniversaryEvent[],
): { doc: T; changes: DocumentChange[]; warnings: string[] } {
  const changes: DocumentChange[] = [];
  const warnings: string[] = [];
  const places = bodyPlaces(doc.body);
  const annexPlaces = doc.annexes.map((a) => bodyPlaces(a.blocks));
  const ranges = new Set<string>();
  let previousYearMentions = 0;
  let previousYearExample = '';
  let basisBlanked = false;

  const shifted = mapDocumentText(doc, (text, place) => {
    let out = text;
    if (place.part === 'basis') {
      const blanked = blankReference(out, from);
      if (blanked !== out) basisBlanked = true;
      out = blanked;
    }
    out = shiftYears(shiftAnniversaryCounts(out, from, to, events), from, to);
    for (const m of text.matchAll(/\d{4}\s*[-–]\s*\d{4}/g)) if (m[0].includes(String(from))) ranges.add(m[0]);
    const stale = [...out.replace(/\d{4}\s*[-–]\s*\d{4}/g, '').matchAll(new RegExp(`(?<![\\d/-])${from - 1}(?!\\d)`, 'g'))].length;
    if (stale && from !== to) {
      previousYearMentions += stale;
      if (!previousYearExample) previousYearExample = out.length > 120 ? `${out.slice(0, 117)}…` : out;
    }
    if (out !== text) changes.push({ where: placeName(place, places, annexPlaces), before: text, after: out });
    return out;
  });

  if (basisBlanked) warnings.push(`Phần căn cứ: hãy điền số và ngày của văn bản cấp trên năm ${to} vào chỗ "${BLANK}".`);
  for (const r of ranges) warnings.push(`Khoảng năm "${r}" được giữ nguyên (có thể là nhiệm kỳ); hãy kiểm tra có cần đổi không.`);
  if (previousYearMentions) {
    warnings.push(
      `Văn bản còn nhắc đến năm ${from - 1} ở ${previousYearMentions} chỗ (ví dụ: "${previousYearExample}"); hãy kiểm tra có cần đổi thành năm ${to - 1} không.`,
    );
  }
  return { doc: shifted, changes, warnings };
}

/**
 * The document rewritten from year `from` to year `to`: anniversaries recomputed, years and dates
 * moved, number cleared (it is given when the new document is issued), the date moved by the same
 * number of years; and the list of what changed.
 */
export function shiftDocumentYear(doc: OfficialDocument, from: number, to: number, events: readonly AnniversaryEvent[]): ShiftResult {
  const { doc: shifted, changes, warnings } = shiftTextYear(doc, from, to, events);
  const header = { ...doc.header, number: null, date: shiftIsoDate(doc.header.date, to - from) };
  const headerChanges: DocumentChange[] = [];
  if (header.date !== doc.header.date) {
    headerChanges.push({ where: 'Ngày văn bản', before: isoToVn(doc.header.date), after: isoToVn(header.date) });
  }
  if (doc.header.number !== null) {
    headerChanges.push({
      where: 'Số văn bản',
      before: `Số: ${documentCode(doc.header.number, doc.kind, doc.header.codeSuffix)}`,
      after: `Số: ${documentCode(null, doc.kind, doc.header.codeSuffix).trim()} (cấp khi ban hành)`,
    });
  }
  return { doc: { ...shifted, header }, changes: [...headerChanges, ...changes], warnings };
}
