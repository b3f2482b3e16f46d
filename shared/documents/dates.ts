import { isValidIsoDate } from '../text/dates';
import { KIND_NAMES, type DocumentKind } from './model';

// The number line and the place-and-date line of an official document (Decree 30/2020/NĐ-CP).

/** Day < 10 and months 1–2 take a leading zero: 'ngày 05 tháng 01 năm 2024', 'ngày 28 tháng 3 năm 2024'. */
export function documentDateText(isoDate: string): string {
  if (!isValidIsoDate(isoDate)) throw new RangeError(`Ngày không hợp lệ: ${isoDate}`);
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** 'Vĩnh Thuận, ngày 28 tháng 3 năm 2024'. */
export function documentDateLine(place: string, isoDate: string): string {
  return `${place.trim()}, ${documentDateText(isoDate)}`;
}

/** Blank left for the number of a draft, written by hand when it is issued ('Số:      /KH-LĐLĐ'). */
export const DRAFT_NUMBER_BLANK = '     ';

/** '29/KH-LĐLĐ', '05/KH-LĐLĐ', công văn '243/LĐLĐ'; a draft (null) '     /KH-LĐLĐ'. */
export function documentCode(number: number | null, kind: DocumentKind, suffix: string): string {
  const n = number === null ? DRAFT_NUMBER_BLANK : String(number).padStart(2, '0');
  const code = kind === 'CV' ? suffix : `${kind}-${suffix}`;
  return `${n}/${code}`;
}

/** 'Số: 29/KH-LĐLĐ'; see documentCode. */
export function documentNumberLine(number: number | null, kind: DocumentKind, suffix: string): string {
  return `Số: ${documentCode(number, kind, suffix)}`;
}

/** '(Kèm theo Kế hoạch số 29/KH-LĐLĐ ngày 28 tháng 3 năm 2024)' – the default note under an annex title;
 * a draft gets '…/KH-LĐLĐ'. */
export function annexNoteText(kind: DocumentKind, number: number | null, suffix: string, isoDate: string): string {
  const code = number === null ? `…${documentCode(number, kind, suffix).trimStart()}` : documentCode(number, kind, suffix);
  return `(Kèm theo ${KIND_NAMES[kind]} số ${code} ${documentDateText(isoDate)})`;
}
