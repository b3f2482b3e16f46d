import { z } from '../api/zod-vi';
import { id } from '../api/fields';
import type { LinkedRound } from '../documents/api';
import { KIND_NAMES, type Block, type OfficialDocument } from '../documents/model';
import { isValidIsoDate, toIso } from '../text/dates';
import { foldVi } from '../text/vi';
import { indicatorListSchema, periodOrder, roundFields, type DefaultIndicator } from './schema';

// "Tạo đợt báo cáo từ kế hoạch": a reporting round opened from a Tháng Công nhân plan or guidance,
// with the period, the deadline and the indicator set the plan states, and linked to it (the
// plan's results form then follows the round's indicators).

export const planRoundDraftSchema = z.strictObject({ documentId: id });

export const roundFromPlanSchema = z
  .strictObject({ documentId: id, ...roundFields, indicators: indicatorListSchema })
  .superRefine(periodOrder);

/** What the round form opens with. */
export interface PlanRoundDraft {
  documentId: number;
  /** 'Kế hoạch' / 'Hướng dẫn', for the form's wording. */
  kindName: string;
  name: string;
  code: string;
  periodFrom: string | null;
  periodTo: string | null;
  /** Null when the plan states none: the clerk picks it. */
  deadline: string | null;
  notes: string | null;
  /** The indicator set the plan's results form shows. */
  indicators: DefaultIndicator[];
  /** The round already created from this plan, if any. */
  round: LinkedRound | null;
}

const isWorkersMonth = (doc: Pick<OfficialDocument, 'title'>) => foldVi(doc.title).includes('thang cong nhan');

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** 'Báo cáo kết quả Tháng Công nhân năm 2024', or 'Báo cáo kết quả ' + the plan's title. */
export function planRoundName(doc: Pick<OfficialDocument, 'title'>, year: number): string {
  if (isWorkersMonth(doc)) return `Báo cáo kết quả Tháng Công nhân năm ${year}`;
  return `Báo cáo kết quả ${lowerFirst(doc.title)}`.slice(0, 200).trim();
}

const textOf = (b: Block) => (b.type === 'table' ? '' : b.text);

/** Every sentence of the plan, in reading order. */
function planTexts(doc: Pick<OfficialDocument, 'intro' | 'body' | 'closing'>): string[] {
  return [...doc.intro, ...doc.body.map(textOf), ...doc.closing].filter(Boolean);
}

/** 'd/m' or 'd/m/yyyy' (the year from the text, else `year`) → ISO, or null when not a date. */
function isoOf(d: string, m: string, y: string | undefined, year: number): string | null {
  const iso = toIso(Number(y ?? year), Number(m), Number(d));
  return isValidIsoDate(iso) ? iso : null;
}

const DATE = String.raw`(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?`;
const PERIOD = new RegExp(String.raw`từ\s+ngày\s+${DATE}\s+đến(?:\s+ngày)?\s+${DATE}`, 'iu');
const DEADLINE = new RegExp(String.raw`(?:trước|chậm\s+nhất(?:\s+(?:là|vào|trong))?)\s+ngày\s+${DATE}`, 'iu');

/** The first sentence matching `re`, looking first at those for which `prefer` holds. */
function firstMatch(texts: string[], re: RegExp, prefer: (folded: string) => boolean): RegExpExecArray | null {
  const ordered = [...texts.filter((t) => prefer(foldVi(t))), ...texts.filter((t) => !prefer(foldVi(t)))];
  for (const t of ordered) {
    const m = re.exec(t);
    if (m) return m;
  }
  return null;
}

/**
 * The period and the deadline as the plan states them ('Thời gian: Thực hiện từ ngày 01/5 đến
 * 31/5/2024', '… báo cáo … trước ngày 26/5/2024 (theo mẫu gửi kèm)'), read from its text so that
 * what the clerk edited is what counts. A Tháng Công nhân plan without a period gets May.
 */
export function planDates(
  doc: Pick<OfficialDocument, 'title' | 'intro' | 'body' | 'closing'>,
  year: number,
): { periodFrom: string | null; periodTo: string | null; deadline: string | null } {
  const texts = planTexts(doc);
  let periodFrom: string | null = null;
  let periodTo: string | null = null;
  const p = firstMatch(texts, PERIOD, (t) => t.includes('thoi gian'));
  if (p) {
    const toYear = Number(p[6] ?? p[3] ?? year);
    periodFrom = isoOf(p[1], p[2], p[3], toYear);
    periodTo = isoOf(p[4], p[5], p[6], toYear);
    // "từ ngày 15/12 đến 15/02/2025": only the end has a year, and the start is in the year before.
    if (!p[3] && periodFrom && periodTo && Number(p[2]) > Number(p[5])) periodFrom = isoOf(p[1], p[2], undefined, toYear - 1);
    if (!periodFrom || !periodTo || periodFrom > periodTo) periodFrom = periodTo = null;
  }
  if (!periodFrom && isWorkersMonth(doc)) {
    periodFrom = `${year}-05-01`;
    periodTo = `${year}-05-31`;
  }
  const d = firstMatch(
    texts.filter((t) => foldVi(t).includes('bao cao')),
    DEADLINE,
    (t) => t.includes('gui kem'),
  );
  return { periodFrom, periodTo, deadline: d ? isoOf(d[1], d[2], d[3], year) : null };
}

/** 'Theo Kế hoạch số 29/KH-LĐLĐ ngày 28/3/2024.' for an issued plan, its title for a draft. */
export function planRoundNotes(kind: OfficialDocument['kind'], code: string | null, date: string, title: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return code
    ? `Theo ${KIND_NAMES[kind]} số ${code} ngày ${d}/${m}/${y}.`
    : `Theo ${KIND_NAMES[kind]} "${title}" (dự thảo).`.slice(0, 1000);
}
