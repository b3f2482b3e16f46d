import { type Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { OfficialDocument } from '../../../../shared/documents/model';
import { documentDateLine, documentNumberLine } from '../../../../shared/documents/dates';
import { MOTTO, NATIONAL_TITLE } from '../../../../shared/documents/layout';
import type { PageSetup } from './page';
import { centredLine, estimateTextWidth, ruleLine } from './runs';

// The header block: a borderless two-column table. Left (≈40%): superior body, issuing body with
// a short line under it, then 'Số: …' (and 'V/v …' for a công văn). Right (≈60%): national title,
// motto with a line as long as itself, then the italic place-and-date line on the number's row.

/** Printed width of the motto in bold Times New Roman, twips per point of size (measured). */
const MOTTO_TWIPS_PER_PT = 232;

const CELL_SIDE = 57; // 1 mm of padding either side of each cell
const LEFT_SHARE = 0.4;

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: CELL_SIDE, right: CELL_SIDE, top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    children,
  });
}

export function headerBlock(doc: OfficialDocument, setup: PageSetup): Table {
  const { header } = doc;
  const left = Math.round(setup.textWidth * LEFT_SHARE);
  const right = setup.textWidth - left;
  const leftInner = left - 2 * CELL_SIDE;
  const rightInner = right - 2 * CELL_SIDE;

  const issuing = header.issuingBody.toLocaleUpperCase('vi');
  // A long name wraps: the line goes under its (estimated) longest printed line.
  const issuingFull = estimateTextWidth(issuing, 13, true);
  const issuingWidth = Math.min(leftInner, issuingFull / Math.ceil(issuingFull / leftInner));
  const bodies: Paragraph[] = [];
  if (header.superiorBody) bodies.push(centredLine(header.superiorBody.toLocaleUpperCase('vi'), { size: 13 }));
  bodies.push(centredLine(issuing, { size: 13, bold: true }), ruleLine(Math.round(issuingWidth * 0.4), leftInner));

  const national = [
    centredLine(NATIONAL_TITLE, { size: 12, bold: true }),
    centredLine(MOTTO, { size: 13, bold: true }),
    ruleLine(MOTTO_TWIPS_PER_PT * 13, rightInner),
  ];

  const rowGap = { spacing: { before: 120, after: 0, line: 240 } };
  const numberCell = [centredLine(documentNumberLine(header.number, doc.kind, header.codeSuffix), { size: 13 }, rowGap)];
  if (doc.kind === 'CV') numberCell.push(centredLine(`V/v ${doc.title}`, { size: 12 }, { spacing: { before: 60, after: 0, line: 240 } }));
  const dateCell = [centredLine(documentDateLine(header.placeName, header.date), { size: 13, italics: true }, rowGap)];

  return new Table({
    width: { size: setup.textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left, bodies), cell(right, national)] }),
      new TableRow({ cantSplit: true, children: [cell(left, numberCell), cell(right, dateCell)] }),
    ],
  });
}
