// The BÁO CÁO "Kết quả tổ chức các hoạt động Tháng Công nhân năm {năm}" of a round as a document:
// narrative sections with the figures written into the text, and a landscape annex with every
// indicator per sector and in total. Pure: everything it needs is in its input.
import { splitGroupNumeral } from '../../../shared/reports/indicator-rows';
import type { Annex, Block, OfficialDocument } from '../../../shared/documents/model';
import { nameInText, shortName } from '../../../shared/documents/office-text';
import { nameIntroducingShort, normaliseRecipient } from '../../../shared/documents/office-wording';
import { headerFromOffice, signerFromOffice } from '../../../shared/documents/templates';
import type { IndicatorResult, RoundResults } from '../../../shared/results/schema';
import type { OfficeSettings } from '../../../shared/settings/schema';
import { UNKNOWN_FIGURE, curlyQuotes, percentNumber, percentText } from '../../../shared/text/typography';
import { foldVi } from '../../../shared/text/vi';
import { PHRASES, dayText, figure, groupTitle, list, lowerFirst, num, sentence, valueOf, withUnit, type Value } from './draft-wording';
import type { OfficeActivity } from './activity-queries';

/** A count as written: 0 or missing is "not known" (nothing registered), shown as a gap to fill. */
const known = (n: number | null | undefined) => (n ? num(n) : UNKNOWN_FIGURE);

export interface DraftInput {
  office: OfficeSettings;
  results: RoundResults;
  date: string;
  /** Units and members counted as of this date (members.stats); a count of 0 means not registered, so not known. */
  members: { asOf: string; units: number; members: number } | null;
  /** The plan this report answers, when it has been issued. */
  plan: { code: string; date: string } | null;
  officeActivities: OfficeActivity[];
  missingUnits: string[];
  difficulties: { unit: string; text: string }[];
  proposals: { unit: string; text: string }[];
}

export function reportTitle(results: RoundResults): { title: string; annex: string } {
  const name = results.round.name.trim();
  const year = results.round.year;
  if (foldVi(name).includes('thang cong nhan')) {
    return {
      title: `Kết quả tổ chức các hoạt động Tháng Công nhân năm ${year}`,
      annex: `Tổng hợp kết quả tổ chức các hoạt động Tháng Công nhân năm ${year}`,
    };
  }
  const base = /^kết quả/iu.test(name) ? name : `Kết quả ${lowerFirst(name)}`;
  return { title: base, annex: `Tổng hợp ${lowerFirst(base)}` };
}

/** Builds the report. Pure: everything it needs is in `input`. */
export function buildReportDocument(input: DraftInput): OfficialDocument {
  const { office, results, date } = input;
  const office1 = shortName(office.issuingBody);
  const officeFull = nameInText(office.issuingBody);
  // The short form is introduced where the name is first written (the basis line, or the intro).
  const officeFirst = nameIntroducingShort(office.issuingBody);
  const { title, annex } = reportTitle(results);
  const topic = lowerFirst(title.replace(/^Kết quả\s+/u, ''));
  const byKey = new Map(results.indicators.map((i) => [foldVi(i.code), i]));
  const v: Value = (code) => valueOf(byKey.get(foldVi(code)));
  const c = results.counts;

  const body: Block[] = [];
  const { h, p, b } = writer(body);

  // I. Đặc điểm tình hình
  h(1, 'Đặc điểm tình hình');
  p(
    sentence(
      list(
        [
          `Tính đến ngày ${dayText(input.members?.asOf ?? date)}, ${office1} có ${known(input.members?.units)} công đoàn cơ sở trực thuộc với ${known(input.members?.members)} đoàn viên`,
          `${num(c.required)} công đoàn cơ sở thuộc diện báo cáo; đến ngày ${dayText(date)} đã có ${num(c.received)}/${num(c.required)} đơn vị gửi báo cáo kết quả${
            c.required ? ` (đạt ${percentText((c.received * 100) / c.required)})` : ''
          }`,
        ],
        '; ',
      ) ?? '',
    ),
  );
  b('Thuận lợi: …');
  b('Khó khăn: …');

  // II. Kết quả thực hiện
  resultsSection(body, input, v, office1);

  // III. Hạn chế, nguyên nhân
  h(1, 'Tồn tại, hạn chế');
  if (c.missing > 0) {
    const names = input.missingUnits.length && input.missingUnits.length <= 10 ? ` (${input.missingUnits.join(', ')})` : '';
    b(`Đến ngày ${dayText(date)} còn ${num(c.missing)}/${num(c.required)} công đoàn cơ sở chưa gửi báo cáo kết quả${names}.`);
  }
  if (c.late > 0) b(`${num(c.late)} công đoàn cơ sở gửi báo cáo chậm so với thời hạn (${dayText(results.round.deadline)}).`);
  for (const s of results.share.groups) {
    if (s.met === false) {
      b(
        `Tỷ lệ công đoàn cơ sở ${lowerFirst(s.label.replace(/\s*\(.*\)$/, ''))} tổ chức ít nhất 01 hoạt động đạt ${s.percent === null ? `${UNKNOWN_FIGURE}%` : percentText(s.percent)}, chưa đạt chỉ tiêu ${s.target === null ? `${UNKNOWN_FIGURE}%` : percentText(s.target)}.`,
      );
    }
  }
  for (const d of input.difficulties) b(`${d.unit}: ${d.text}`);
  b('…');

  // IV. Đề xuất, kiến nghị
  h(1, 'Đề xuất, kiến nghị');
  for (const d of input.proposals) b(`${d.unit}: ${d.text}`);
  b('…');

  // Annex: every indicator per sector and in total (landscape).
  const officeCounted = results.indicators.some((i) => i.office !== 0);
  const annexBlocks: Block[] = [annexTable(results)];
  if (officeCounted) {
    annexBlocks.push({
      type: 'paragraph',
      text: `Ghi chú: cột “Tổng số” gồm số liệu báo cáo của các công đoàn cơ sở và các hoạt động do ${office1} trực tiếp tổ chức.`,
    });
  }
  const annexes: Annex[] = [{ title: annex, note: null, blocks: annexBlocks, landscape: true }];

  const basis = input.plan
    ? [`Thực hiện Kế hoạch số ${input.plan.code} ngày ${dayText(input.plan.date)} của Ban Thường vụ ${officeFirst} về việc ${topic}.`]
    : [];
  return {
    kind: 'BC',
    header: headerFromOffice(office, date),
    title,
    basis,
    intro: [`Ban Thường vụ ${basis.length ? officeFull : officeFirst} báo cáo ${lowerFirst(title)} như sau:`],
    body,
    closing: [`Trên đây là báo cáo ${lowerFirst(title)} của Ban Thường vụ ${office1}./.`],
    signer: signerFromOffice(office),
    recipients: office.recipients.length ? office.recipients.map(normaliseRecipient) : ['Lưu: VT'],
    annexes,
  };
}

/** II. Kết quả thực hiện: per group of indicators, the figures in sentences; then the office's own activities. */
function resultsSection(body: Block[], input: DraftInput, v: Value, office1: string): void {
  const { h, p, b } = writer(body);
  h(1, 'Kết quả thực hiện');
  const groups: { name: string; items: IndicatorResult[] }[] = [];
  for (const ind of input.results.indicators) {
    const name = ind.group?.trim() || 'Các chỉ tiêu khác';
    const last = groups[groups.length - 1];
    if (last && last.name === name) last.items.push(ind);
    else groups.push({ name, items: [ind] });
  }
  const activityKey = input.results.share.activityIndicator ? foldVi(input.results.share.activityIndicator.code) : null;
  for (const g of groups) {
    const numeric = g.items.filter((i) => i.kind !== 'text');
    if (!numeric.length) continue;
    h(2, groupTitle(g.name));
    const keys = new Set(g.items.map((i) => foldVi(i.code)));
    const covered = new Set<string>();
    let written = 0;
    for (const phrase of PHRASES) {
      if (!phrase.codes.some((code) => keys.has(foldVi(code)))) continue;
      const text = phrase.build((code) => (keys.has(foldVi(code)) ? v(code) : null));
      phrase.codes.forEach((code) => covered.add(foldVi(code)));
      if (text) {
        p(sentence(text));
        written++;
      }
    }
    for (const ind of numeric) {
      if (covered.has(foldVi(ind.code)) || !ind.total) continue;
      b(`${curlyQuotes(ind.label)}: ${withUnit(ind)}${ind.kind === 'percent' ? ' (bình quân của các đơn vị báo cáo)' : ''}.`);
      written++;
    }
    if (!written) p('Chưa có đơn vị báo cáo kết quả ở nội dung này.');
    if (activityKey && keys.has(activityKey)) {
      const share = shareSentence(input.results);
      if (share) p(share);
    }
  }
  if (input.officeActivities.length) {
    h(2, `Hoạt động do ${office1} trực tiếp tổ chức`);
    for (const a of input.officeActivities) {
      const extra = list([
        a.place ? `tại ${a.place}` : null,
        a.participants ? `${num(a.participants)} người tham gia` : null,
        a.beneficiaries ? `hỗ trợ ${num(a.beneficiaries)} người` : null,
        a.money ? `kinh phí ${num(a.money)} đồng` : null,
      ]);
      b(`Ngày ${dayText(a.date)}: ${a.title}${extra ? ` (${extra})` : ''}.`);
    }
  }
}

/** The share of units with at least one activity, in total and per sector; null when no unit counts. */
function shareSentence(results: RoundResults): string | null {
  const t = results.share.total;
  const parts = results.share.groups
    .filter((s) => s.kind !== 'other' && s.units > 0)
    .map((s) => {
      const pct = s.percent === null ? UNKNOWN_FIGURE : percentNumber(s.percent);
      const target = s.target !== null ? ` (chỉ tiêu ≥ ${percentText(s.target)}, ${s.met ? 'đạt' : 'chưa đạt'})` : '';
      return `${lowerFirst(s.label.replace(/\s*\(.*\)$/, ''))} có ${num(s.active)}/${num(s.units)} đơn vị, đạt ${pct}%${target}`;
    });
  if (t.units === 0) return null;
  return sentence(
    `Có ${num(t.active)}/${num(t.units)} công đoàn cơ sở (${t.percent === null ? UNKNOWN_FIGURE : percentNumber(t.percent)}%) tổ chức ít nhất 01 hoạt động chăm lo cho đoàn viên, người lao động${
      parts.length ? `; trong đó ${parts.join('; ')}` : ''
    }`,
  );
}

function writer(body: Block[]) {
  return {
    h: (level: 1 | 2 | 3, text: string) => body.push({ type: 'heading', level, text }),
    p: (text: string) => body.push({ type: 'paragraph', text }),
    b: (text: string) => body.push({ type: 'bullet', text }),
  };
}

/**
 * The annex table: TT | Nội dung | Đơn vị tính | one column per sector with units (and the office's
 * own activities when they add anything) | Tổng số | same round last year. Number columns take only
 * the width they need (see the docx table layout), so "Nội dung" keeps the room on a landscape page.
 */
export function annexTable(results: RoundResults): Block {
  const shown = results.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column, index }) =>
      column.kind === 'office' ? results.indicators.some((ind) => (ind.byColumn[index] ?? 0) !== 0) : column.units > 0,
    );
  const prev = results.previous;
  const columns = [
    'TT',
    'Nội dung',
    'Đơn vị tính',
    ...shown.map(({ column }) => curlyQuotes(column.name)),
    'Tổng số',
    ...(prev ? [`Cùng kỳ năm ${prev.year}`] : []),
  ];
  const thousands = moneyInThousands(results, shown, columns.length);
  const money = (ind: IndicatorResult, n: number | null) => figure(ind, n !== null && thousands && ind.kind === 'money' ? n / 1000 : n);
  const rows: string[][] = [];
  const boldRows: number[] = [];
  const blank = () => columns.slice(2).map(() => '');
  let group: string | null = null;
  let groupNo = 0;
  for (const ind of results.indicators) {
    if (ind.kind === 'text') continue;
    if ((ind.group ?? '') !== (group ?? '') && ind.group) {
      groupNo++;
      boldRows.push(rows.length);
      rows.push([
        splitGroupNumeral(ind.group).numeral || String(groupNo),
        curlyQuotes(groupTitle(ind.group)).toLocaleUpperCase('vi'),
        ...blank(),
      ]);
    }
    group = ind.group;
    rows.push([
      ind.code,
      curlyQuotes(ind.label),
      ind.kind === 'percent' ? '%' : thousands && ind.kind === 'money' ? 'nghìn đồng' : (ind.unit ?? ''),
      ...shown.map(({ index }) => money(ind, ind.byColumn[index] ?? null)),
      money(ind, ind.total),
      ...(prev ? [money(ind, ind.previous)] : []),
    ]);
  }
  return { type: 'table', columns, rows, boldRows };
}

/** Columns from which an annex is wide (one per sector): its figures print at the smallest table size. */
const WIDE_ANNEX_COLUMNS = 11;

/**
 * Whether a wide annex writes its money in thousands of đồng ('353.500' nghìn đồng for
 * 353.500.000 đồng): only when every money figure is whole thousands, so nothing is rounded, and
 * the largest needs 9 digits or more, which would not fit a sector column on one line.
 */
function moneyInThousands(results: RoundResults, shown: { index: number }[], columns: number): boolean {
  if (columns < WIDE_ANNEX_COLUMNS) return false;
  const figures = results.indicators
    .filter((ind) => ind.kind === 'money')
    .flatMap((ind) => [...shown.map(({ index }) => ind.byColumn[index] ?? null), ind.total, ind.previous])
    .filter((n): n is number => n !== null);
  return figures.some((n) => Math.abs(n) >= 100_000_000) && figures.every((n) => n % 1000 === 0);
}
