import { daysInMonth } from '../text/dates';

// Dated events that plans commemorate every year ("kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5").
// The list is a default the office can edit; the arithmetic is the same for every entry.

export interface AnniversaryEvent {
  /** Stable identifier, e.g. 'labour-day'. */
  key: string;
  /** As written after 'kỷ niệm N năm': 'Ngày Quốc tế Lao động 1/5'. */
  label: string;
  /** ISO date of the original event. */
  date: string;
  /** Write the day with a leading zero in the date range ('07/5/1954'), as custom has it for some events. */
  padDay?: boolean;
}

export const DEFAULT_ANNIVERSARIES: readonly AnniversaryEvent[] = [
  { key: 'party-founding', label: 'Ngày thành lập Đảng Cộng sản Việt Nam', date: '1930-02-03' },
  { key: 'international-womens-day', label: 'Ngày Quốc tế Phụ nữ 8/3', date: '1910-03-08' },
  { key: 'southern-liberation', label: 'Ngày Giải phóng miền Nam, thống nhất đất nước', date: '1975-04-30' },
  { key: 'labour-day', label: 'Ngày Quốc tế Lao động 1/5', date: '1886-05-01' },
  { key: 'dien-bien-phu', label: 'Chiến thắng Điện Biên Phủ', date: '1954-05-07', padDay: true },
  { key: 'ho-chi-minh-birthday', label: 'Ngày sinh Chủ tịch Hồ Chí Minh', date: '1890-05-19' },
  { key: 'vietnam-trade-union', label: 'Ngày thành lập Công đoàn Việt Nam', date: '1929-07-28' },
  { key: 'august-revolution', label: 'Cách mạng Tháng Tám thành công', date: '1945-08-19' },
  { key: 'national-day', label: 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam', date: '1945-09-02' },
  { key: 'vietnam-womens-union', label: 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam', date: '1930-10-20' },
];

/** ISO date parts; historical years (before 1900) are allowed here, unlike isValidIsoDate. */
function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  return [y, m, d];
}

/** Whole years from the event to its anniversary in `year`: ('1886-05-01', 2024) → 138. */
export function anniversaryYears(eventIso: string, year: number): number {
  return year - parts(eventIso)[0];
}

/** Every 5th anniversary is a "round" one (năm chẵn), celebrated on a larger scale. */
export function isRoundAnniversary(n: number): boolean {
  return Number.isInteger(n) && n > 0 && n % 5 === 0;
}

/** Every 10th is held solemnly ("kỷ niệm trọng thể"): the office plans more for it. */
export function isSolemnAnniversary(n: number): boolean {
  return isRoundAnniversary(n) && n % 10 === 0;
}

/** Day/month/year as written in the range: '1/5/1886', '07/5/1954' (padDay), months without zero. */
export function anniversaryDateText(event: AnniversaryEvent, year: number): string {
  const [, m, d] = parts(event.date);
  const day = event.padDay ? String(d).padStart(2, '0') : String(d);
  return `${day}/${m}/${year}`;
}

export interface AnniversaryPhraseOptions {
  /** Start with 'kỷ niệm ' (default false). */
  commemorate?: boolean;
  /** Append the range '(1/5/1886 - 1/5/2024)' (default true). */
  dates?: boolean;
}

/**
 * '138 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2024)' (a spaced hyphen, as the seeds write it);
 * with { commemorate: true } 'kỷ niệm 138 năm …'; with { dates: false } no range.
 */
export function anniversaryPhrase(event: AnniversaryEvent, year: number, options: AnniversaryPhraseOptions = {}): string {
  const n = anniversaryYears(event.date, year);
  if (n < 1) throw new RangeError(`Năm ${year} chưa đến kỷ niệm của sự kiện ${event.label}.`);
  const eventYear = parts(event.date)[0];
  let out = `${n} năm ${event.label}`;
  if (options.dates !== false) out += ` (${anniversaryDateText(event, eventYear)} - ${anniversaryDateText(event, year)})`;
  return options.commemorate ? `kỷ niệm ${out}` : out;
}

export interface AnniversaryOfYear {
  event: AnniversaryEvent;
  years: number;
  round: boolean;
  /** ISO date of the anniversary in that year. */
  date: string;
}

/** The events' anniversaries falling in `year`, in calendar order, round ones flagged. */
export function anniversariesOfYear(events: readonly AnniversaryEvent[], year: number): AnniversaryOfYear[] {
  return events
    .filter((e) => anniversaryYears(e.date, year) >= 1)
    .map((event) => {
      const years = anniversaryYears(event.date, year);
      return { event, years, round: isRoundAnniversary(years), date: `${year}${event.date.slice(4)}` };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * How far before the period a plan still looks for anniversaries. A May plan is written in March
 * or April and is expected to name 30/4 (the week before its period); six weeks reach back to the
 * middle of March without pulling in events the previous plan already covered.
 */
export const WEEKS_BEFORE_PERIOD = 6;

export interface AnniversarySuggestion extends AnniversaryOfYear {
  /** Stable within one suggestion list: 'southern-liberation@2025'. */
  id: string;
  /** Every 10th: held solemnly ("trọng thể"). */
  solemn: boolean;
  /** Before the period starts (inside the weeks looked back). */
  before: boolean;
  /** Ticked by default: round anniversaries only. */
  suggested: boolean;
  /** As inserted into the text: 'kỷ niệm 50 năm Ngày Giải phóng miền Nam, … (30/4/1975 - 30/4/2025)'. */
  phrase: string;
}

const DAY_MS = 86_400_000;

function shiftDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The anniversaries a plan for the period [from, to] (ISO dates) may name: those inside the
 * period and in the WEEKS_BEFORE_PERIOD weeks before it, in calendar order. Round ones are
 * suggested (ticked); the clerk decides for the others.
 */
export function suggestAnniversaries(events: readonly AnniversaryEvent[], from: string, to: string): AnniversarySuggestion[] {
  const start = shiftDays(from, -7 * WEEKS_BEFORE_PERIOD);
  const out: AnniversarySuggestion[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const a of anniversariesOfYear(events, year)) {
      if (a.date < start || a.date > to) continue;
      out.push({
        ...a,
        id: `${a.event.key}@${year}`,
        solemn: isSolemnAnniversary(a.years),
        before: a.date < from,
        suggested: a.round,
        phrase: `kỷ niệm ${anniversaryPhrase(a.event, year)}`,
      });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
