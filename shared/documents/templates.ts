import { isValidIsoDate } from '../text/dates';
import type { OfficeSettings } from '../settings/schema';
import { DEFAULT_ANNIVERSARIES, anniversaryPhrase, suggestAnniversaries, type AnniversaryEvent } from './anniversaries';
import type { Annex, Block, DocumentKind, OfficialDocument, Signer } from './model';
import { nameInText, officeLevel, shortName } from './office-text';
import { introduceShortName } from './office-wording';

// Templates: documents whose text carries placeholders ({năm}, {chủ_đề}, {kỷ_niệm:labour-day}…)
// filled from Settings and from the year. One pure function serves the built-in templates,
// the clerk's own templates and the preview.

/** What a template holds: a document without the office header (that comes from Settings). */
export interface TemplateContent {
  kind: DocumentKind;
  title: string;
  basis: string[];
  intro: string[];
  body: Block[];
  closing: string[];
  annexes: Annex[];
  /** Null or absent: the signer in Settings. */
  signer?: Signer | null;
  /** Null or absent: the recipients in Settings. */
  recipients?: string[] | null;
}

/** Extra values a template asks the clerk for; dates as 'MM-DD' of the chosen year. */
export interface TemplateFields {
  theme?: { default: string };
  deadline?: { default: string };
  period?: { from: string; to: string };
}

export interface BuiltInTemplate {
  key: string;
  name: string;
  description: string;
  fields: TemplateFields;
  content: TemplateContent;
}

export interface TemplateValues {
  year: number;
  /** ISO date printed in the header. */
  date: string;
  office: OfficeSettings;
  events: readonly AnniversaryEvent[];
  theme?: string | null;
  /** ISO. */
  deadline?: string | null;
  /** ISO. */
  periodFrom?: string | null;
  /** ISO. */
  periodTo?: string | null;
  /** The anniversaries the clerk ticked (suggestion ids, 'labour-day@2024'); absent: the round ones. */
  anniversaries?: readonly string[] | null;
}

/** Written where a value is still missing, for the clerk to fill in. */
export const BLANK = '…';

/** '2024-05-01' → '01/5'; with the year '01/5/2024' (day with a leading zero, month without, as in the seeds). */
export function shortDate(iso: string, withYear = true): string {
  if (!isValidIsoDate(iso)) return BLANK;
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(d).padStart(2, '0')}/${m}${withYear ? `/${y}` : ''}`;
}

/** 'từ ngày 01/5 đến 31/5/2024' (the year once when both dates share it). */
export function periodText(from: string | null | undefined, to: string | null | undefined): string {
  if (!from || !to) return `từ ngày ${BLANK} đến ngày ${BLANK}`;
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `từ ngày ${shortDate(from, !sameYear)} đến ${shortDate(to)}`;
}

const TOKEN = /\{([\p{L}_]+)(?::([\w-]+))?\}/gu;

export interface FillResult {
  text: string;
  /** Placeholders that could not be filled (unknown name or event). */
  unknown: string[];
}

function findEvent(events: readonly AnniversaryEvent[], key: string): AnniversaryEvent | null {
  return events.find((e) => e.key === key) ?? DEFAULT_ANNIVERSARIES.find((e) => e.key === key) ?? null;
}

function safePhrase(event: AnniversaryEvent, year: number, dates: boolean): string | null {
  try {
    return anniversaryPhrase(event, year, { dates });
  } catch {
    return null;
  }
}

/**
 * The anniversaries written for {các_ngày_kỷ_niệm}: those the clerk ticked among the suggestions for
 * the period (and the weeks before it; the whole year without a period), or the round ones.
 */
export function anniversariesInPeriod(v: Pick<TemplateValues, 'year' | 'events' | 'periodFrom' | 'periodTo' | 'anniversaries'>): string[] {
  const from = v.periodFrom ?? `${v.year}-01-01`;
  const to = v.periodTo ?? `${v.year}-12-31`;
  const chosen = v.anniversaries ? new Set(v.anniversaries) : null;
  return suggestAnniversaries(v.events, from, to)
    .filter((a) => (chosen ? chosen.has(a.id) : a.suggested))
    .map((a) => a.phrase);
}

/** Replaces every placeholder in `text`. Unknown ones are left in place and reported. */
export function fillTokens(text: string, v: TemplateValues): FillResult {
  const unknown: string[] = [];
  const o = v.office;
  const out = text.replace(TOKEN, (whole, name: string, arg: string | undefined) => {
    const value = tokenValue(name, arg, v, o);
    if (value === null) {
      unknown.push(whole);
      return whole;
    }
    return value;
  });
  return { text: out, unknown };
}

function tokenValue(name: string, arg: string | undefined, v: TemplateValues, o: OfficeSettings): string | null {
  switch (name) {
    case 'năm':
      return String(v.year);
    case 'năm_trước':
      return String(v.year - 1);
    case 'năm_sau':
      return String(v.year + 1);
    case 'đơn_vị_ban_hành':
      return nameInText(o.issuingBody);
    case 'đơn_vị_viết_tắt':
      return shortName(o.issuingBody);
    case 'cấp':
      return officeLevel(o.issuingBody) ?? 'đơn vị';
    case 'cấp_trên':
      return o.superiorBody ? nameInText(o.superiorBody) : 'cấp trên';
    case 'cấp_trên_viết_tắt':
      return o.superiorBody ? shortName(o.superiorBody) : 'cấp trên';
    case 'địa_danh':
      return o.placeName;
    case 'ký_hiệu':
      return o.codeSuffix;
    case 'chủ_đề':
      return v.theme?.trim() || BLANK;
    case 'thời_gian':
      return periodText(v.periodFrom, v.periodTo);
    case 'hạn_báo_cáo':
      return v.deadline ? shortDate(v.deadline) : `${BLANK}/${BLANK}/${v.year}`;
    case 'các_ngày_kỷ_niệm': {
      const list = anniversariesInPeriod(v);
      return list.length ? list.join('; ') : BLANK;
    }
    case 'kỷ_niệm':
    case 'kỷ_niệm_ngắn': {
      const event = arg ? findEvent(v.events, arg) : null;
      return event ? safePhrase(event, v.year, name === 'kỷ_niệm') : null;
    }
    default:
      return null;
  }
}

/** Applies `fn` to every piece of text of the document body (not the header, signer or recipients). */
export function mapDocumentText<T extends Pick<OfficialDocument, 'title' | 'basis' | 'intro' | 'body' | 'closing' | 'annexes'>>(
  doc: T,
  fn: (text: string, where: TextPlace) => string,
): T {
  const blocks = (list: Block[], part: TextPlace['part'], annex?: number): Block[] =>
    list.map((b, i) =>
      b.type === 'table'
        ? {
            ...b,
            columns: b.columns.map((c) => fn(c, { part, index: i, annex })),
            rows: b.rows.map((r) => r.map((c) => fn(c, { part, index: i, annex }))),
          }
        : { ...b, text: fn(b.text, { part, index: i, annex }) },
    );
  return {
    ...doc,
    title: fn(doc.title, { part: 'title', index: 0 }),
    basis: doc.basis.map((t, i) => fn(t, { part: 'basis', index: i })),
    intro: doc.intro.map((t, i) => fn(t, { part: 'intro', index: i })),
    body: blocks(doc.body, 'body'),
    closing: doc.closing.map((t, i) => fn(t, { part: 'closing', index: i })),
    annexes: doc.annexes.map((a, k) => ({
      ...a,
      title: fn(a.title, { part: 'annexTitle', index: 0, annex: k }),
      note: a.note === null ? null : fn(a.note, { part: 'annexTitle', index: 1, annex: k }),
      blocks: blocks(a.blocks, 'annex', k),
    })),
  };
}

export interface TextPlace {
  part: 'title' | 'basis' | 'intro' | 'body' | 'closing' | 'annexTitle' | 'annex';
  /** Index within the part (block index for body and annex). */
  index: number;
  annex?: number;
}

export interface InstantiateResult {
  doc: OfficialDocument;
  /** Vietnamese notes for the clerk (placeholders that stayed unfilled). */
  warnings: string[];
}

/** The office header of a new document, from Settings. */
export function headerFromOffice(office: OfficeSettings, date: string): OfficialDocument['header'] {
  return {
    superiorBody: office.superiorBody,
    issuingBody: office.issuingBody,
    number: null,
    codeSuffix: office.codeSuffix,
    placeName: office.placeName,
    date,
  };
}

export function signerFromOffice(office: OfficeSettings): Signer {
  return { authority: office.signerAuthority, title: office.signerTitle, name: office.signerName };
}

/** A new draft from a template: placeholders filled, header, signer and recipients from Settings. */
export function instantiateTemplate(content: TemplateContent, v: TemplateValues): InstantiateResult {
  const unknown = new Set<string>();
  const fill = (text: string) => {
    const r = fillTokens(text, v);
    r.unknown.forEach((u) => unknown.add(u));
    return r.text;
  };
  const filled = introduceShortName(mapDocumentText(content, fill), v.office.issuingBody);
  const recipients = (content.recipients ?? v.office.recipients).map(fill);
  const doc: OfficialDocument = {
    kind: content.kind,
    header: headerFromOffice(v.office, v.date),
    title: filled.title,
    basis: filled.basis,
    intro: filled.intro,
    body: filled.body,
    closing: filled.closing,
    signer: content.signer ?? signerFromOffice(v.office),
    recipients: recipients.length ? recipients : ['Lưu: VT'],
    annexes: filled.annexes,
  };
  const warnings = [...unknown].map((u) => `Chỗ "${u}" chưa điền được (không rõ giá trị); hãy sửa trực tiếp trong văn bản.`);
  return { doc, warnings };
}
