import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/documents/model';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { formLabel, indicatorRows, splitGroupNumeral, withGroupHeadings } from '../../../shared/reports/indicator-rows';
import { freeRoundCode, suggestRoundCode } from '../../../shared/reports/round-code';
import { planDates, planRoundName, planRoundNotes } from '../../../shared/reports/round-from-plan';

// Pure pieces of "one form from plan to template": the rows of a form, the plan's dates read from
// its text, the round's name and code.

const plan = (title: string, body: string[], intro: string[] = []) => ({
  title,
  intro,
  closing: [],
  body: body.map((text): Block => ({ type: 'bullet', text })),
});

describe('plan dates', () => {
  it('reads the period and the deadline of the seed plan', () => {
    const doc = plan('Tổ chức các hoạt động Tháng Công nhân năm 2024', [
      'Thời gian: Thực hiện từ ngày 01/5 đến 31/5/2024.',
      'Tổ chức Lễ phát động trước ngày 05/5/2024.',
      'Báo cáo kết quả thực hiện các hoạt động Tháng công nhân năm 2024 về Văn phòng LĐLĐ huyện trước ngày 26/5/2024 (theo mẫu gửi kèm).',
    ]);
    expect(planDates(doc, 2024)).toEqual({ periodFrom: '2024-05-01', periodTo: '2024-05-31', deadline: '2024-05-26' });
  });

  it('takes the year of the plan when the text has none, and "chậm nhất ngày" as a deadline', () => {
    const doc = plan('Tháng hành động về ATVSLĐ', [
      'Thời gian: từ ngày 15/4 đến ngày 30/6.',
      'Các CĐCS gửi báo cáo chậm nhất ngày 5/7 (theo phụ lục gửi kèm).',
    ]);
    expect(planDates(doc, 2025)).toEqual({ periodFrom: '2025-04-15', periodTo: '2025-06-30', deadline: '2025-07-05' });
  });

  it('a period across the new year takes each date’s own year', () => {
    const doc = plan('Tết sum vầy', ['Thời gian: từ ngày 15/12/2024 đến 15/02/2025.']);
    expect(planDates(doc, 2025)).toMatchObject({ periodFrom: '2024-12-15', periodTo: '2025-02-15' });
  });

  it('a period across the new year with the year only at its end starts in the year before', () => {
    const doc = plan('Tết sum vầy', ['Thời gian: từ ngày 15/12 đến 15/02/2025.']);
    expect(planDates(doc, 2025)).toMatchObject({ periodFrom: '2024-12-15', periodTo: '2025-02-15' });
  });

  it('without a stated period: May for Tháng Công nhân, nothing otherwise; impossible dates are ignored', () => {
    expect(planDates(plan('Tổ chức Tháng Công nhân năm 2026', ['Báo cáo trước ngày 31/2/2026.']), 2026)).toEqual({
      periodFrom: '2026-05-01',
      periodTo: '2026-05-31',
      deadline: null,
    });
    expect(planDates(plan('Hội thao công nhân', ['Thời gian: từ ngày 30/6 đến 01/6/2026.']), 2026)).toEqual({
      periodFrom: null,
      periodTo: null,
      deadline: null,
    });
  });
});

describe('round name and code', () => {
  it('names the round after the plan', () => {
    expect(planRoundName({ title: 'Tổ chức các hoạt động Tháng Công nhân năm 2024' }, 2024)).toBe(
      'Báo cáo kết quả Tháng Công nhân năm 2024',
    );
    expect(planRoundName({ title: 'Hưởng ứng Tháng hành động về ATVSLĐ năm 2024' }, 2024)).toBe(
      'Báo cáo kết quả hưởng ứng Tháng hành động về ATVSLĐ năm 2024',
    );
    expect(planRoundNotes('HD', null, '2024-03-02', 'Tổ chức Tháng Công nhân')).toBe('Theo Hướng dẫn "Tổ chức Tháng Công nhân" (dự thảo).');
  });

  it('suggests TCN{năm} and a free code when it is taken', () => {
    expect(suggestRoundCode('Báo cáo kết quả Tháng Công nhân năm 2024')).toBe('TCN2024');
    expect(freeRoundCode('TCN2024', [])).toBe('TCN2024');
    expect(freeRoundCode('TCN2024', ['tcn2024', 'TCN2024-2'])).toBe('TCN2024-3');
    expect(freeRoundCode('ABCDEFGHIJKLMNOPQRST', ['ABCDEFGHIJKLMNOPQRST'])).toBe('ABCDEFGHIJKLMNOPQR-2');
  });
});

describe('form rows', () => {
  const ind = (code: string, group: string | null) => ({
    code,
    group,
    label: `Chỉ tiêu ${code}`,
    unit: null,
    kind: 'count' as const,
    target: null,
  });

  it('a group row each time the group changes; an indicator without a group stays under the one above', () => {
    const rows = indicatorRows([ind('1', 'I. A'), ind('2', 'I. A'), ind('3', null), ind('4', 'II. B'), ind('5', 'I. A')]);
    expect(rows.map((r) => (r.type === 'group' ? r.group : r.indicator.code))).toEqual(['I. A', '1', '2', '3', 'II. B', '4', 'I. A', '5']);
  });

  it('marks a required indicator (*) on every form', () => {
    expect(formLabel({ label: 'Số đoàn viên kết nạp mới', required: true })).toBe('Số đoàn viên kết nạp mới (*)');
    expect(formLabel({ label: 'Số đoàn viên kết nạp mới' })).toBe('Số đoàn viên kết nạp mới');
  });

  it('splits the Roman numeral of a group', () => {
    expect(splitGroupNumeral('VI. An toàn, vệ sinh lao động')).toEqual({ numeral: 'VI', text: 'An toàn, vệ sinh lao động' });
    expect(splitGroupNumeral('Chỉ tiêu khác')).toEqual({ numeral: '', text: 'Chỉ tiêu khác' });
    expect(splitGroupNumeral('Văn hóa')).toEqual({ numeral: '', text: 'Văn hóa' });
    // As groups are typed: without the space, or with a parenthesis.
    expect(splitGroupNumeral('II.Thăm hỏi, tặng quà')).toEqual({ numeral: 'II', text: 'Thăm hỏi, tặng quà' });
    expect(splitGroupNumeral(' III) Khác ')).toEqual({ numeral: 'III', text: 'Khác' });
    expect(splitGroupNumeral('Vận động')).toEqual({ numeral: '', text: 'Vận động' });
  });

  it('groups any rows the same way (manual entry and results tables): one heading per run, none repeated', () => {
    const rows = withGroupHeadings(
      [
        { n: 1, g: 'A' },
        { n: 2, g: null },
        { n: 3, g: 'A' },
        { n: 4, g: 'B' },
        { n: 5, g: 'A' },
      ],
      (r) => r.g,
    );
    expect(rows.map((r) => (r.type === 'group' ? r.group : r.item.n))).toEqual(['A', 1, 2, 3, 'B', 4, 'A', 5]);
    expect(withGroupHeadings([], () => 'A')).toEqual([]);
  });

  it('the document schema refuses bold rows that are not rows of the table', () => {
    const table = { type: 'table' as const, columns: ['TT', 'Nội dung'], rows: [['I', 'Nhóm']], boldRows: [0, 3] };
    const doc = {
      kind: 'KH',
      header: { superiorBody: null, issuingBody: 'CĐ', number: null, codeSuffix: 'CĐ', placeName: 'X', date: '2026-01-05' },
      title: 'T',
      basis: [],
      intro: [],
      body: [],
      closing: [],
      signer: { authority: null, title: 'CHỦ TỊCH', name: 'A' },
      recipients: [],
      annexes: [{ title: 'Mẫu', note: null, source: 'report-round', blocks: [table] }],
    };
    expect(officialDocumentSchema.safeParse(doc).success).toBe(false);
    expect(
      officialDocumentSchema.safeParse({ ...doc, annexes: [{ ...doc.annexes[0], blocks: [{ ...table, boldRows: [0] }] }] }).success,
    ).toBe(true);
  });
});
