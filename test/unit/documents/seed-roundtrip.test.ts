import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { cleanText } from '../../../shared/text/vi';
import { ok, testContext } from '../../support/context';
import { paragraphsOf, readDocx } from './read-docx';

// Round trip of a seed-like plan: the Tháng Công nhân 2024 plan made FROM THE BUILT-IN TEMPLATE,
// written to .docx and read back, has seed 000's sections in seed 000's order (and its frame:
// title, basis, closing, signature).

const SEED = fs.readFileSync(path.join(__dirname, '../../fixtures/documents/seed-000.txt'), 'utf8');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Headings of the seed text, recognised by their numbering continuing the outline ('1.' after 'I.', '1.1.' under '1.'),
 * so numbered list items inside a section ('1. Phát động …' under '6.') are not taken for headings. */
function seedHeadings(text: string): string[] {
  const out: string[] = [];
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  for (const raw of text.split('\n')) {
    const line = cleanText(raw.replace(/\[bookmark: [^\]]*\]/g, ''));
    let m = /^([IVX]+)\.\s+(.+)$/.exec(line);
    if (m && m[1] === ROMAN[l1]) {
      l1 += 1;
      l2 = 0;
      l3 = 0;
      out.push(line);
      continue;
    }
    m = /^(\d+)\.(\d+)\.\s+(.+)$/.exec(line);
    if (m && Number(m[1]) === l2 && Number(m[2]) === l3 + 1) {
      l3 += 1;
      out.push(line);
      continue;
    }
    m = /^(\d+)\.\s+(.+)$/.exec(line);
    if (m && l1 > 0 && Number(m[1]) === l2 + 1) {
      l2 += 1;
      l3 = 0;
      out.push(line);
    }
  }
  return out;
}

describe('Tháng Công nhân 2024 plan from the built-in template vs seed 000', () => {
  const ctx = testContext();
  let lines: { text: string; bold: boolean }[] = [];

  beforeAll(async () => {
    await ok(ctx, 'settings.update', {
      ...EXAMPLE_OFFICE,
      superiorBody: EXAMPLE_OFFICE.superiorBody ?? '',
      address: '',
      phone: '',
      email: '',
    });
    const { document } = await ok(ctx, 'documents.create', {
      templateKey: 'tcn-ke-hoach',
      year: 2024,
      date: '2024-03-28',
      theme: 'Đoàn kết công nhân - Triển khai nghị quyết',
      // The anniversaries seed 000 names, as the clerk ticks them.
      anniversaries: ['labour-day@2024', 'dien-bien-phu@2024', 'ho-chi-minh-birthday@2024'],
    });
    const file = await ok(ctx, 'documents.exportDocx', { id: document.id });
    const { document: xml } = readDocx(Buffer.from(file.dataBase64, 'base64'));
    lines = paragraphsOf(xml)
      .map((p) => ({ text: cleanText(p.text), bold: p.runs.length > 0 && p.runs.every((r) => r.bold) }))
      .filter((p) => p.text);
  });
  afterAll(() => ctx.close());

  it('the seed parses into its 19 headings (sanity check of the parser)', () => {
    const seed = seedHeadings(SEED);
    expect(seed).toHaveLength(19);
    expect(seed[0]).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    expect(seed.at(-1)).toBe('2. Các CĐCS trực thuộc');
  });

  it('has the same sections in the same order, word for word (a numbered paragraph as a short heading and body text)', () => {
    const headings = lines.filter((l) => l.bold && /^([IVX]+|\d+(\.\d+)?)\.\s/.test(l.text)).map((l) => l.text);
    // Seed 000 numbers a 376-character sentence '1.3.': the template gives it a short heading and
    // prints the sentence as body text under it, so that one is compared by its number.
    const number = (h: string) => h.split(' ')[0];
    const seed = seedHeadings(SEED).map((h) => (h.length > 200 ? number(h) : h));
    expect(headings.map((h, i) => (seed[i]?.includes(' ') ? h : number(h)))).toEqual(seed);
    const long = seedHeadings(SEED).find((h) => h.length > 200)!;
    expect(lines.find((l) => !l.bold && long.endsWith(l.text))?.text).toMatch(/^Chủ động tham mưu, đề xuất/);
  });

  it('has the frame of the seed in the same order: header, title, basis, body, closing, signature', () => {
    const find = (re: RegExp) => {
      const i = lines.findIndex((l) => re.test(l.text));
      expect(i, String(re)).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      find(/^Vĩnh Thuận, ngày 28 tháng 3 năm 2024$/),
      find(/^KẾ HOẠCH$/),
      find(/^Tổ chức các hoạt động Tháng Công nhân năm 2024$/),
      find(/^Thực hiện Kế hoạch số/),
      find(
        /^Ban Thường vụ Liên đoàn Lao động \(LĐLĐ\) huyện Vĩnh Thuận xây dựng Kế hoạch tổ chức các hoạt động “Tháng Công nhân” năm 2024 như sau:$/,
      ),
      find(/^I\. MỤC ĐÍCH, YÊU CẦU$/),
      find(/^2\. Các CĐCS trực thuộc$/),
      find(/^Trên đây là Kế hoạch tổ chức các hoạt động Tháng Công nhân năm 2024/i),
      find(/^Nơi nhận:$/),
      find(/^TM\. BAN THƯỜNG VỤ$/),
      find(/^Lê Kim Thoa$/),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Key sentences of the seed come out with 2024's figures.
    const all = lines.map((l) => l.text).join('\n');
    expect(all).toContain('kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5');
    expect(all).toContain('70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)');
    expect(all).toContain('134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)');
    expect(all).toContain('về Văn phòng LĐLĐ huyện trước ngày 26/5/2024 (theo mẫu gửi kèm)');
  });
});
