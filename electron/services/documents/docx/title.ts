import { Paragraph } from 'docx';
import { KIND_TITLES, type OfficialDocument } from '../../../../shared/documents/model';
import type { PageSetup } from './page';
import { centredLine, estimateTextWidth, ruleLine } from './runs';

// The title under the header block: type name (caps, 14, bold) and the subject (14, bold) with a
// short line under it. A công văn has none (its 'V/v …' sits under the number).

export function titleBlock(doc: OfficialDocument, setup: PageSetup): Paragraph[] {
  const kindTitle = KIND_TITLES[doc.kind];
  if (kindTitle === null) return [new Paragraph({ spacing: { before: 0, after: 240 }, children: [] })];
  const subjectWidth = Math.min(estimateTextWidth(doc.title, 14, true), setup.textWidth);
  return [
    centredLine(kindTitle, { size: 14, bold: true }, { spacing: { before: 480, after: 0, line: 240 }, keepNext: true }),
    centredLine(doc.title, { size: 14, bold: true }, { keepNext: true }),
    ruleLine(Math.max(1134, Math.round(subjectWidth * 0.35)), setup.textWidth, 360),
  ];
}
