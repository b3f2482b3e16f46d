import { describe, expect, it } from 'vitest';
import { DEFAULT_ANNIVERSARIES } from '../../../shared/documents/anniversaries';
import { reviewNextYear, shiftAnniversaryCounts, shiftDocumentYear, shiftYears } from '../../../shared/documents/next-year';
import { mentionedEvents, periodOf } from '../../../shared/documents/year-checks';
import { instantiateTemplate, type TemplateValues } from '../../../shared/documents/templates';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { BUILT_IN_TEMPLATES } from '../../../resources/templates/index';
import { tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';

const events = DEFAULT_ANNIVERSARIES;

describe('anniversary counts', () => {
  it('recomputes the counts of listed events, written the ways the seeds write them', () => {
    const seed002 =
      'phối hợp tổ chức Lễ kết nạp đảng viên vào dịp diễn ra kỷ niệm 133 năm Ngày sinh của Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023); truyền thông về 137 năm Ngày Quốc tế Lao động (1/5/1886 - 1/5/2023)';
    expect(shiftYears(shiftAnniversaryCounts(seed002, 2023, 2024, events), 2023, 2024)).toBe(
      'phối hợp tổ chức Lễ kết nạp đảng viên vào dịp diễn ra kỷ niệm 134 năm Ngày sinh của Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024); truyền thông về 138 năm Ngày Quốc tế Lao động (1/5/1886 - 1/5/2024)',
    );
    expect(
      shiftAnniversaryCounts('Tuyên truyền kỷ niệm 70 năm Chiến thắng lịch sử Điện Biên Phủ (07/5/1954 - 07/5/2024)', 2024, 2025, events),
    ).toBe('Tuyên truyền kỷ niệm 71 năm Chiến thắng lịch sử Điện Biên Phủ (07/5/1954 - 07/5/2024)');
  });

  it('leaves other counts alone', () => {
    const text = 'kết quả 15 năm thực hiện Nghị quyết số 20-NQ/TW; 70 năm Ngày Quốc tế Lao động; 138 năm thành lập trường';
    expect(shiftAnniversaryCounts(text, 2024, 2025, events)).toBe(text);
  });
});

describe('years and dates', () => {
  it('moves whole-word years and dates of that year, keeps ranges and other years', () => {
    expect(shiftYears('Tháng Công nhân năm 2024, trước ngày 26/5/2024, tháng 5/2024', 2024, 2025)).toBe(
      'Tháng Công nhân năm 2025, trước ngày 26/5/2025, tháng 5/2025',
    );
    expect(shiftYears('nhiệm kỳ 2023 - 2028; nhiệm kỳ 2024–2029; ngày 28/01/2008; số 20240', 2024, 2025)).toBe(
      'nhiệm kỳ 2023 - 2028; nhiệm kỳ 2024–2029; ngày 28/01/2008; số 20240',
    );
  });
});

describe('next year from last year', () => {
  it('rewrites the seed-like 2024 plan for 2025 and lists what changed', () => {
    const plan = tetWorkersMonthPlan2024();
    const { doc, changes, warnings } = shiftDocumentYear(plan, 2024, 2025, events);
    expect(doc.header).toMatchObject({ number: null, date: '2025-03-28', issuingBody: plan.header.issuingBody });
    expect(doc.title).toBe('Tổ chức các hoạt động Tháng Công nhân năm 2025');
    expect(doc.basis[0]).toBe(
      'Thực hiện Kế hoạch số …/KH-LĐLĐ, ngày …/…/… của Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang về việc tổ chức các hoạt động Tháng Công nhân năm 2025.',
    );
    const text = doc.body.map((b) => (b.type === 'table' ? '' : b.text)).join('\n');
    expect(text).toContain(
      'kỷ niệm 139 năm Ngày Quốc tế Lao động 1/5 và kỷ niệm 71 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2025); kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh.',
    );
    expect(text).toContain(
      'Tuyên truyền kỷ niệm 71 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2025); 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025).',
    );
    expect(text).toContain('trước ngày 26/5/2025 (theo mẫu gửi kèm)');
    expect(text).toContain('Thời gian: Thực hiện từ ngày 01/5 đến 31/5/2025.');
    expect(text).toContain('nhiệm kỳ 2023 - 2028');
    expect(text).toContain('kết quả 15 năm thực hiện Nghị quyết số 20-NQ/TW, ngày 28/01/2008');
    expect(text).not.toMatch(/(?<![\d/-])2024(?!\d)/);
    expect(doc.annexes[0].title).toBe('Mẫu báo cáo kết quả tổ chức các hoạt động Tháng Công nhân năm 2025');

    expect(changes[0]).toEqual({ where: 'Ngày văn bản', before: '28/03/2024', after: '28/03/2025' });
    expect(changes[1]).toEqual({ where: 'Số văn bản', before: 'Số: 29/KH-LĐLĐ', after: 'Số: /KH-LĐLĐ (cấp khi ban hành)' });
    expect(changes).toContainEqual({ where: 'Trích yếu', before: plan.title, after: doc.title });
    expect(changes.find((c) => c.after.includes('139 năm'))!.where).toBe('Nội dung mục I › 2');
    expect(changes.some((c) => c.where.startsWith('Phụ lục 1'))).toBe(true);
    expect(warnings.join('\n')).toMatch(/Phần căn cứ: hãy điền số và ngày của văn bản cấp trên năm 2025/);
    expect(warnings).toHaveLength(1);
  });

  it('warns about year ranges holding the year and mentions of the year before', () => {
    const plan = tetWorkersMonthPlan2024();
    const body = [
      { type: 'bullet' as const, text: 'Trong năm học 2024 - 2025 tổ chức …' },
      { type: 'bullet' as const, text: 'Phát huy kết quả năm 2023.' },
    ];
    const { warnings } = shiftDocumentYear({ ...plan, basis: [], body }, 2024, 2025, events);
    expect(warnings).toEqual([
      'Khoảng năm "2024 - 2025" được giữ nguyên (có thể là nhiệm kỳ); hãy kiểm tra có cần đổi không.',
      'Văn bản còn nhắc đến năm 2023 ở 1 chỗ (ví dụ: "Phát huy kết quả năm 2023."); hãy kiểm tra có cần đổi thành năm 2024 không.',
    ]);
  });

  const values = (year: number): TemplateValues => ({
    year,
    date: `${year}-03-28`,
    office: EXAMPLE_OFFICE,
    events,
    theme: 'Chủ đề',
    deadline: `${year}-05-26`,
    periodFrom: `${year}-05-01`,
    periodTo: `${year}-05-31`,
    // Events in the list every year: the round ones differ from year to year (see the review below).
    anniversaries: [`labour-day@${year}`, `ho-chi-minh-birthday@${year}`],
  });

  for (const key of ['tcn-ke-hoach', 'tcn-huong-dan']) {
    it(`${key}: last year's document moved to this year reads exactly like this year's from the template`, () => {
      const t = BUILT_IN_TEMPLATES.find((x) => x.key === key)!;
      for (const [from, to] of [
        [2024, 2025],
        [2025, 2026],
        [2029, 2030],
      ]) {
        const last = instantiateTemplate(t.content, values(from)).doc;
        const fresh = instantiateTemplate(t.content, values(to)).doc;
        expect(shiftDocumentYear(last, from, to, events).doc).toEqual(fresh);
      }
    });
  }
});

describe('what next year cannot change by itself', () => {
  const plan2024 = () => {
    const t = BUILT_IN_TEMPLATES.find((x) => x.key === 'tcn-ke-hoach')!;
    return instantiateTemplate(t.content, {
      year: 2024,
      date: '2024-03-28',
      office: EXAMPLE_OFFICE,
      events,
      theme: 'Đoàn kết công nhân - Triển khai nghị quyết',
      deadline: '2024-05-26',
      periodFrom: '2024-05-01',
      periodTo: '2024-05-31',
      anniversaries: ['labour-day@2024', 'dien-bien-phu@2024', 'ho-chi-minh-birthday@2024'],
    }).doc;
  };

  it('finds the anniversaries a text names and the period it states', () => {
    const text = 'gắn với kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5 và kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; 15 năm thực hiện';
    expect(mentionedEvents(text, 2024, events).map((e) => e.key)).toEqual(['labour-day', 'dien-bien-phu']);
    expect(periodOf('Thực hiện từ ngày 01/5 đến 31/5/2025.', 2025)).toEqual({ from: '2025-05-01', to: '2025-05-31' });
    expect(periodOf('Không có thời gian.', 2025)).toBeNull();
  });

  it('warns about the theme, the basis line, dated events and partners, each with where and what to do', () => {
    const last = plan2024();
    last.body.push({ type: 'bullet', text: 'Ngày 02/5/2024: phối hợp Trung tâm Y tế Vĩnh Thuận khám sức khỏe cho đoàn viên.' });
    const shifted = shiftDocumentYear(last, 2024, 2025, events).doc;
    const { checks } = reviewNextYear(last, shifted, 2024, 2025, events);
    expect(checks).toContainEqual({
      what: 'Chủ đề “Đoàn kết công nhân - Triển khai nghị quyết” là chủ đề năm 2024.',
      where: 'Đề mục II › 1',
      todo: 'Thay bằng chủ đề năm 2025 của Tổng Liên đoàn (xem văn bản hướng dẫn của cấp trên).',
    });
    expect(checks.find((c) => c.where === 'Căn cứ 1')?.todo).toBe('Thay bằng văn bản cấp trên năm 2025 (số, ngày, cơ quan ban hành).');
    expect(checks.find((c) => c.what.startsWith('Ngày 02/5/2025'))).toMatchObject({
      what: 'Ngày 02/5/2025 được chép từ năm 2024 sang năm 2025.',
      where: 'Nội dung mục IV › 2', // pushed at the end: under IV. Tổ chức thực hiện › 2.
    });
    expect(checks.find((c) => c.what.startsWith('Đơn vị phối hợp'))).toMatchObject({
      what: 'Đơn vị phối hợp “Trung tâm Y tế Vĩnh Thuận”.',
      todo: 'Xác nhận năm 2025 vẫn phối hợp với đơn vị này và tên đơn vị còn đúng.',
    });
  });

  it('lists the round anniversaries added and the ones that stop being round (2024 → 2025)', () => {
    const last = plan2024();
    const shifted = shiftDocumentYear(last, 2024, 2025, events).doc;
    const { anniversaries } = reviewNextYear(last, shifted, 2024, 2025, events);
    // 135 năm Ngày sinh Chủ tịch Hồ Chí Minh is round too, but already written (its count moves by itself).
    expect(anniversaries.added).toEqual([
      { phrase: 'kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)', solemn: true },
    ]);
    expect(anniversaries.dropped).toEqual([
      { phrase: 'kỷ niệm 71 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2025)', solemn: false },
      { phrase: 'kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2025)', solemn: false },
    ]);
  });
});
