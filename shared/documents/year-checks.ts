import { foldVi } from '../text/vi';
import { isRoundAnniversary, suggestAnniversaries, type AnniversaryEvent, type AnniversarySuggestion } from './anniversaries';
import type { OfficialDocument } from './model';
import { mapDocumentText, type TextPlace } from './templates';

// What "next year's plan" cannot rewrite by itself: the parts bound to last year that it copied
// unchanged (the theme, the basis line, dated events, partners) and the anniversaries that become
// or stop being round. Each check says what, where, and what the clerk should do.

export interface YearCheck {
  /** What is year-bound: 'Chủ đề “Đoàn kết công nhân - Triển khai nghị quyết”'. */
  what: string;
  /** Where in the document: 'Đề mục II › 1.', 'Căn cứ 1'. */
  where: string;
  /** What to do, in one sentence. */
  todo: string;
}

export interface AnniversaryNote {
  /** 'kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)'. */
  phrase: string;
  solemn: boolean;
}

export interface YearReview {
  checks: YearCheck[];
  anniversaries: { added: AnniversaryNote[]; dropped: AnniversaryNote[] };
}

type TextParts = Pick<OfficialDocument, 'title' | 'basis' | 'intro' | 'body' | 'closing' | 'annexes'>;

/** Organisations a plan works with; their names and agreements change from year to year. */
const PARTNER = /(?:Công ty|Bệnh viện|Phòng khám|Trung tâm|Ngân hàng|Siêu thị|Hợp tác xã|Nhà văn hóa)\s+[^,;.()“”]{2,80}/gu;
/** Where a partner's name ends in running text: the verb or preposition after it. */
const NAME_END = /\s+(?:khám|tổ chức|cho|để|về|nhằm|và|với|tại|trong|hỗ trợ|thực hiện)(?=\s|$).*$/u;

const clip = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Words naming an event in running text, as next-year.ts matches them (first/last two words). */
function eventWords(event: AnniversaryEvent): string[] {
  const words = foldVi(event.label)
    .replace(/\s+\d{1,2}\/\d{1,2}$/, '')
    .split(' ')
    .filter((w, i) => !(i === 0 && w === 'ngay'));
  return words.length <= 2 ? [words.join(' ')] : [words.slice(0, 2).join(' '), words.slice(-2).join(' ')];
}

/** The events whose anniversary of `year` is written in `text` ('70 năm Chiến thắng Điện Biên Phủ'). */
export function mentionedEvents(text: string, year: number, events: readonly AnniversaryEvent[]): AnniversaryEvent[] {
  return events.filter((e) => {
    const n = year - Number(e.date.slice(0, 4));
    if (n < 1) return false;
    return [...text.matchAll(new RegExp(`(?<![\\d/])${n}\\s+năm\\s+`, 'g'))].some((m) => {
      const after = foldVi(text.slice(m.index + m[0].length, m.index + m[0].length + 90).split(/[;(]/)[0]);
      return eventWords(e).some((w) => after.includes(w));
    });
  });
}

/** 'từ ngày 01/5 đến 31/5/2025' in the text → the period in `year`; null when not written. */
export function periodOf(text: string, year: number): { from: string; to: string } | null {
  const m = /từ ngày (\d{1,2})\/(\d{1,2})(?:\/\d{4})? đến (?:ngày )?(\d{1,2})\/(\d{1,2})/u.exec(text);
  if (!m) return null;
  const iso = (d: string, mo: string) => `${year}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const from = iso(m[1], m[2]);
  const to = iso(m[3], m[4]);
  return from <= to ? { from, to } : null;
}

const note = (s: AnniversarySuggestion): AnniversaryNote => ({ phrase: s.phrase, solemn: s.solemn });

/**
 * The review of a document moved from `from` to `to`: `source` is last year's text, `shifted` the
 * new one; `where` names a place of the document ('Căn cứ 1', 'Nội dung mục II › 1').
 */
export function reviewYearBound(
  source: TextParts,
  shifted: TextParts,
  from: number,
  to: number,
  events: readonly AnniversaryEvent[],
  where: (place: TextPlace) => string,
): YearReview {
  const checks: YearCheck[] = [];
  const texts: string[] = [];
  const seenPartners = new Set<string>();
  mapDocumentText(shifted, (text, place) => {
    texts.push(text);
    const theme = /chủ đề:?\s*“([^”]+)”/iu.exec(text);
    if (theme && !/^…$/.test(theme[1].trim())) {
      checks.push({
        what: `Chủ đề “${clip(theme[1])}” là chủ đề năm ${from}.`,
        where: where(place),
        todo: `Thay bằng chủ đề năm ${to} của Tổng Liên đoàn (xem văn bản hướng dẫn của cấp trên).`,
      });
    }
    if (place.part === 'basis') {
      checks.push({
        what: `Dòng căn cứ “${clip(text)}” là văn bản của năm trước.`,
        where: where(place),
        todo: `Thay bằng văn bản cấp trên năm ${to} (số, ngày, cơ quan ban hành).`,
      });
    }
    const dated = text.match(new RegExp(`\\b\\d{1,2}/\\d{1,2}/${to}\\b`, 'g'));
    if (dated && place.part !== 'basis') {
      checks.push({
        what: `Ngày ${[...new Set(dated)].join(', ')} được chép từ năm ${from} sang năm ${to}.`,
        where: where(place),
        todo: 'Kiểm tra lại ngày tổ chức năm nay (thứ trong tuần, ngày nghỉ, lịch của cấp trên).',
      });
    }
    for (const m of text.matchAll(PARTNER)) {
      const name = m[0].replace(NAME_END, '').trim();
      if (seenPartners.has(foldVi(name))) continue;
      seenPartners.add(foldVi(name));
      checks.push({
        what: `Đơn vị phối hợp “${clip(name, 60)}”.`,
        where: where(place),
        todo: `Xác nhận năm ${to} vẫn phối hợp với đơn vị này và tên đơn vị còn đúng.`,
      });
    }
    return text;
  });

  // Anniversaries: those written last year that stop being round, the round ones of the new year not written.
  const before: string[] = [];
  mapDocumentText(source, (text) => (before.push(text), text));
  const written = mentionedEvents(before.join('\n'), from, events);
  const all = texts.join('\n');
  const period = periodOf(all, to) ?? { from: `${to}-01-01`, to: `${to}-12-31` };
  const suggestions = suggestAnniversaries(events, period.from, period.to);
  const writtenKeys = new Set(written.map((e) => e.key));
  const added = suggestions.filter((s) => s.round && !writtenKeys.has(s.event.key)).map(note);
  const dropped = written
    .filter((e) => isRoundAnniversary(from - Number(e.date.slice(0, 4))) && !isRoundAnniversary(to - Number(e.date.slice(0, 4))))
    .flatMap((e) => suggestAnniversaries([e], `${to}-01-01`, `${to}-12-31`).map(note));
  return { checks, anniversaries: { added, dropped } };
}
