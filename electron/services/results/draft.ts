// Drafts the BÁO CÁO of a reporting round (draft-document.ts) from the database: results, members,
// the plan it answers, the office's own activities, missing units and what units wrote. The clerk
// edits the draft in "Kế hoạch & văn bản", then issues and downloads it like any other document.
import { AppError } from '../../../shared/api/result';
import type { CreateDocumentResult } from '../../../shared/documents/api';
import { documentCode } from '../../../shared/documents/dates';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { todayIso } from '../../../shared/text/dates';
import { UNKNOWN_FIGURE } from '../../../shared/text/typography';
import { compareVi, foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { silentProgress, type Progress } from '../progress';
import { getDocument, insertDocument, listDocuments } from '../documents/repo';
import { memberStats } from '../members/stats-queries';
import { readOfficeSettings } from '../settings/office';
import { officeActivitiesOfRound } from './activity-queries';
import { roundResults } from './compute';
import { buildReportDocument, type DraftInput } from './draft-document';
import { reportRemarks, unitsWithoutReport } from './report-queries';

/** The steps of a draft, reported as "n of N" (the last one writes the document). */
const STEPS = [
  'Đang tổng hợp kết quả các chỉ tiêu',
  'Đang đếm công đoàn cơ sở và đoàn viên',
  'Đang tìm kế hoạch và hoạt động của đơn vị',
  'Đang đọc ý kiến của các công đoàn cơ sở',
  'Đang ghi văn bản báo cáo',
] as const;

/**
 * Drafts the report of a round as a new document. Its parts are read step by step with their
 * progress (cancelling before the last step writes nothing); the document is written in one
 * transaction.
 */
export async function draftReport(
  ctx: ServiceContext,
  roundId: number,
  date: string | null,
  progress: Progress = silentProgress,
): Promise<CreateDocumentResult> {
  const step = (k: number) => progress.phase(STEPS[k], STEPS.length, { done: k, commit: k === STEPS.length - 1 });
  const office = readOfficeSettings(ctx);
  if (!office) {
    throw new AppError('CONFLICT', 'Chưa có thông tin đơn vị. Hãy vào Cài đặt → Thông tin đơn vị, nhập và lưu, rồi soạn báo cáo.');
  }
  await step(0);
  const today = todayIso(ctx.now());
  const day = date ?? today;
  const results = roundResults(ctx, roundId);
  const warnings: string[] = [];
  await step(1);

  // Members as of the end of the period (or the report date if earlier).
  const end = results.round.periodTo ?? results.round.deadline;
  const asOf = end < day ? end : day;
  let members: DraftInput['members'] = null;
  try {
    const stats = memberStats(ctx, { asOf, periodFrom: null, sectorId: null });
    members = { asOf, units: stats.rows.length, members: stats.total.members };
  } catch {
    // Not counted: the sentence keeps a marked blank (see the warning below).
  }
  if (!members?.members || !members.units) {
    warnings.push(
      `Chưa có số công đoàn cơ sở hoặc số đoàn viên trong sổ; phần đặc điểm tình hình để trống chỗ "${UNKNOWN_FIGURE}", hãy điền tay.`,
    );
  }

  // The plan this report answers: an issued Kế hoạch of the same year about the same topic.
  await step(2);
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

  const officeActivities = officeActivitiesOfRound(ctx, roundId);
  await step(3);
  const missingUnits = unitsWithoutReport(ctx, roundId).sort(compareVi);
  const free = reportRemarks(ctx, roundId);
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
  await step(4);
  const document = ctx.db.transaction(() => getDocument(ctx, insertDocument(ctx, doc, results.round.year, null)))();
  return { document, warnings };
}

function clip(s: string, max = 400): string {
  const t = s.trim().replace(/[.;]+$/, '');
  return `${t.length > max ? `${t.slice(0, max).replace(/\s+\S*$/, '')}…` : t}.`;
}
