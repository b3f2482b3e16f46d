import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/docx/index';
import { RULE_GAP_PT, officialLayout } from '../../../shared/documents/header-layout';
import type { OfficialDocument } from '../../../shared/documents/model';
import { tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';
import { attrs, findParagraph, paragraphsOf, readDocx, tablesOf, type Para } from './read-docx';

// Công văn as NĐ 30/2020 Mẫu 1.4 lays it out, and the header's line breaks and rules, read back
// from word/document.xml.

const INTRO = 'Ban Thường vụ LĐLĐ huyện đề nghị các CĐCS trực thuộc báo cáo kết quả.';

function letter(addressees: string[]): OfficialDocument {
  return {
    ...tetWorkersMonthPlan2024(),
    kind: 'CV',
    header: { ...tetWorkersMonthPlan2024().header, number: 243 },
    title: 'Báo cáo kết quả Tháng Công nhân năm 2024',
    addressees,
    basis: [],
    intro: [INTRO],
    body: [],
    closing: [],
    annexes: [],
  };
}

async function xmlOf(doc: OfficialDocument): Promise<string> {
  return readDocx(await renderDocx(doc)).document;
}

/** Paragraphs after the header table, in order (the header table's own paragraphs left out). */
function afterHeader(xml: string): Para[] {
  return paragraphsOf(xml.slice(xml.indexOf(tablesOf(xml)[0]) + tablesOf(xml)[0].length));
}

const indentLeft = (p: Para) => Number(attrs(p.pPr, 'ind').left ?? 0);

describe('công văn (Mẫu 1.4)', () => {
  it('V/v sits under the number in the left column, 12 pt upright', async () => {
    const xml = await xmlOf(letter(['Ban Thường vụ LĐLĐ tỉnh']));
    const header = tablesOf(xml)[0];
    const cells = [...header.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphsOf(m[0]).map((p) => p.text));
    const numberCell = cells.find((c) => c.includes('Số: 243/LĐLĐ'));
    expect(numberCell).toEqual(['Số: 243/LĐLĐ', 'V/v Báo cáo kết quả Tháng\nCông nhân năm 2024']);
    const vv = findParagraph(header, /^V\/v /);
    expect(vv.runs.every((r) => r.size === 24 && !r.bold && !r.italic)).toBe(true);
    expect(xml).not.toContain('>KẾ HOẠCH<');
  });

  it('one addressee: "Kính gửi: …" on one centred line, then the body', async () => {
    const xml = await xmlOf(letter(['Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang']));
    const [first, second] = afterHeader(xml).filter((p) => p.text !== '');
    expect(first.text).toBe('Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang');
    expect(first.pPr).toContain('<w:jc w:val="center"/>');
    expect(first.runs.every((r) => r.size === 28 && !r.bold && !r.italic)).toBe(true);
    expect(second.text).toBe(INTRO);
  });

  it('several: "Kính gửi:" alone, one line per addressee "- …;" (the last "."), aligned after the colon, then the body', async () => {
    const xml = await xmlOf(letter(['Ban Thường vụ LĐLĐ tỉnh', 'Các CĐCS trực thuộc;', 'Phòng Lao động - Thương binh và Xã hội huyện']));
    const paras = afterHeader(xml).filter((p) => p.text !== '');
    expect(paras.slice(0, 5).map((p) => p.text)).toEqual([
      'Kính gửi:',
      '- Ban Thường vụ LĐLĐ tỉnh;',
      '- Các CĐCS trực thuộc;',
      '- Phòng Lao động - Thương binh và Xã hội huyện.',
      INTRO,
    ]);
    const [label, ...items] = paras.slice(0, 4);
    expect(new Set(items.map(indentLeft)).size).toBe(1);
    expect(indentLeft(items[0])).toBeGreaterThan(indentLeft(label));
    expect(label.pPr).not.toContain('<w:jc w:val="center"/>');
  });

  it('no addressees: no "Kính gửi" line at all', async () => {
    const xml = await xmlOf(letter([]));
    expect(xml).not.toContain('Kính gửi');
  });

  it('a plan has no "Kính gửi" even when addressees are set', async () => {
    const xml = await xmlOf({ ...tetWorkersMonthPlan2024(), addressees: ['Ban Thường vụ LĐLĐ tỉnh'] });
    expect(xml).not.toContain('Kính gửi');
  });
});

describe('header lines and rules in the .docx', () => {
  const plan = tetWorkersMonthPlan2024();

  it('prints the measured line breaks and rule lengths, each rule clear of the text above', async () => {
    const xml = await xmlOf(plan);
    const layout = officialLayout(plan);
    const paras = paragraphsOf(xml);
    const ruleAfter = (text: string) => paras[paras.findIndex((p) => p.text === text) + 1];
    const ruleLength = (p: Para, container: number) => container - Number(attrs(p.pPr, 'ind').left) - Number(attrs(p.pPr, 'ind').right);

    const issuerRule = ruleAfter('LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN VĨNH THUẬN');
    expect(ruleLength(issuerRule, layout.columns.leftInner)).toBeCloseTo(layout.issuerRulePt * 20, -1);
    const mottoRule = ruleAfter('Độc lập - Tự do - Hạnh phúc');
    expect(ruleLength(mottoRule, layout.columns.rightInner)).toBeCloseTo(layout.mottoRulePt * 20, -1);
    const subjectRule = ruleAfter('Tổ chức các hoạt động Tháng Công nhân năm 2024');
    expect(ruleLength(subjectRule, 9355)).toBeCloseTo(layout.subjectRulePt * 20, -1);
    for (const rule of [issuerRule, mottoRule, subjectRule]) {
      expect(rule.pPr).toMatch(/<w:bottom w:val="single"/);
      expect(Number(attrs(rule.pPr, 'spacing').before)).toBe(RULE_GAP_PT * 20);
    }
  });

  it('a name with a line break typed in Settings prints with that break', async () => {
    const xml = await xmlOf({ ...plan, header: { ...plan.header, superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH\nKIÊN GIANG' } });
    findParagraph(xml, 'LIÊN ĐOÀN LAO ĐỘNG TỈNH\nKIÊN GIANG');
  });
});
