import { type Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { OfficialDocument } from '../../../../shared/documents/model';
import { documentDateLine, documentNumberLine } from '../../../../shared/documents/dates';
import { HEADER_CELL_SIDE_TWIPS, RULE_GAP_PT, STYLES, type OfficialLayout } from '../../../../shared/documents/header-layout';
import { MOTTO, NATIONAL_TITLE } from '../../../../shared/documents/layout';
import type { PageSetup } from './page';
import { centredLine, centredLines, ruleLine } from './runs';

// The header block: a borderless two-column table. Left (≈40%): superior body, issuing body with
// a short line under it, then 'Số: …' (and 'V/v …' for a công văn). Right (≈60%): national title,
// motto with a line as long as itself, then the italic place-and-date line on the number's row.
// Line breaks and rule lengths come from the measured layout (shared/documents/header-layout.ts).

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: HEADER_CELL_SIDE_TWIPS, right: HEADER_CELL_SIDE_TWIPS, top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    children,
  });
}

export function headerBlock(doc: OfficialDocument, setup: PageSetup, layout: OfficialLayout): Table {
  const { header } = doc;
  const { left, right, leftInner, rightInner } = layout.columns;
  const gap = { before: RULE_GAP_PT * 20 };

  const bodies: Paragraph[] = [];
  if (layout.superiorLines.length) bodies.push(centredLines(layout.superiorLines, STYLES.superior));
  bodies.push(centredLines(layout.issuerLines, STYLES.issuer), ruleLine(layout.issuerRulePt * 20, leftInner, gap));

  const national = [
    centredLine(NATIONAL_TITLE, STYLES.national),
    centredLine(MOTTO, STYLES.motto),
    ruleLine(layout.mottoRulePt * 20, rightInner, gap),
  ];

  const rowGap = { spacing: { before: 120, after: 0, line: 240 } };
  const numberCell = [centredLine(documentNumberLine(header.number, doc.kind, header.codeSuffix), { size: 13 }, rowGap)];
  if (layout.vvLines.length) numberCell.push(centredLines(layout.vvLines, STYLES.vv, { spacing: { before: 60, after: 0, line: 240 } }));
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
