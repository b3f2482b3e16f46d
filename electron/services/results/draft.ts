// Drafts the BÁO CÁO "Kết quả tổ chức các hoạt động Tháng Công nhân năm {năm}" of a round as a
// document of the documents feature: narrative sections with the figures written into the text,
// and a landscape annex with every indicator per sector and in total. The clerk edits the draft in
// "Kế hoạch & văn bản", then issues and downloads it like any other document.
import { AppError } from '../../../shared/api/result';
import type { CreateDocumentResult } from '../../../shared/documents/api';
import { documentCode } from '../../../shared/documents/dates';
import type { Annex, Block, OfficialDocument } from '../../../shared/documents/model';
import { nameInText, shortName } from '../../../shared/documents/office-text';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { headerFromOffice, signerFromOffice } from '../../../shared/documents/templates';
import { formatNumberVi } from '../../../shared/reports/parse-number';
import type { IndicatorResult, RoundResults } from '../../../shared/results/schema';
import type { OfficeSettings } from '../../../shared/settings/schema';
import { todayIso } from '../../../shared/text/dates';
import { compareVi, foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { getDocument, insertDocument, listDocuments } from '../documents/repo';
import { memberStats } from '../members/stats';
import { readOfficeSettings } from '../settings/handlers';
import { roundResults } from './compute';

// ---------------------------------------------------------------------------------------------
// Wording helpers

/** 1234 → '1.234'; 85.5 → '85,5'. */
export const num = (n: number) => formatNumberVi(n);

/** '2024-05-01' → '01/5/2024' (as in the seeds' running text). */
export function dayText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(d).padStart(2, '0')}/${m}/${y}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Keeps the parts that are not null, joined by `sep`; null when none is left. */
function list(parts: (string | null | false | undefined)[], sep = ', '): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  return kept.length ? kept.join(sep) : null;
}

type Value = (code: string) => string | null;

interface GroupPhrase {
  /** Codes the phrase writes out (the group's other numeric indicators become plain bullets). */
  codes: string[];
  build: (v: Value) => string | null;
}

/**
 * Sentences for the groups of the default Workers' Month catalogue
 * (resources/indicators/thang-cong-nhan.json). `v` gives the figure as written ('1.234') or null
 * when the round has no such indicator or its total is 0: such clauses are left out. Indicators
 * the clerk added are listed as bullets under their group.
 */
const PHRASES: GroupPhrase[] = [
  {
    codes: ['1.1', '1.2', '1.3'],
    build: (v) =>
      list(
        [
          v('1.1') &&
            `Công đoàn hai cấp đã tổ chức ${v('1.1')} hoạt động${v('1.2') ? `, thu hút ${v('1.2')} lượt đoàn viên, người lao động tham gia` : ''}`,
          !v('1.1') && v('1.2') && `Có ${v('1.2')} lượt đoàn viên, người lao động tham gia các hoạt động`,
          v('1.3') && `tỷ lệ đoàn viên, người lao động tham gia ít nhất một hoạt động bình quân đạt ${v('1.3')}%`,
        ],
        '; ',
      ),
  },
  {
    codes: ['2.1', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.2', '2.3', '2.3.1', '2.3.2', '2.3.3'],
    build: (v) => {
      const who = list([
        v('2.1.1') && `${v('2.1.1')} người bị tai nạn lao động`,
        v('2.1.2') && `${v('2.1.2')} người mắc bệnh nghề nghiệp`,
        v('2.1.3') && `${v('2.1.3')} người ốm đau, mắc bệnh hiểm nghèo`,
        v('2.1.4') && `${v('2.1.4')} người có hoàn cảnh khó khăn`,
      ]);
      const from = list(
        [
          v('2.3.1') && `từ nguồn tài chính công đoàn ${v('2.3.1')} đồng`,
          v('2.3.2') && `người sử dụng lao động hỗ trợ ${v('2.3.2')} đồng`,
          v('2.3.3') && `vận động xã hội hóa, nhà hảo tâm ${v('2.3.3')} đồng`,
        ],
        '; ',
      );
      return list([
        v('2.1') &&
          `Công đoàn hai cấp đã tổ chức thăm hỏi, tặng quà ${v('2.1')} lượt đoàn viên, người lao động${who ? ` (trong đó: ${who})` : ''}`,
        v('2.2') && `trao ${v('2.2')} suất quà`,
        v('2.3') && `với tổng số tiền ${v('2.3')} đồng${from ? ` (trong đó: ${from})` : ''}`,
      ]);
    },
  },
  {
    codes: ['3.1', '3.2', '3.3'],
    build: (v) => {
      const houses = list([v('3.1') && `xây mới ${v('3.1')} nhà`, v('3.2') && `sửa chữa ${v('3.2')} nhà`], ' và ');
      return houses
        ? `${houses} “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở${v('3.3') ? ` với tổng kinh phí ${v('3.3')} đồng` : ''}`
        : null;
    },
  },
  {
    codes: ['4.1', '4.2', '4.3', '4.4'],
    build: (v) =>
      list(
        [
          v('4.1') && `Tổ chức ${v('4.1')} cuộc đối thoại giữa người sử dụng lao động (lãnh đạo đơn vị) và người lao động`,
          v('4.2') &&
            `${v('4.2')} kiến nghị, đề xuất của đoàn viên, người lao động được nêu ra${v('4.3') ? `, đã giải quyết ${v('4.3')} kiến nghị` : ''}`,
          v('4.4') && `${v('4.4')} thỏa ước lao động tập thể được ký kết mới hoặc ký lại`,
        ],
        '; ',
      ),
  },
  {
    codes: ['5.1', '5.2', '5.3', '5.4'],
    build: (v) =>
      list(
        [
          v('5.1') && `Kết nạp mới ${v('5.1')} đoàn viên`,
          v('5.2') && `thành lập mới ${v('5.2')} công đoàn cơ sở`,
          v('5.3') && `giới thiệu ${v('5.3')} đoàn viên ưu tú cho Đảng xem xét kết nạp`,
          v('5.4') && `${v('5.4')} đoàn viên được kết nạp vào Đảng`,
        ],
        '; ',
      ),
  },
  {
    codes: ['6.1', '6.2', '6.3', '6.4', '6.5'],
    build: (v) =>
      list(
        [
          v('6.1') &&
            `Tổ chức ${v('6.1')} buổi tuyên truyền, tập huấn về an toàn, vệ sinh lao động${v('6.2') ? ` với ${v('6.2')} lượt người tham gia` : ''}`,
          v('6.3') && `${v('6.3')} cuộc kiểm tra, giám sát về an toàn, vệ sinh lao động`,
          v('6.4') && `${v('6.4')} người lao động được khám sức khỏe, tầm soát bệnh${v('6.5') ? ` với kinh phí ${v('6.5')} đồng` : ''}`,
        ],
        '; ',
      ),
  },
  {
    codes: ['7.1', '7.2', '7.3', '7.4', '7.5'],
    build: (v) =>
      list(
        [
          v('7.1') &&
            `Tổ chức ${v('7.1')} hoạt động văn hóa, văn nghệ, thể dục thể thao${v('7.2') ? ` với ${v('7.2')} lượt người tham gia` : ''}`,
          v('7.3') && `tư vấn pháp luật cho ${v('7.3')} lượt đoàn viên, người lao động`,
          v('7.4') && `tổ chức ${v('7.4')} suất “Bữa cơm Công đoàn”${v('7.5') ? ` với kinh phí ${v('7.5')} đồng` : ''}`,
        ],
        '; ',
      ),
  },
];

/** The figure as written in a sentence ('1.234', '456.000.000', '85,5'); null when the round has no such indicator or it is 0. */
function valueOf(ind: IndicatorResult | undefined): string | null {
  if (!ind || ind.kind === 'text' || !ind.total) return null;
  return num(ind.total);
}

/** 'I. Tổ chức các hoạt động…' → 'Tổ chức các hoạt động…'. */
export function groupTitle(group: string): string {
  return group.replace(/^\s*[IVXLC]+\s*[.)]\s*/u, '').trim() || group;
}

const sentence = (s: string) => {
  const t = s.trim();
  return `${t.charAt(0).toLocaleUpperCase('vi')}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
};

/** A value with its unit for a plain bullet: '12 cuộc', '1.500.000 đồng', '85,5%'. */
function withUnit(ind: IndicatorResult): string {
  const v = num(ind.total ?? 0);
  if (ind.kind === 'percent') return `${v}%`;
  return ind.unit ? `${v} ${ind.unit}` : v;
}

// ---------------------------------------------------------------------------------------------
// The document

export interface DraftInput {
  office: OfficeSettings;
  results: RoundResults;
  date: string;
  /** Units and members counted as of this date (members.stats). */
  members: { asOf: string; units: number; members: number } | null;
  /** The plan this report answers, when it has been issued. */
  plan: { code: string; date: string } | null;
  officeActivities: { title: string; date: string; place: string | null; participants: number; beneficiaries: number; money: number }[];
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
  const { title, annex } = reportTitle(results);
  const topic = lowerFirst(title.replace(/^Kết quả\s+/u, ''));
  const byKey = new Map(results.indicators.map((i) => [foldVi(i.code), i]));
  const v: Value = (code) => valueOf(byKey.get(foldVi(code)));
  const c = results.counts;

  const body: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string) => body.push({ type: 'heading', level, text });
  const p = (text: string) => body.push({ type: 'paragraph', text });
  const b = (text: string) => body.push({ type: 'bullet', text });

  // I. Đặc điểm tình hình
  h(1, 'Đặc điểm tình hình');
  p(
    sentence(
      list(
        [
          input.members
            ? `Tính đến ngày ${dayText(input.members.asOf)}, ${office1} có ${num(input.members.units)} công đoàn cơ sở trực thuộc với ${num(input.members.members)} đoàn viên`
            : null,
          `${num(c.required)} công đoàn cơ sở thuộc diện báo cáo; đến ngày ${dayText(date)} đã có ${num(c.received)}/${num(c.required)} đơn vị gửi báo cáo kết quả${
            c.required ? ` (đạt ${num(Math.round((c.received * 1000) / c.required) / 10)}%)` : ''
          }`,
        ],
        '; ',
      ) ?? '',
    ),
  );
  b('Thuận lợi: …');
  b('Khó khăn: …');

  // II. Kết quả thực hiện
  h(1, 'Kết quả thực hiện');
  const groups: { name: string; items: IndicatorResult[] }[] = [];
  for (const ind of results.indicators) {
    const name = ind.group?.trim() || 'Các chỉ tiêu khác';
    const last = groups[groups.length - 1];
    if (last && last.name === name) last.items.push(ind);
    else groups.push({ name, items: [ind] });
  }
  const activityKey = results.share.activityIndicator ? foldVi(results.share.activityIndicator.code) : null;
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
      b(`${ind.label}: ${withUnit(ind)}${ind.kind === 'percent' ? ' (bình quân của các đơn vị báo cáo)' : ''}.`);
      written++;
    }
    if (!written) p('Chưa có đơn vị báo cáo kết quả ở nội dung này.');
    if (activityKey && keys.has(activityKey)) {
      const t = results.share.total;
      const parts = results.share.groups
        .filter((s) => s.kind !== 'other' && s.units > 0)
        .map((s) => {
          const pct = s.percent === null ? '…' : num(s.percent);
          const target = s.target !== null ? ` (chỉ tiêu ≥ ${num(s.target)}%, ${s.met ? 'đạt' : 'chưa đạt'})` : '';
          return `${lowerFirst(s.label.replace(/\s*\(.*\)$/, ''))} có ${num(s.active)}/${num(s.units)} đơn vị, đạt ${pct}%${target}`;
        });
      if (t.units > 0) {
        p(
          sentence(
            `Có ${num(t.active)}/${num(t.units)} công đoàn cơ sở (${t.percent === null ? '…' : num(t.percent)}%) tổ chức ít nhất 01 hoạt động chăm lo cho đoàn viên, người lao động${
              parts.length ? `; trong đó ${parts.join('; ')}` : ''
            }`,
          ),
        );
      }
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
        `Tỷ lệ công đoàn cơ sở ${lowerFirst(s.label.replace(/\s*\(.*\)$/, ''))} tổ chức ít nhất 01 hoạt động đạt ${num(s.percent ?? 0)}%, chưa đạt chỉ tiêu ${num(s.target ?? 0)}%.`,
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
      text: `Ghi chú: cột "Tổng số" gồm số liệu báo cáo của các công đoàn cơ sở và các hoạt động do ${office1} trực tiếp tổ chức.`,
    });
  }
  const annexes: Annex[] = [{ title: annex, note: null, blocks: annexBlocks, landscape: true }];

  const basis = input.plan
    ? [`Thực hiện Kế hoạch số ${input.plan.code} ngày ${dayText(input.plan.date)} của Ban Thường vụ ${officeFull} về việc ${topic}.`]
    : [];
  return {
    kind: 'BC',
    header: headerFromOffice(office, date),
    title,
    basis,
    intro: [`Ban Thường vụ ${officeFull} báo cáo ${lowerFirst(title)} như sau:`],
    body,
    closing: [`Trên đây là báo cáo ${lowerFirst(title)} của Ban Thường vụ ${office1}./.`],
    signer: signerFromOffice(office),
    recipients: office.recipients.length ? office.recipients : ['Lưu: VT'],
    annexes,
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
    ...shown.map(({ column }) => column.name),
    'Tổng số',
    ...(prev ? [`Cùng kỳ năm ${prev.year}`] : []),
  ];
  const rows: string[][] = [];
  const blank = () => columns.slice(2).map(() => '');
  let group: string | null = null;
  let groupNo = 0;
  const fmt = (ind: IndicatorResult, n: number | null) => (n === null ? '' : ind.kind === 'percent' ? `${num(n)}%` : num(n));
  for (const ind of results.indicators) {
    if (ind.kind === 'text') continue;
    if ((ind.group ?? '') !== (group ?? '') && ind.group) {
      groupNo++;
      const m = /^\s*([IVXLC]+)\s*[.)]/u.exec(ind.group);
      rows.push([m ? m[1] : String(groupNo), groupTitle(ind.group).toLocaleUpperCase('vi'), ...blank()]);
    }
    group = ind.group;
    rows.push([
      ind.code,
      ind.label,
      ind.kind === 'percent' ? '%' : (ind.unit ?? ''),
      ...shown.map(({ index }) => fmt(ind, ind.byColumn[index] ?? null)),
      fmt(ind, ind.total),
      ...(prev ? [fmt(ind, ind.previous)] : []),
    ]);
  }
  return { type: 'table', columns, rows };
}

// ---------------------------------------------------------------------------------------------
// The service

export function draftReport(ctx: ServiceContext, roundId: number, date: string | null): CreateDocumentResult {
  const office = readOfficeSettings(ctx);
  if (!office) {
    throw new AppError('CONFLICT', 'Chưa có thông tin đơn vị. Hãy vào Cài đặt → Thông tin đơn vị, nhập và lưu, rồi soạn báo cáo.');
  }
  const today = todayIso(ctx.now());
  const day = date ?? today;
  const results = roundResults(ctx, roundId);
  const warnings: string[] = [];

  // Members as of the end of the period (or the report date if earlier).
  const end = results.round.periodTo ?? results.round.deadline;
  const asOf = end < day ? end : day;
  let members: DraftInput['members'] = null;
  try {
    const stats = memberStats(ctx, { asOf, periodFrom: null, sectorId: null });
    members = { asOf, units: stats.rows.length, members: stats.total.members };
  } catch {
    warnings.push('Chưa tính được số đoàn viên; hãy ghi tay vào phần đặc điểm tình hình.');
  }

  // The plan this report answers: an issued Kế hoạch of the same year about the same topic.
  const name = foldVi(results.round.name);
  const topicKey = name.includes('thang cong nhan')
    ? 'thang cong nhan'
    : name
        .replace(/^ket qua\s+/, '')
        .replace(/\b(19|20)\d{2}\b/g, '')
        .replace(/\s+/g, ' ')
        .trim();
  const plans = listDocuments(ctx, { year: results.round.year, kind: 'KH', state: 'issued' }).items.filter((d) =>
    foldVi(d.title).includes(topicKey),
  );
  const plan =
    plans[0] && plans[0].number !== null
      ? { code: plans[0].code ?? documentCode(plans[0].number, 'KH', office.codeSuffix), date: plans[0].date }
      : null;
  if (!plan) warnings.push('Chưa tìm thấy kế hoạch đã ban hành cùng năm để dẫn "Thực hiện Kế hoạch số …"; hãy thêm dòng căn cứ nếu cần.');

  const officeActivities = ctx.db
    .prepare(
      `SELECT a.title, a.date, a.place, a.participants,
                a.other_beneficiaries + a.member_count AS beneficiaries,
                a.money_union + a.money_employer + a.money_social + a.money_government AS money
           FROM activities a WHERE a.round_id = ? AND a.unit_id IS NULL ORDER BY a.date, a.id LIMIT 50`,
    )
    .all(roundId) as DraftInput['officeActivities'];

  const missingUnits = (
    ctx.db
      .prepare(
        `SELECT u.name FROM report_round_units ru JOIN units u ON u.id = ru.unit_id
          WHERE ru.round_id = ? AND NOT EXISTS (SELECT 1 FROM report_submissions s WHERE s.round_id = ru.round_id AND s.unit_id = ru.unit_id)`,
      )
      .all(roundId) as { name: string }[]
  )
    .map((r) => r.name)
    .sort(compareVi);

  const free = ctx.db
    .prepare(
      `SELECT u.name AS unit, s.difficulties, s.proposals FROM report_submissions s JOIN units u ON u.id = s.unit_id
        WHERE s.round_id = ? AND s.is_current = 1 AND (s.difficulties IS NOT NULL OR s.proposals IS NOT NULL)`,
    )
    .all(roundId) as { unit: string; difficulties: string | null; proposals: string | null }[];
  const pick = (key: 'difficulties' | 'proposals') => {
    const seen = new Set<string>();
    return free
      .filter((f) => f[key] && f[key]!.trim().length > 3 && !seen.has(foldVi(f[key]!)) && seen.add(foldVi(f[key]!)))
      .sort((a, b) => compareVi(a.unit, b.unit))
      .slice(0, 5)
      .map((f) => ({ unit: f.unit, text: clip(f[key]!) }));
  };

  const doc = officialDocumentSchema.parse(
    buildReportDocument({
      office,
      results,
      date: day,
      members,
      plan,
      officeActivities,
      missingUnits,
      difficulties: pick('difficulties'),
      proposals: pick('proposals'),
    }),
  );
  if (results.activities.unmatched.length) {
    warnings.push(
      `Một số số liệu của hoạt động không vào chỉ tiêu nào vì đợt này không có mã chỉ tiêu tương ứng (${results.activities.unmatched
        .slice(0, 3)
        .map((u) => `${u.typeName}: ${u.code}`)
        .join('; ')}${results.activities.unmatched.length > 3 ? '; …' : ''}).`,
    );
  }
  const id = insertDocument(ctx, doc, results.round.year, null);
  return { document: getDocument(ctx, id), warnings };
}

function clip(s: string, max = 400): string {
  const t = s.trim().replace(/[.;]+$/, '');
  return `${t.length > max ? `${t.slice(0, max).replace(/\s+\S*$/, '')}…` : t}.`;
}
