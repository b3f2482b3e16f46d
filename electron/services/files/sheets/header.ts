// Finding a header row in the first rows of a sheet read by the sheet readers (offices put title
// rows above it): the row matching the most known column headers, with every required one.
import { foldVi } from '../../../../shared/text/vi';
import type { ColumnSpec, HeaderMatch } from '../cells';
import { textOf } from './cell-text';
import type { SheetData } from './types';

export function findHeaderInSheet<K extends string>(
  sheet: SheetData,
  specs: ColumnSpec<K>[],
  required: K[],
  scanRows = 30,
): HeaderMatch<K> | null {
  let best: HeaderMatch<K> | null = null;
  let bestCount = 0;
  const last = Math.min(sheet.lastRow, scanRows);
  for (let r = 1; r <= last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const columns: Partial<Record<K, number>> = {};
    for (let c = 1; c < row.length; c++) {
      const text = foldVi(textOf(row[c])).replace(/[.:*]/g, '').trim();
      if (!text) continue;
      const spec = specs.find((s) => columns[s.key] === undefined && s.aliases.includes(text));
      if (spec) columns[spec.key] = c;
    }
    const count = Object.keys(columns).length;
    if (required.every((k) => columns[k] !== undefined) && count > bestCount) {
      best = { row: r, columns };
      bestCount = count;
    }
  }
  return best;
}
