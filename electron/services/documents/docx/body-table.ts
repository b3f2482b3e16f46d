import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { NUMERIC_CELL as NUMERIC, isCentredCell } from '../../../../shared/documents/layout';
import type { TableBlock } from '../../../../shared/documents/model';
import type { PageSetup } from './page';
import { BLACK, estimateTextWidth, run } from './runs';

// A bordered table in the body or an annex: header row bold and repeated on every page.

const LINE = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const TABLE_SIZE = 13;

function cellParagraph(text: string, bold: boolean, centred: boolean, keepNext = false): Paragraph {
  return new Paragraph({
    keepNext: keepNext || undefined,
    alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 60, after: 60, line: 240 },
    children: [run(text, { size: TABLE_SIZE, bold })],
  });
}

const CELL_PADDING = 80;

/**
 * Column widths: each column is at least as wide as its longest word (title or cell), and the
 * rest of the width goes by the length of its longest cell (capped), so 'TT' stays narrow,
 * 'Nội dung' gets the room, and an empty column left for units to fill in keeps some space.
 */
function columnWidths(block: TableBlock, width: number): number[] {
  const minima: number[] = [];
  const weights: number[] = [];
  block.columns.forEach((head, i) => {
    const cells = block.rows.map((r) => r[i] ?? '');
    const words = [
      ...head.split(' ').map((w) => estimateTextWidth(w, TABLE_SIZE, true)),
      ...cells.flatMap((c) => c.split(' ').map((w) => estimateTextWidth(w, TABLE_SIZE, false))),
    ];
    const textColumn = cells.some((c) => [...c].length > 30);
    // A column of sentences ("Nội dung") keeps at least a quarter of the width.
    minima.push(Math.max(Math.max(...words) + 2 * CELL_PADDING + 60, textColumn ? Math.round(width * 0.25) : 0));
    const longest = Math.max(0, ...cells.map((c) => [...c].length));
    // Figures never wrap usefully: a column of numbers keeps little more than its minimum.
    const numeric = cells.some((c) => c.trim()) && cells.every((c) => !c.trim() || NUMERIC.test(c.trim()));
    weights.push(numeric ? 2 : longest === 0 ? 8 : Math.min(40, longest));
  });
  const spare = width - minima.reduce((a, b) => a + b, 0);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const widths =
    spare >= 0
      ? minima.map((m, i) => m + Math.floor((spare * weights[i]) / totalWeight))
      : minima.map((m) => Math.floor((m * width) / (width - spare)));
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Rows at the end of a table kept on the page of what follows (signature places are never alone on a page). */
const KEPT_ROWS = 2;

export function bodyTable(block: TableBlock, _setup: PageSetup, width: number, keepWithNext = false): Table {
  const widths = columnWidths(block, width);
  const bold = new Set(block.boldRows ?? []);
  const row = (cells: readonly string[], header: boolean, index = -1) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map(
        (w, i) =>
          new TableCell({
            width: { size: w, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
            children: [
              cellParagraph(
                cells[i] ?? '',
                header || bold.has(index),
                header || isCentredCell(block.columns, i, cells[i] ?? ''),
                keepWithNext && index >= block.rows.length - KEPT_ROWS,
              ),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [row(block.columns, true), ...block.rows.map((r, i) => row(r, false, i))],
  });
}
