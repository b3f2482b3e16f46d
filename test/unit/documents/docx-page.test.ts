import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/docx/index';
import { tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';
import { attrs, effectiveRuns, readDocx, runsOf, sections, tablesOf, type DocxParts } from './read-docx';

// Page set-up, fonts and page numbers of the Word output (document-format.md § Page).

let docx: DocxParts;
beforeAll(async () => {
  docx = readDocx(await renderDocx(tetWorkersMonthPlan2024()));
});

describe('page', () => {
  it('is A4 portrait with margins 20/20/30/15 mm', () => {
    const sect = sections(docx.document)[0];
    expect(attrs(sect, 'pgSz')).toMatchObject({ w: '11906', h: '16838', orient: 'portrait' });
    expect(attrs(sect, 'pgMar')).toMatchObject({ top: '1134', bottom: '1134', left: '1701', right: '850' });
  });

  it('takes margins from options, kept within the allowed ranges', async () => {
    const custom = readDocx(await renderDocx(tetWorkersMonthPlan2024(), { marginsMm: { top: 25, bottom: 22, left: 35, right: 20 } }));
    expect(attrs(sections(custom.document)[0], 'pgMar')).toMatchObject({ top: '1417', bottom: '1247', left: '1984', right: '1134' });
    const clamped = readDocx(await renderDocx(tetWorkersMonthPlan2024(), { marginsMm: { top: 5, left: 50 } }));
    expect(attrs(sections(clamped.document)[0], 'pgMar')).toMatchObject({ top: '1134', left: '1984', right: '850' });
  });
});

describe('fonts', () => {
  it('sets Times New Roman in the document defaults', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? '';
    expect(attrs(defaults, 'rFonts')).toEqual({
      ascii: 'Times New Roman',
      hAnsi: 'Times New Roman',
      cs: 'Times New Roman',
      eastAsia: 'Times New Roman',
    });
    expect(attrs(defaults, 'sz')).toEqual({ val: '28' });
    expect(attrs(defaults, 'lang')).toMatchObject({ val: 'vi-VN' });
  });

  it('uses Times New Roman for every rFonts, in every slot, in document, styles and headers', () => {
    const xmls = [docx.document, docx.styles, ...docx.allHeaders];
    let count = 0;
    for (const xml of xmls) {
      for (const m of xml.matchAll(/<w:rFonts[^>]*>/g)) {
        count += 1;
        const a = attrs(m[0], 'rFonts');
        expect(a).toEqual({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'Times New Roman' });
      }
      expect(xml).not.toMatch(/w:(ascii|hAnsi|cs|eastAsia)Theme=/);
    }
    expect(count).toBeGreaterThan(50);
  });

  it("prints every run with text in Times New Roman, black, at a set size (its own, its style's or the defaults)", () => {
    const runs = effectiveRuns(docx);
    expect(runs.length).toBeGreaterThan(50);
    for (const r of runs) {
      expect(r.fonts, r.text).toEqual({
        ascii: 'Times New Roman',
        hAnsi: 'Times New Roman',
        cs: 'Times New Roman',
        eastAsia: 'Times New Roman',
      });
      expect(r.color, r.text).toBe('000000');
      expect(r.size, r.text).not.toBeNull();
    }
  });

  it('prints table cells through a shared style: 13 pt in a narrow table, the run itself carries no font', () => {
    const table = tablesOf(docx.document).at(-1) ?? '';
    const cell = runsOf(table).find((r) => r.text !== '')!;
    expect(cell.rPr).not.toContain('<w:rFonts');
    const runs = effectiveRuns({ ...docx, document: table });
    expect(new Set(runs.map((r) => r.size))).toEqual(new Set([26]));
    expect(runs.every((r) => r.fonts.ascii === 'Times New Roman' && r.color === '000000')).toBe(true);
  });
});

describe('page numbers', () => {
  it('are left off page 1 (titlePg + empty first header) and centred, size 13, on the others', () => {
    const sect = sections(docx.document)[0];
    expect(sect).toContain('<w:titlePg/>');
    expect(docx.headers.first).not.toBeNull();
    expect(docx.headers.first).not.toMatch(/PAGE|fldSimple|<w:t[ >]/);
    const header = docx.headers.default ?? '';
    expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(header).toContain('<w:jc w:val="center"/>');
    expect(header).toContain('<w:sz w:val="26"/>');
  });

  it('keeps even and odd headers the same', () => {
    expect(docx.settings).not.toMatch(/<w:evenAndOddHeaders(?! w:val="false")/);
  });
});
