import { LineRuleType, type IParagraphStyleOptions } from 'docx';
import { BLACK, FONT } from './runs';
import { TABLE_SIZES, type TableSize } from '../../../../shared/documents/table-widths';

// Shared paragraph styles: a table of a thousand cells names its style once per paragraph instead of
// repeating font, size, colour and spacing in every run (the file is smaller and written several
// times faster). The font is still Times New Roman on every slot, set here and in the defaults.

/** The style id of table text in `size` points: 'TableText13'. */
export const tableTextStyle = (size: TableSize) => `TableText${size}`;

export function documentParagraphStyles(): IParagraphStyleOptions[] {
  return TABLE_SIZES.map((size) => ({
    id: tableTextStyle(size),
    name: `Table Text ${size}`,
    quickFormat: false,
    run: { font: FONT, color: BLACK, size: size * 2, sizeComplexScript: size * 2 },
    // "Single" spacing must say so: LibreOffice reads a line of 240 without a rule as exactly 12 pt,
    // which squeezes 13 pt text and makes its rows differ from Word's and the print view's.
    paragraph: { spacing: { before: 60, after: 60, line: 240, lineRule: LineRuleType.AUTO } },
  }));
}
