import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { isCentredCell } from '../../../../shared/documents/layout';
import type { TableBlock } from '../../../../shared/documents/model';
import type { PageSetup } from './page';
import { blankParts } from '../../../../shared/documents/blanks';
import { BLACK, safeText } from './runs';
import { CELL_PADDING, columnWidths, tableSize } from '../../../../shared/documents/table-widths';
import { tableTextStyle } from './styles';

// A bordered table in the body or an annex: header row bold and repeated on every page, group rows
// (boldRows) bold. Font, size and spacing come from a shared paragraph style (styles.ts), so a
// cell writes only its text, its alignment and, where it is bold, that.

const LINE = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** Rows at the end of a table kept on the page of what follows (signature places are never alone on a page). */
const KEPT_ROWS = 2;

export function bodyTable(block: TableBlock, _setup: PageSetup, width: number, keepWithNext = false): Table {
  const size = tableSize(block.columns.length);
  const style = tableTextStyle(size);
  const widths = columnWidths(block, width, size);
  const bold = new Set(block.boldRows ?? []);
  const cellParagraph = (text: string, strong: boolean, centred: boolean, keepNext: boolean) =>
    new Paragraph({
      style,
      keepNext: keepNext || undefined,
      alignment: centred ? AlignmentType.CENTER : undefined,
      children: blankParts(safeText(text)).map(
        (part) =>
          new TextRun({
            text: part.text,
            bold: strong || undefined,
            boldComplexScript: strong || undefined,
            highlight: part.blank ? 'yellow' : undefined,
          }),
      ),
    });
  const row = (cells: readonly string[], header: boolean, index = -1) => {
    const strong = header || bold.has(index);
    const keep = keepWithNext && index >= block.rows.length - KEPT_ROWS;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      // No width per cell: a fixed-layout table takes its columns from the grid (columnWidths).
      children: widths.map(
        (_w, i) =>
          new TableCell({
            verticalAlign: VerticalAlignTable.CENTER,
            children: [cellParagraph(cells[i] ?? '', strong, header || isCentredCell(block.columns, i, cells[i] ?? ''), keep)],
          }),
      ),
    });
  };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    rows: [row(block.columns, true), ...block.rows.map((r, i) => row(r, false, i))],
  });
}
