import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEXT_WIDTH_TWIPS,
  SHORT_RULE_SHARE,
  STYLES,
  addresseeLayout,
  headerColumns,
  officialLayout,
} from '../../../shared/documents/header-layout';
import { MOTTO } from '../../../shared/documents/layout';
import { breakBalanced } from '../../../shared/documents/line-break';
import { nameInText } from '../../../shared/documents/office-text';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { textWidthPt } from '../../../shared/documents/text-measure';
import { EXAMPLE_OFFICE, officeSettingsSchema } from '../../../shared/settings/schema';
import { oneLine } from '../../../shared/text/vi';
import { resolvePageSetup } from '../../../electron/services/documents/docx/page';
import { tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';

// Header lines broken the way a clerk breaks them, and rules sized from the measured text
// (Times New Roman advance widths shipped in shared/documents/font-metrics.ts).

const LEFT_PT = headerColumns(DEFAULT_TEXT_WIDTH_TWIPS).leftInner / 20;
const words = (lines: string[]) => lines.join(' ').split(' ');

describe('text width (Times New Roman metrics)', () => {
  it('adds up the advance widths: A is 1479/2048 em regular, the motto 159 pt in bold 13', () => {
    expect(textWidthPt('A', { size: 13 })).toBeCloseTo((1479 / 2048) * 13, 6);
    expect(textWidthPt('AA', { size: 26 })).toBeCloseTo(4 * textWidthPt('A', { size: 13 }), 6);
    expect(textWidthPt(MOTTO, STYLES.motto)).toBeCloseTo(159.14, 1);
    expect(textWidthPt('HẠNH PHÚC', { size: 13, bold: true })).toBeGreaterThan(textWidthPt('HẠNH PHÚC', { size: 13 }));
  });

  it('measures decomposed (NFD) text like the same text in NFC', () => {
    const nfc = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG';
    expect(textWidthPt(nfc.normalize('NFD'), STYLES.superior)).toBeCloseTo(textWidthPt(nfc, STYLES.superior), 6);
  });

  it('uses the default page: the shared text width is the Word writer’s', () => {
    expect(resolvePageSetup().textWidth).toBe(DEFAULT_TEXT_WIDTH_TWIPS);
  });
});

describe('header line breaks', () => {
  it('keeps KIÊN GIANG whole: LIÊN ĐOÀN LAO ĐỘNG / TỈNH KIÊN GIANG at 40 % of the page', () => {
    expect(textWidthPt('LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG', STYLES.superior)).toBeGreaterThan(LEFT_PT);
    expect(breakBalanced('LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG', STYLES.superior, LEFT_PT)).toEqual([
      'LIÊN ĐOÀN LAO ĐỘNG',
      'TỈNH KIÊN GIANG',
    ]);
    expect(breakBalanced('LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN', STYLES.issuer, LEFT_PT)).toEqual([
      'LIÊN ĐOÀN LAO ĐỘNG',
      'HUYỆN VĨNH THUẬN',
    ]);
    expect(breakBalanced('LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH', STYLES.superior, LEFT_PT)).toEqual([
      'LIÊN ĐOÀN LAO ĐỘNG',
      'THÀNH PHỐ HỒ CHÍ MINH',
    ]);
    expect(breakBalanced('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', STYLES.superior, LEFT_PT)).toEqual(['TỔNG LIÊN ĐOÀN', 'LAO ĐỘNG VIỆT NAM']);
  });

  it('leaves a name that fits on one line, and collapses spaces', () => {
    expect(breakBalanced('  CÔNG ĐOÀN   NGÀNH Y TẾ ', STYLES.issuer, LEFT_PT)).toEqual(['CÔNG ĐOÀN NGÀNH Y TẾ']);
  });

  it('keeps the line break the clerk typed, and still breaks a typed line that is too long', () => {
    expect(breakBalanced('LIÊN ĐOÀN LAO ĐỘNG TỈNH\nKIÊN GIANG', STYLES.superior, LEFT_PT)).toEqual([
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH',
      'KIÊN GIANG',
    ]);
    expect(breakBalanced('CÔNG ĐOÀN\r\n\r\nPHƯỜNG 1', STYLES.issuer, LEFT_PT)).toEqual(['CÔNG ĐOÀN', 'PHƯỜNG 1']);
    const long = breakBalanced('CÔNG ĐOÀN CƠ SỞ\nCÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT', STYLES.issuer, LEFT_PT);
    expect(long[0]).toBe('CÔNG ĐOÀN CƠ SỞ');
    expect(long.length).toBeGreaterThan(2);
  });

  it('very long names: every line fits, no word is lost or moved, no lone short tail', () => {
    const names = [
      'CÔNG ĐOÀN CƠ SỞ CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT KIÊN GIANG',
      'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TRUNG HỌC PHỔ THÔNG CHUYÊN HUỲNH MẪN ĐẠT THÀNH PHỐ RẠCH GIÁ TỈNH KIÊN GIANG',
      'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN '.repeat(5).trim(),
    ];
    for (const name of names) {
      for (const style of [STYLES.superior, STYLES.issuer]) {
        const lines = breakBalanced(name, style, LEFT_PT);
        expect(words(lines)).toEqual(name.split(' '));
        for (const line of lines) {
          expect(textWidthPt(line, style), line).toBeLessThanOrEqual(LEFT_PT);
          expect(textWidthPt(line, style), `${name}: lone "${line}"`).toBeGreaterThan(LEFT_PT * 0.35);
        }
      }
    }
  });

  it('balances the lines: the shortest line is at least half the longest', () => {
    const lines = breakBalanced('CÔNG ĐOÀN VIÊN CHỨC TỈNH KIÊN GIANG', STYLES.issuer, LEFT_PT);
    const widths = lines.map((l) => textWidthPt(l, STYLES.issuer));
    expect(lines).toEqual(['CÔNG ĐOÀN VIÊN CHỨC', 'TỈNH KIÊN GIANG']);
    expect(Math.min(...widths)).toBeGreaterThan(Math.max(...widths) / 2);
  });
});

describe('rules sized from the measured text', () => {
  const layout = officialLayout(tetWorkersMonthPlan2024());

  it('issuer: 1/3 of its longest printed line; motto: as long as the motto', () => {
    expect(layout.issuerLines).toEqual(['LIÊN ĐOÀN LAO ĐỘNG', 'HUYỆN VĨNH THUẬN']);
    const longest = Math.max(...layout.issuerLines.map((l) => textWidthPt(l, STYLES.issuer)));
    expect(layout.issuerRulePt).toBeCloseTo(longest * SHORT_RULE_SHARE, 6);
    expect(layout.mottoRulePt).toBeCloseTo(textWidthPt(MOTTO, STYLES.motto), 6);
  });

  it('subject: one line when it fits, the rule 1/3 of it; a long subject is balanced', () => {
    expect(layout.subjectLines).toEqual(['Tổ chức các hoạt động Tháng Công nhân năm 2024']);
    expect(layout.subjectRulePt).toBeCloseTo(textWidthPt(layout.subjectLines[0], STYLES.subject) / 3, 6);
    const long = officialLayout({
      ...tetWorkersMonthPlan2024(),
      title: 'Tổ chức các hoạt động Tháng Công nhân năm 2024 gắn với Tháng hành động về an toàn, vệ sinh lao động trên địa bàn huyện',
    });
    expect(long.subjectLines).toHaveLength(2);
    const [a, b] = long.subjectLines.map((l) => textWidthPt(l, STYLES.subject));
    expect(Math.min(a, b) / Math.max(a, b)).toBeGreaterThan(0.7);
  });

  it('công văn: no subject under a title; V/v lines in the left column at 12 pt', () => {
    const cv = officialLayout({ ...tetWorkersMonthPlan2024(), kind: 'CV', title: 'Báo cáo kết quả' });
    expect(cv.subjectLines).toEqual([]);
    expect(cv.vvLines).toEqual(['V/v Báo cáo kết quả']);
  });
});

describe('Kính gửi', () => {
  it('nothing without addressees; one addressee on the label line, trailing punctuation dropped', () => {
    expect(addresseeLayout(undefined, 14)).toEqual({ mode: 'none' });
    expect(addresseeLayout([' ', ''], 14)).toEqual({ mode: 'none' });
    expect(addresseeLayout(['Ban Thường vụ LĐLĐ tỉnh;'], 14)).toMatchObject({
      mode: 'single',
      line: 'Kính gửi: Ban Thường vụ LĐLĐ tỉnh',
      wraps: false,
    });
  });

  it('several: one line each "- …;", the last ".", aligned after the colon, the block centred', () => {
    const l = addresseeLayout(['Ban Thường vụ LĐLĐ tỉnh', 'Các CĐCS trực thuộc.', 'UBND huyện'], 14);
    if (l.mode !== 'list') throw new Error(l.mode);
    expect(l.lines).toEqual(['- Ban Thường vụ LĐLĐ tỉnh;', '- Các CĐCS trực thuộc;', '- UBND huyện.']);
    expect(l.itemIndentPt - l.labelIndentPt).toBeCloseTo(textWidthPt('Kính gửi: ', { size: 14 }), 6);
    const right = l.itemIndentPt + textWidthPt(l.lines[0], { size: 14 });
    expect(DEFAULT_TEXT_WIDTH_TWIPS / 20 - right).toBeCloseTo(l.labelIndentPt, 6);
  });
});

describe('a line break typed in a name', () => {
  it('is kept by Settings and by the document schema, each line cleaned, blank lines dropped', () => {
    const office = officeSettingsSchema.parse({
      ...EXAMPLE_OFFICE,
      superiorBody: '  LIÊN ĐOÀN LAO ĐỘNG TỈNH \r\n\r\n  KIÊN   GIANG ',
      issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN VĨNH THUẬN',
    });
    expect(office.superiorBody).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH\nKIÊN GIANG');
    expect(officeSettingsSchema.parse({ ...EXAMPLE_OFFICE, superiorBody: ' \n ' }).superiorBody).toBeNull();
    expect(officeSettingsSchema.safeParse({ ...EXAMPLE_OFFICE, issuingBody: '\n\n' }).success).toBe(false);
    const doc = officialDocumentSchema.parse({
      ...tetWorkersMonthPlan2024(),
      header: { ...tetWorkersMonthPlan2024().header, issuingBody: office.issuingBody },
    });
    expect(doc.header.issuingBody).toBe('LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN VĨNH THUẬN');
  });

  it('reads as one line in running text', () => {
    expect(nameInText('LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN VĨNH THUẬN')).toBe('Liên đoàn Lao động huyện Vĩnh Thuận');
    expect(oneLine('LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN VĨNH THUẬN')).toBe('LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN');
  });
});
