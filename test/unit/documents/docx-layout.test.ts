import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/docx/index';
import { tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';
import { attrs, findParagraph, paragraphsOf, readDocx, sections, tablesOf, type Para } from './read-docx';

// Header block, title, body, signature and annex of the sample plan (document-format.md).

let xml: string;
beforeAll(async () => {
  xml = readDocx(await renderDocx(tetWorkersMonthPlan2024())).document;
});

function style(p: Para) {
  const withText = p.runs.filter((r) => r.text !== '');
  return {
    sizes: [...new Set(withText.map((r) => r.size))],
    bold: withText.every((r) => r.bold),
    notBold: withText.every((r) => !r.bold),
    italic: withText.every((r) => r.italic),
    upright: withText.every((r) => !r.italic),
    centred: p.pPr.includes('<w:jc w:val="center"/>'),
  };
}

/** The paragraph after the one with `text`. */
function next(text: string): Para {
  const all = paragraphsOf(xml);
  const i = all.findIndex((p) => p.text === text);
  return all[i + 1];
}

/** Length of the short line drawn by a bordered empty paragraph inside a cell `cellWidth` wide. */
function lineLength(p: Para, containerWidth: number): number {
  const ind = attrs(p.pPr, 'ind');
  return containerWidth - Number(ind.left ?? 0) - Number(ind.right ?? 0);
}

function hasBottomLine(p: Para): boolean {
  return /<w:pBdr>[\s\S]*<w:bottom w:val="single"/.test(p.pPr) && p.text === '';
}

describe('header block', () => {
  it('is a borderless two-column table, about 40% / 60%', () => {
    const header = tablesOf(xml)[0];
    const grid = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(2);
    const share = grid[0] / (grid[0] + grid[1]);
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.45);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(header)?.[1] ?? '';
    expect([...borders.matchAll(/w:val="(\w+)"/g)].every((m) => m[1] === 'none' || m[1] === 'nil')).toBe(true);
  });

  it('left column: superior body 13 plain, issuing body 13 bold with a short line, number 13', () => {
    expect(style(findParagraph(xml, 'LIÊN ĐOÀN LAO ĐỘNG\nTỈNH KIÊN GIANG'))).toMatchObject({
      sizes: [26],
      notBold: true,
      upright: true,
      centred: true,
    });
    expect(style(findParagraph(xml, 'LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN VĨNH THUẬN'))).toMatchObject({ sizes: [26], bold: true, centred: true });
    const line = next('LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN VĨNH THUẬN');
    expect(hasBottomLine(line)).toBe(true);
    expect(style(findParagraph(xml, 'Số: 29/KH-LĐLĐ'))).toMatchObject({ sizes: [26], notBold: true, upright: true, centred: true });
  });

  it('right column: national title 12 bold, motto 13 bold with a line as long as itself, date 13 italic', () => {
    expect(style(findParagraph(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toMatchObject({ sizes: [24], bold: true, centred: true });
    expect(style(findParagraph(xml, 'Độc lập - Tự do - Hạnh phúc'))).toMatchObject({ sizes: [26], bold: true, centred: true });
    const motto = next('Độc lập - Tự do - Hạnh phúc');
    expect(hasBottomLine(motto)).toBe(true);
    const grid = [...tablesOf(xml)[0].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const cellInner = grid[1] - 2 * 57;
    // Measured width of the motto in bold Times New Roman 13 pt is about 3017 twips.
    expect(lineLength(motto, cellInner)).toBeGreaterThan(2800);
    expect(lineLength(motto, cellInner)).toBeLessThan(3300);
    const date = findParagraph(xml, 'Vĩnh Thuận, ngày 28 tháng 3 năm 2024');
    expect(style(date)).toMatchObject({ sizes: [26], italic: true, notBold: true, centred: true });
  });

  it('puts the number and the date on the same row', () => {
    const rows = [...tablesOf(xml)[0].matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.some((r) => r.includes('Số: 29/KH-LĐLĐ') && r.includes('Vĩnh Thuận, ngày 28 tháng 3 năm 2024'))).toBe(true);
  });
});

describe('title', () => {
  it('type name caps 14 bold, subject 14 bold, both centred, with a short line under the subject', () => {
    expect(style(findParagraph(xml, 'KẾ HOẠCH'))).toMatchObject({ sizes: [28], bold: true, centred: true });
    const subject = 'Tổ chức các hoạt động Tháng Công nhân năm 2024';
    expect(style(findParagraph(xml, subject))).toMatchObject({ sizes: [28], bold: true, centred: true });
    const line = next(subject);
    expect(hasBottomLine(line)).toBe(true);
    const len = lineLength(line, 11906 - 1701 - 850);
    expect(len).toBeGreaterThan(1000);
    expect(len).toBeLessThan(4000);
  });
});

describe('body', () => {
  it('is 14, justified, first-line indent 1.27 cm, 6 pt after, line spacing 1.15', () => {
    const p = findParagraph(xml, /^- Nhằm tuyên truyền/);
    expect(style(p)).toMatchObject({ sizes: [28], notBold: true, upright: true });
    expect(p.pPr).toContain('<w:jc w:val="both"/>');
    expect(attrs(p.pPr, 'ind')).toMatchObject({ firstLine: '720' });
    expect(attrs(p.pPr, 'spacing')).toMatchObject({ after: '120', line: '276', lineRule: 'auto' });
  });

  it('prints basis lines italic and the intro upright', () => {
    expect(style(findParagraph(xml, /^Thực hiện Kế hoạch số 29\/KH-LĐLĐ/))).toMatchObject({ sizes: [28], italic: true });
    expect(style(findParagraph(xml, /^Ban Thường vụ Liên đoàn Lao động \(LĐLĐ\) huyện xây dựng/))).toMatchObject({ upright: true });
  });

  it('numbers headings I. / 1. / 1.1. in bold, level 1 in capitals', () => {
    for (const text of [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '2. Yêu cầu',
      '1.1. Đẩy mạnh tuyên truyền, triển khai thực hiện nghị quyết đại hội công đoàn các cấp',
    ]) {
      const p = findParagraph(xml, text);
      expect(style(p)).toMatchObject({ sizes: [28], bold: true });
      expect(p.pPr).toContain('<w:keepNext/>');
    }
  });

  it('has the sections of seed 000 in the same order', () => {
    const level1 = paragraphsOf(xml)
      .map((p) => p.text)
      .filter((t) => /^[IVX]+\. /.test(t));
    expect(level1).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. CHỦ ĐỀ, THỜI GIAN', 'III. NỘI DUNG HOẠT ĐỘNG', 'IV. TỔ CHỨC THỰC HIỆN']);
    const level2 = paragraphsOf(xml)
      .filter((p) => style(p).bold && /^\d+\. /.test(p.text))
      .map((p) => p.text.replace(/^(\d+\. \S+).*/, '$1'));
    expect(level2).toEqual([
      '1. Mục',
      '2. Yêu',
      '1. Chủ',
      '2. Thời',
      '1. Chương',
      '2. Tổ',
      '3. Chương',
      '4. Hưởng',
      '5. Hoạt',
      '6. Hoạt',
      '1. LĐLĐ',
      '2. Các',
    ]);
  });

  it('prints the anniversaries of 2024', () => {
    expect(xml).toContain(
      'kỷ niệm 138 năm Ngày Quốc tế Lao động 1/5 và kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024); kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh.',
    );
  });
});

describe('signature and distribution', () => {
  it('is a borderless table: Nơi nhận 12 bold italic, recipients 11, last ending with a full stop', () => {
    const sig = tablesOf(xml).find((t) => t.includes('Nơi nhận:')) ?? '';
    expect(sig).toContain('Lê Kim Thoa');
    expect(style(findParagraph(sig, 'Nơi nhận:'))).toMatchObject({ sizes: [24], bold: true, italic: true });
    const recipients = paragraphsOf(sig).filter((p) => p.text.startsWith('- '));
    expect(recipients.map((p) => p.text)).toEqual([
      '- Ban TG-NC LĐLĐ tỉnh;',
      '- Ban Thường vụ LĐLĐ huyện;',
      '- Các CĐCS trực thuộc;',
      '- Lưu: VT.',
    ]);
    for (const p of recipients) expect(style(p)).toMatchObject({ sizes: [22], notBold: true, upright: true });
  });

  it('right column: authority and title caps 14 bold, about 4 empty lines, the name 14 bold', () => {
    const sig = tablesOf(xml).find((t) => t.includes('Nơi nhận:')) ?? '';
    const cells = [...sig.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    const right = paragraphsOf(cells[1]);
    expect(right.map((p) => p.text)).toEqual(['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', '', '', '', '', 'Lê Kim Thoa']);
    for (const p of [right[0], right[1], right[6]]) expect(style(p)).toMatchObject({ sizes: [28], bold: true, centred: true });
  });

  it('comes after the closing paragraph, which ends with ./. and stays with it', () => {
    const closing = findParagraph(xml, /^Trên đây là Kế hoạch/);
    expect(closing.text.endsWith('./.')).toBe(true);
    expect(closing.pPr).toContain('<w:keepNext/>');
  });
});

describe('annex', () => {
  it('starts a new section with Phụ lục 14 bold, title in caps bold and the italic note', () => {
    expect(sections(xml)).toHaveLength(2);
    const label = findParagraph(xml, 'Phụ lục');
    expect(style(label)).toMatchObject({ sizes: [28], bold: true, centred: true });
    expect(style(findParagraph(xml, 'MẪU BÁO CÁO KẾT QUẢ TỔ CHỨC CÁC HOẠT ĐỘNG THÁNG CÔNG NHÂN NĂM 2024'))).toMatchObject({
      bold: true,
      centred: true,
    });
    expect(style(findParagraph(xml, '(Kèm theo Kế hoạch số 29/KH-LĐLĐ ngày 28 tháng 3 năm 2024)'))).toMatchObject({
      italic: true,
      centred: true,
    });
    // The first section (with the signature) ends before the annex label.
    expect(xml.indexOf('Lê Kim Thoa')).toBeLessThan(xml.indexOf('<w:sectPr'));
    expect(xml.indexOf('<w:sectPr')).toBeLessThan(xml.indexOf('>Phụ lục<'));
  });

  it('prints its table with borders and a bold header row repeated on each page', () => {
    const table = tablesOf(xml).find((t) => t.includes('Nội dung') && t.includes('Đơn vị tính')) ?? '';
    expect(table).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="single"/);
    expect(table).toContain('<w:tblHeader/>');
    const headerRow = /<w:tr[\s>][\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
    for (const p of paragraphsOf(headerRow)) expect(style(p).bold).toBe(true);
    expect(paragraphsOf(headerRow).map((p) => p.text)).toEqual(['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú']);
  });
});
