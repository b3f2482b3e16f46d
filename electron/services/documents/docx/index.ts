import { Document, Packer } from 'docx';
import { KIND_NAMES, type OfficialDocument } from '../../../../shared/documents/model';
import { documentCode } from '../../../../shared/documents/dates';
import { officialLayout } from '../../../../shared/documents/header-layout';
import { annexSection } from './annex';
import { bodyParagraph, renderBlocks } from './body';
import { headerBlock } from './header-block';
import { emptyHeader, pageNumberHeader, resolvePageSetup, sectionProperties, type RenderDocxOptions } from './page';
import { BLACK, FONT, safeText } from './runs';
import { signatureBlock } from './signature';
import { documentParagraphStyles } from './styles';
import { titleBlock } from './title';

// Word (.docx) writer for official documents in the format of document-format.md.

export type { RenderDocxOptions } from './page';

export async function renderDocx(doc: OfficialDocument, options: RenderDocxOptions = {}): Promise<Buffer> {
  const setup = resolvePageSetup(options);
  const closing = doc.closing.map((text, i) =>
    // The last closing paragraph stays on the page of the signature.
    bodyParagraph(text, setup, { keepNext: i === doc.closing.length - 1 }),
  );
  const layout = officialLayout(doc, setup.textWidth);
  const main = [
    headerBlock(doc, setup, layout),
    ...titleBlock(doc, setup, layout),
    ...doc.basis.map((text) => bodyParagraph(text, setup, { italics: true })),
    ...doc.intro.map((text) => bodyParagraph(text, setup)),
    ...renderBlocks(doc.body, setup, setup.textWidth),
    ...closing,
    signatureBlock(doc, setup),
  ];

  const document = new Document({
    creator: safeText(doc.header.issuingBody),
    title: safeText(`${KIND_NAMES[doc.kind]} ${documentCode(doc.header.number, doc.kind, doc.header.codeSuffix).trim()}: ${doc.title}`),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: setup.bodySize * 2, sizeComplexScript: setup.bodySize * 2, color: BLACK, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: documentParagraphStyles(),
    },
    sections: [
      {
        properties: sectionProperties(setup, { first: true }),
        headers: { default: pageNumberHeader(), first: emptyHeader() },
        children: main,
      },
      ...doc.annexes.map((annex, i) => annexSection(doc, annex, i, setup)),
    ],
  });
  return Packer.toBuffer(document);
}
