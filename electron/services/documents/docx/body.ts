import { AlignmentType, LineRuleType, Paragraph, type Table } from 'docx';
import type { Block } from '../../../../shared/documents/model';
import { blockLine, numberBlocks } from '../../../../shared/documents/numbering';
import { bodyTable } from './body-table';
import type { PageSetup } from './page';
import { markedRuns } from './runs';

// Body text: size 14, justified, first-line indent 1.27 cm, 6 pt after, line spacing 1.15.
// Headings 'I. …' (caps) / '1. …' / '1.1. …' bold; bullets '- …'; points 'a) …'; tables.

export interface BodyStyle {
  bold?: boolean;
  italics?: boolean;
  keepNext?: boolean;
}

export function bodyParagraph(text: string, setup: PageSetup, style: BodyStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: setup.firstLineIndent },
    spacing: { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO },
    keepNext: style.keepNext,
    keepLines: style.keepNext,
    children: markedRuns(text, { size: setup.bodySize, bold: style.bold, italics: style.italics }),
  });
}

/**
 * The outline as Word paragraphs and tables; `width` is the text width of the page in twips.
 * `keepEndWithNext`: a table ending the blocks keeps its last rows with what follows (signatures).
 */
export function renderBlocks(blocks: readonly Block[], setup: PageSetup, width: number, keepEndWithNext = false): (Paragraph | Table)[] {
  const labels = numberBlocks(blocks);
  const out: (Paragraph | Table)[] = [];
  blocks.forEach((block, i) => {
    if (block.type === 'table') {
      const keep = keepEndWithNext && i === blocks.length - 1;
      out.push(bodyTable(block, setup, width, keep));
      // Word fuses two tables with nothing between them: keep a small paragraph after each.
      out.push(new Paragraph({ keepNext: keep || undefined, spacing: { before: 0, after: 120, line: 240 }, children: [] }));
      return;
    }
    const text = blockLine(block, labels[i]);
    out.push(bodyParagraph(text, setup, block.type === 'heading' ? { bold: true, keepNext: true } : {}));
  });
  return out;
}
