import { Paragraph, type ISectionOptions } from 'docx';
import type { Annex, OfficialDocument } from '../../../../shared/documents/model';
import { annexNoteText } from '../../../../shared/documents/dates';
import { annexLabel } from '../../../../shared/documents/numbering';
import { renderBlocks } from './body';
import { pageNumberHeader, sectionProperties, type PageSetup } from './page';
import { centredLine } from './runs';
import { annexSignatureBlock } from './signature';

// Each annex starts a new section (so it can be landscape): 'Phụ lục' / 'Phụ lục I' (14, bold),
// its title (caps, bold), the italic note '(Kèm theo Kế hoạch số …)', then its blocks and its
// signature places, if any.

export function annexSection(doc: OfficialDocument, annex: Annex, index: number, setup: PageSetup): ISectionOptions {
  const width = annex.landscape ? setup.landscapeTextWidth : setup.textWidth;
  const note = annex.note ?? annexNoteText(doc.kind, doc.header.number, doc.header.codeSuffix, doc.header.date);
  const heading = [
    centredLine(annexLabel(index, doc.annexes.length), { size: 14, bold: true }, { keepNext: true }),
    centredLine(annex.title.toLocaleUpperCase('vi'), { size: 14, bold: true }, { keepNext: true }),
    centredLine(note, { size: 14, italics: true }, { keepNext: true }),
    new Paragraph({ spacing: { before: 0, after: 240, line: 240 }, children: [] }),
  ];
  return {
    properties: sectionProperties(setup, { landscape: annex.landscape }),
    headers: { default: pageNumberHeader() },
    children: [
      ...heading,
      ...renderBlocks(annex.blocks, setup, width, !!annex.signatures?.length),
      ...(annex.signatures?.length ? [annexSignatureBlock(annex.signatures, width)] : []),
    ],
  };
}
