import { isValidIsoDate } from '../text/dates';
import { cleanSpaces } from '../text/vi';
import { INCOMING_KIND_NAMES, type IncomingKind } from './kinds';

// The basis line ("Thực hiện …") of a plan or guidance written to carry out a document received
// from above, e.g. seed 000: "Thực hiện Kế hoạch số 29/KH-LĐLĐ, ngày 22/3/2024 của Ban Thường vụ
// Liên đoàn Lao động tỉnh Kiên Giang về việc tổ chức các hoạt động Tháng Công nhân năm 2024."

export interface BasisSource {
  docKind: IncomingKind;
  docNumber: string;
  docDate: string;
  issuer: string;
  subject: string;
}

/**
 * A cited document's date as the seeds write it: '22/3/2024', '30/11/2022', '28/01/2008',
 * '07/5/1954' — day < 10 and months 1–2 with a leading zero (the Decree 30 rule), others without.
 */
export function citedDate(iso: string): string {
  if (!isValidIsoDate(iso)) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(d).padStart(2, '0')}/${m <= 2 ? String(m).padStart(2, '0') : m}/${y}`;
}

const LEADING_ABOUT = /^(về\s+việc|v\/v|vv)\s*[:.,-]?\s*/iu;

/** First words that begin the name of an event or an act, which keeps its capital: 'Tháng hành động…'. */
const NAME_STARTS = ['Tháng', 'Ngày', 'Đại hội', 'Nghị quyết', 'Luật', 'Bộ luật'];

/**
 * The trích yếu as it continues "… về việc ": without a leading 'về việc'/'V/v' or a final full
 * stop, and with a lower-case first letter ('Tổ chức các hoạt động' → 'tổ chức các hoạt động')
 * except where it starts a name ('Tháng Công nhân', 'Tháng hành động', 'Ngày Quốc tế Lao động')
 * or an abbreviation ('ATVSLĐ'). The clerk sees the line before creating and can still edit it.
 */
export function subjectInSentence(subject: string): string {
  const text = cleanSpaces(subject)
    .replace(LEADING_ABOUT, '')
    .replace(/[.;,\s]+$/u, '');
  const [first = '', second = ''] = text.split(' ');
  const isAbbreviation = first.length > 1 && first === first.toLocaleUpperCase('vi');
  const startsName = (second !== '' && /^\p{Lu}/u.test(second)) || NAME_STARTS.some((w) => text === w || text.startsWith(`${w} `));
  if (!first || isAbbreviation || startsName) return text;
  return first.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** The verbs a basis line opens with; the template's own verb is kept ('Căn cứ' in a guidance). */
export type BasisVerb = 'Thực hiện' | 'Căn cứ';

/** 'Thực hiện Kế hoạch số 29/KH-LĐLĐ, ngày 22/3/2024 của … về việc ….' */
export function basisLine(source: BasisSource, verb: BasisVerb = 'Thực hiện'): string {
  const kind = INCOMING_KIND_NAMES[source.docKind];
  const about = subjectInSentence(source.subject);
  return `${verb} ${kind} số ${cleanSpaces(source.docNumber)}, ngày ${citedDate(source.docDate)} của ${cleanSpaces(source.issuer)}${
    about ? ` về việc ${about}` : ''
  }.`;
}

const BASIS_START = /^\s*(Thực hiện|Căn cứ)(?=\s)/u;

/**
 * The basis lines of a new document with the cited document written in: the template's first
 * 'Thực hiện …'/'Căn cứ …' line (its blanks "số …, ngày …/…/…") is replaced, keeping its verb;
 * a template without one gets the line first.
 */
export function withBasisLine(basis: readonly string[], source: BasisSource): string[] {
  const at = basis.findIndex((line) => BASIS_START.test(line));
  if (at < 0) return [basisLine(source), ...basis];
  const verb = BASIS_START.exec(basis[at])![1] as BasisVerb;
  return basis.map((line, i) => (i === at ? basisLine(source, verb) : line));
}
