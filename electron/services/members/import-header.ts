// Finding the header of a member list: one or two header rows, the "Ngày sinh — Nam | Nữ"
// layout in either form, the clerk's explicit column choices, and the list's date in its title.
import { parseVnDate } from '../../../shared/text/dates';
import { foldVi } from '../../../shared/text/vi';
import type { ImportColumn, ImportField, ImportMapping } from '../../../shared/members/import-schema';
import { columnLetter } from '../files/cells';
import type { RawRow, SheetData } from '../files/sheets/types';
import { isTextCell, textOf } from '../files/sheets/cell-text';
import { fieldForHeader, headerKey } from './import-columns';

export interface Header {
  row: number;
  firstDataRow: number;
  /** The list's date, from a title row above the header ("…, ngày 10 tháng 3 năm 2025"). */
  listDate: string | null;
  cols: Partial<Record<ImportField, number>>;
  columns: ImportColumn[];
}

/** The first "Nam" and "Nữ" sub-header columns of a header row (0 when absent). */
function namNuColumns(row: RawRow): { nam: number; nu: number } {
  let nam = 0;
  let nu = 0;
  for (let c = 1; c < row.length; c++) {
    const k = headerKey(textOf(row[c]));
    if (k === 'nam' && !nam) nam = c;
    if (k === 'nu' && !nu) nu = c;
  }
  return { nam, nu };
}

/** A date written in the title rows above the header: "ngày 10 tháng 3 năm 2025" or 10/03/2025. */
export function listDateAbove(grid: SheetData, header: number): string | null {
  for (let r = 1; r < header; r++) {
    for (const v of grid.rows[r] ?? []) {
      if (!isTextCell(v)) continue;
      const s = foldVi(textOf(v));
      const m = /ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(s) ?? /(?:^|\D)(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\D|$)/.exec(s);
      const iso = m ? parseVnDate(`${m[1]}/${m[2]}/${m[3]}`) : null;
      if (iso) return iso;
    }
  }
  return null;
}

export const colOf = (letter: string) => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function detectHeader(grid: SheetData, learned: Map<string, ImportField>, explicit: ImportMapping | undefined): Header | null {
  const explicitCols = new Set(
    Object.values(explicit ?? {})
      .filter((l): l is string => !!l)
      .map(colOf),
  );
  type Candidate = { row: number; cols: Partial<Record<ImportField, number>>; score: number };
  let best: Candidate | null = null;
  let nameless: Candidate | null = null;
  for (let r = 1; r <= Math.min(grid.lastRow, 30); r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const cols: Partial<Record<ImportField, number>> = {};
    let score = 0;
    for (let c = 1; c < row.length; c++) {
      const text = isTextCell(row[c]) ? textOf(row[c]) : ''; // TCVN3/VNI headers too
      if (!text) continue;
      if (explicitCols.has(c)) score++;
      const f = fieldForHeader(text, learned);
      if (f && cols[f] === undefined) {
        cols[f] = c;
        if (!explicitCols.has(c)) score++;
      }
    }
    const hasName =
      cols.name !== undefined || (cols.familyName !== undefined && cols.givenName !== undefined) || explicit?.name || explicit?.familyName;
    if (hasName && score >= 2 && (!best || score > best.score)) best = { row: r, cols, score };
    // A row that looks like the header but whose name column was not recognised: the clerk can map it.
    if (!hasName && score >= 3 && (!nameless || score > nameless.score)) nameless = { row: r, cols, score };
  }
  best ??= nameless;
  if (!best) return null;
  const h = best.row;
  const cols = best.cols;
  const headerText = (r: number, c: number) => textOf(grid.rows[r]?.[c]);
  let firstDataRow = h + 1;

  // "Ngày sinh" (or "Giới tính") over two sub-columns "Nam" | "Nữ" on the next row.
  const sub = grid.rows[h + 1];
  if (sub) {
    const { nam, nu } = namNuColumns(sub);
    if (nam && nu) {
      const above = fieldForHeader(headerText(h, nam), learned);
      if (above === 'gender' || above === 'female') {
        delete cols.gender;
        cols.female = nu;
      } else {
        delete cols.birthDate;
        cols.birthMale = nam;
        cols.birthFemale = nu;
      }
      firstDataRow = h + 2;
    }
  }
  // Two header rows where the chosen one holds the sub-headers: "Nam" | "Nữ" under a "Ngày sinh"
  // (or "Giới tính") merged above them.
  if (h > 1 && firstDataRow === h + 1) {
    const { nam, nu } = namNuColumns(grid.rows[h] ?? []);
    const top = nam && nu ? fieldForHeader(headerText(h - 1, nam), learned) : null;
    if (top === 'birthDate') {
      for (const f of ['female', 'gender', 'birthDate'] as const)
        if (cols[f] === nam || cols[f] === nu || f === 'birthDate') delete cols[f];
      cols.birthMale = nam;
      cols.birthFemale = nu;
    } else if (top === 'gender' || top === 'female') {
      if (cols.gender === nam) delete cols.gender;
      cols.female = nu;
    }
  }
  // A lone "Nữ" column of ticks gives the gender unless a gender column or the Nam | Nữ layout does.
  if (cols.female !== undefined && (cols.birthFemale !== undefined || cols.gender !== undefined)) delete cols.female;
  if (cols.name !== undefined) {
    delete cols.familyName;
    delete cols.givenName;
  } else if (cols.familyName === undefined || cols.givenName === undefined) {
    delete cols.familyName;
    delete cols.givenName;
  }

  // The clerk's explicit choices win: a field → column, or null to ignore the field.
  if (explicit) {
    for (const [field, letter] of Object.entries(explicit) as [ImportField, string | null][]) {
      if (letter === null || letter === undefined) {
        delete cols[field];
        continue;
      }
      const c = colOf(letter);
      for (const [f, cc] of Object.entries(cols) as [ImportField, number][]) if (cc === c && f !== field) delete cols[f];
      cols[field] = c;
    }
  }

  const columns: ImportColumn[] = [];
  const headRow = grid.rows[h] ?? [];
  const width = Math.max(headRow.length, sub?.length ?? 0, ...Object.values(cols).map((c) => (c ?? 0) + 1));
  const fieldAt = new Map(Object.entries(cols).map(([f, c]) => [c as number, f as ImportField]));
  for (let c = 1; c < width; c++) {
    let header = headerText(h, c);
    if (firstDataRow === h + 2 && headerText(h + 1, c)) header = header ? `${header} — ${headerText(h + 1, c)}` : headerText(h + 1, c);
    if (!header && !fieldAt.has(c)) continue;
    columns.push({ letter: columnLetter(c), header, field: fieldAt.get(c) ?? null });
  }
  return { row: h, firstDataRow, cols, columns, listDate: listDateAbove(grid, h) };
}
