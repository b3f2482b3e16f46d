import { describe, expect, it } from 'vitest';
import { DEFAULT_ANNIVERSARIES } from '../../../shared/documents/anniversaries';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { fillTokens, instantiateTemplate, periodText, shortDate, type TemplateValues } from '../../../shared/documents/templates';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { BUILT_IN_TEMPLATES } from '../../../resources/templates/index';

const values = (year: number, extra: Partial<TemplateValues> = {}): TemplateValues => ({
  year,
  date: `${year}-03-28`,
  office: EXAMPLE_OFFICE,
  events: DEFAULT_ANNIVERSARIES,
  theme: 'Đoàn kết công nhân - Triển khai nghị quyết',
  deadline: `${year}-05-26`,
  periodFrom: `${year}-05-01`,
  periodTo: `${year}-05-31`,
  ...extra,
});

const allText = (doc: ReturnType<typeof instantiateTemplate>['doc']) =>
  [doc.title, ...doc.basis, ...doc.intro, ...doc.body.map((b) => (b.type === 'table' ? b.columns.join(' ') : b.text)), ...doc.closing].join(
    '\n',
  );

describe('placeholders', () => {
  it('fills the year, the office names, the period and the deadline', () => {
    const v = values(2024);
    expect(fillTokens('năm {năm}, trước {năm_trước}, sau {năm_sau}', v).text).toBe('năm 2024, trước 2023, sau 2025');
    expect(fillTokens('Ban Thường vụ {đơn_vị_ban_hành}; {đơn_vị_viết_tắt}; cấp {cấp}', v).text).toBe(
      'Ban Thường vụ Liên đoàn Lao động huyện Vĩnh Thuận; LĐLĐ huyện; cấp huyện',
    );
    expect(fillTokens('{cấp_trên} ({cấp_trên_viết_tắt}), {địa_danh}, {ký_hiệu}', v).text).toBe(
      'Liên đoàn Lao động tỉnh Kiên Giang (LĐLĐ tỉnh), Vĩnh Thuận, LĐLĐ',
    );
    expect(fillTokens('Thực hiện {thời_gian}; trước ngày {hạn_báo_cáo}; chủ đề “{chủ_đề}”', v).text).toBe(
      'Thực hiện từ ngày 01/5 đến 31/5/2024; trước ngày 26/5/2024; chủ đề “Đoàn kết công nhân - Triển khai nghị quyết”',
    );
  });

  it('computes the anniversaries of the year, as the issue lists them for 2024', () => {
    const v = values(2024);
    expect(fillTokens('kỷ niệm {kỷ_niệm:labour-day}', v).text).toBe('kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2024)');
    expect(fillTokens('{kỷ_niệm:ho-chi-minh-birthday}', v).text).toBe('134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)');
    expect(fillTokens('{kỷ_niệm:dien-bien-phu}', v).text).toBe('70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)');
    expect(fillTokens('{kỷ_niệm:vietnam-trade-union}', v).text).toBe('95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)');
    expect(fillTokens('{kỷ_niệm_ngắn:labour-day}', values(2025)).text).toBe('139 năm Ngày Quốc tế Lao động 1/5');
    // The list: round ones by default; the clerk's ticks otherwise.
    expect(fillTokens('{các_ngày_kỷ_niệm}', v).text).toBe('kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)');
    const ticked = values(2024, { anniversaries: ['labour-day@2024', 'dien-bien-phu@2024', 'ho-chi-minh-birthday@2024'] });
    expect(fillTokens('{các_ngày_kỷ_niệm}', ticked).text).toBe(
      'kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2024); kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024); kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)',
    );
    expect(fillTokens('{các_ngày_kỷ_niệm}', values(2024, { anniversaries: [] })).text).toBe('…');
  });

  it('uses the office list of events (an added event appears in the period list)', () => {
    const events = [...DEFAULT_ANNIVERSARIES, { key: 'tinh-nha', label: 'Ngày tái lập tỉnh', date: '1997-05-15' }];
    expect(fillTokens('{các_ngày_kỷ_niệm}', values(2024, { events, anniversaries: ['tinh-nha@2024'] })).text).toBe(
      'kỷ niệm 27 năm Ngày tái lập tỉnh (15/5/1997 - 15/5/2024)',
    );
    // Round, so ticked by default in 2027.
    expect(fillTokens('{các_ngày_kỷ_niệm}', values(2027, { events })).text).toContain(
      'kỷ niệm 30 năm Ngày tái lập tỉnh (15/5/1997 - 15/5/2027)',
    );
    expect(fillTokens('{kỷ_niệm:tinh-nha}', values(2024, { events })).text).toBe('27 năm Ngày tái lập tỉnh (15/5/1997 - 15/5/2024)');
  });

  it('leaves missing values as blanks for the clerk and reports unknown placeholders', () => {
    const v = values(2025, { theme: null, deadline: null, periodFrom: null, periodTo: null });
    expect(fillTokens('“{chủ_đề}” {hạn_báo_cáo} {thời_gian}', v).text).toBe('“…” …/…/2025 từ ngày … đến ngày …');
    expect(fillTokens('{không_có} {kỷ_niệm:khong-co}', v)).toEqual({
      text: '{không_có} {kỷ_niệm:khong-co}',
      unknown: ['{không_có}', '{kỷ_niệm:khong-co}'],
    });
  });

  it('writes short dates as the seeds do', () => {
    expect(shortDate('2024-05-01', false)).toBe('01/5');
    expect(shortDate('2024-05-26')).toBe('26/5/2024');
    expect(shortDate('2024-12-05')).toBe('05/12/2024');
    expect(periodText('2024-12-15', '2025-01-15')).toBe('từ ngày 15/12/2024 đến 15/1/2025');
  });
});

describe('built-in templates', () => {
  it('has the two Tháng Công nhân templates, a generic plan and a generic report', () => {
    const keys = BUILT_IN_TEMPLATES.map((t) => [t.key, t.content.kind]);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['tcn-ke-hoach', 'KH'],
        ['tcn-huong-dan', 'HD'],
        ['ke-hoach', 'KH'],
        ['bao-cao', 'BC'],
      ]),
    );
    expect(BUILT_IN_TEMPLATES.find((t) => t.key === 'tcn-ke-hoach')!.name).toBe('Kế hoạch tổ chức các hoạt động Tháng Công nhân năm {năm}');
    expect(BUILT_IN_TEMPLATES.find((t) => t.key === 'tcn-huong-dan')!.name).toBe(
      'Hướng dẫn tổ chức các hoạt động Tháng Công nhân năm {năm}',
    );
  });

  for (const t of BUILT_IN_TEMPLATES) {
    it(`${t.key}: every placeholder is filled and the result is a valid document`, () => {
      for (const year of [2024, 2025, 2031]) {
        const made = instantiateTemplate(t.content, values(year));
        expect(made.warnings).toEqual([]);
        expect(allText(made.doc)).not.toMatch(/[{}]/);
        expect(officialDocumentSchema.safeParse(made.doc).success).toBe(true);
        expect(made.doc.header).toMatchObject({ issuingBody: EXAMPLE_OFFICE.issuingBody, codeSuffix: 'LĐLĐ', number: null });
        expect(made.doc.signer).toEqual({ authority: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Lê Kim Thoa' });
        expect(made.doc.recipients).toEqual(EXAMPLE_OFFICE.recipients);
      }
    });
  }

  it('the Tháng Công nhân plan for 2024 carries the anniversaries of 2024', () => {
    const t = BUILT_IN_TEMPLATES.find((x) => x.key === 'tcn-ke-hoach')!;
    const ticked = ['labour-day@2024', 'dien-bien-phu@2024', 'ho-chi-minh-birthday@2024'];
    const text = allText(instantiateTemplate(t.content, values(2024, { anniversaries: ticked })).doc);
    expect(text).toContain('kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2024)');
    expect(text).toContain('70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)');
    expect(text).toContain('134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)');
    expect(text).toContain('95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)');
    expect(text).toContain('trước ngày 26/5/2024 (theo mẫu gửi kèm)');
  });
});

describe('the short name "LĐLĐ huyện"', () => {
  const text = (doc: ReturnType<typeof instantiateTemplate>['doc']) =>
    [...doc.basis, ...doc.intro, ...doc.body.map((b) => (b.type === 'table' ? '' : b.text)), ...doc.closing].join('\n');

  for (const key of ['tcn-ke-hoach', 'tcn-huong-dan']) {
    it(`is introduced where ${key} first names the office in full, and used after that`, () => {
      const t = BUILT_IN_TEMPLATES.find((x) => x.key === key)!;
      const all = text(instantiateTemplate(t.content, values(2025)).doc);
      const introduced = all.indexOf('Liên đoàn Lao động (LĐLĐ) huyện Vĩnh Thuận');
      expect(introduced).toBeGreaterThanOrEqual(0);
      expect(all.indexOf('Liên đoàn Lao động huyện Vĩnh Thuận')).toBe(-1);
      expect(all.indexOf('LĐLĐ huyện')).toBeGreaterThan(introduced);
      // Once: the superior body is not touched, and nothing is introduced twice.
      expect(all.split('(LĐLĐ)').length - 1).toBe(1);
      expect(all).not.toContain('Lao động (LĐLĐ) tỉnh');
    });
  }

  it('is not introduced where the office has no such abbreviation (a ward union since 2025)', () => {
    const t = BUILT_IN_TEMPLATES.find((x) => x.key === 'tcn-ke-hoach')!;
    const ward = { ...EXAMPLE_OFFICE, issuingBody: 'CÔNG ĐOÀN PHƯỜNG BẾN NGHÉ' };
    const all = text(instantiateTemplate(t.content, { ...values(2025), office: ward }).doc);
    expect(all).not.toMatch(/\(LĐLĐ\)|\(CĐ/);
    expect(all).toContain('Ban Thường vụ Công đoàn phường Bến Nghé xây dựng');
  });
});
