import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/docx/index';
import { blankParts } from '../../../shared/documents/blanks';
import type { OfficialDocument } from '../../../shared/documents/model';
import { UNKNOWN_FIGURE } from '../../../shared/text/typography';
import { tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';
import { findParagraph, paragraphsOf, readDocx, tablesOf } from './read-docx';

// An unknown figure is a marked blank for the clerk: '…..' highlighted in yellow in the Word file
// (in running text and in table cells), the rest of the text as usual.

describe('unknown figures', () => {
  it('split out of a text', () => {
    expect(blankParts(`có ${UNKNOWN_FIGURE} công đoàn cơ sở với ${UNKNOWN_FIGURE} đoàn viên`)).toEqual([
      { text: 'có ', blank: false },
      { text: UNKNOWN_FIGURE, blank: true },
      { text: ' công đoàn cơ sở với ', blank: false },
      { text: UNKNOWN_FIGURE, blank: true },
      { text: ' đoàn viên', blank: false },
    ]);
    expect(blankParts('Thuận lợi: …')).toEqual([{ text: 'Thuận lợi: …', blank: false }]);
    expect(blankParts(`${UNKNOWN_FIGURE}%`)).toEqual([
      { text: UNKNOWN_FIGURE, blank: true },
      { text: '%', blank: false },
    ]);
  });

  it('are highlighted in yellow in the .docx, in paragraphs and table cells', async () => {
    const base = tetWorkersMonthPlan2024();
    const doc: OfficialDocument = {
      ...base,
      intro: [`Huyện có ${UNKNOWN_FIGURE} công đoàn cơ sở với ${UNKNOWN_FIGURE} đoàn viên.`],
      body: [...base.body, { type: 'table', columns: ['TT', 'Nội dung', 'Tổng số'], rows: [['1', 'Đoàn viên', UNKNOWN_FIGURE]] }],
    };
    const xml = readDocx(await renderDocx(doc)).document;
    const p = findParagraph(xml, /^Huyện có/);
    const marked = p.runs.filter((r) => r.rPr.includes('<w:highlight w:val="yellow"/>'));
    expect(marked.map((r) => r.text)).toEqual([UNKNOWN_FIGURE, UNKNOWN_FIGURE]);
    expect(p.runs.filter((r) => !r.rPr.includes('w:highlight')).map((r) => r.text)).toEqual([
      'Huyện có ',
      ' công đoàn cơ sở với ',
      ' đoàn viên.',
    ]);
    expect(p.runs.every((r) => r.size === 28)).toBe(true);
    const cell = tablesOf(xml)
      .flatMap((t) => paragraphsOf(t))
      .find((c) => c.text === UNKNOWN_FIGURE)!;
    expect(cell.runs[0].rPr).toContain('<w:highlight w:val="yellow"/>');
    // Nothing else is highlighted.
    expect(xml.split('<w:highlight').length - 1).toBe(3);
  });
});
