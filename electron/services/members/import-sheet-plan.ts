// The first pass over a member workbook: for every sheet its header (found, or chosen by hand),
// what keeps it from being read, whether it is read, and its unit (chosen, a unit column, or
// proposed from the sheet name or title).
import { AppError } from '../../../shared/api/result';
import { foldVi } from '../../../shared/text/vi';
import type {
  ImportColumn,
  ImportField,
  ImportMapping,
  ImportSheetChoice,
  ImportUnitSource,
  MemberImportSheet,
} from '../../../shared/members/import-schema';
import { columnLetter } from '../files/cells';
import type { SheetData, WorkbookData } from '../files/sheets/types';
import { textOf } from '../files/sheets/cell-text';
import { colOf, detectHeader, listDateAbove, type Header } from './import-header';
import { stripUnitPrefix, type UnitLookup } from './import-lookup-repo';
import { codeKey, type UnitInfo } from './repo';

const SAMPLE_ROWS = 8;
const SAMPLE_COLS = 26;

export interface SheetPlan {
  sheet: SheetData;
  info: MemberImportSheet;
  header: Header | null;
  unit: UnitInfo | null;
}

/** A sheet's header and how it was found: the clerk's column choices (`manual`) or detected. */
interface SheetHeader {
  choice: ImportSheetChoice | undefined;
  manual: ImportMapping | null;
  header: Header | null;
}

export function unitById(units: UnitLookup, id: number, where: string): UnitInfo {
  const u = units.byId.get(id);
  if (!u) {
    const msg = `Công đoàn cơ sở đã chọn${where} không còn trong danh sách. Hãy chọn lại.`;
    throw new AppError('INVALID_INPUT', msg, { unitId: msg });
  }
  if (u.dissolvedOn) {
    const msg = `"${u.name}" đã giải thể; hãy chọn công đoàn cơ sở đang hoạt động.`;
    throw new AppError('INVALID_INPUT', msg, { unitId: msg });
  }
  return u;
}

/** The unit a text names: its code, its name (with or without "Công đoàn cơ sở"), or a name it contains. */
function unitNamedIn(units: UnitLookup, text: string, whole: boolean): UnitInfo | null {
  const k = foldVi(text);
  if (!k) return null;
  const exact = units.byCode.get(codeKey(text)) ?? units.byName.get(k) ?? units.byName.get(stripUnitPrefix(k));
  if (exact && !exact.dissolvedOn) return exact;
  let best: UnitInfo | null = null;
  let bestLen = 0;
  let tie = false;
  for (const u of units.byId.values()) {
    if (u.dissolvedOn) continue;
    const name = stripUnitPrefix(foldVi(u.name));
    if (name.length < 6) continue;
    // A title contains the unit's name; a sheet name may also be the end of it ("THCS Vĩnh Thuận").
    const hit = k.includes(name) ? name.length : !whole && k.length >= 6 && name.endsWith(k) ? k.length : 0;
    if (hit > bestLen) {
      best = u;
      bestLen = hit;
      tie = false;
    } else if (hit && hit === bestLen && best !== u) tie = true;
  }
  return tie ? null : best;
}

function sampleRows(sheet: SheetData): string[][] {
  const out: string[][] = [];
  for (let r = 1; r <= sheet.lastRow && out.length < SAMPLE_ROWS; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const cells: string[] = [String(r)];
    for (let c = 1; c <= SAMPLE_COLS; c++) cells.push(textOf(row[c]).slice(0, 60));
    out.push(cells);
  }
  return out;
}

/** A header chosen by hand: the clerk's columns, members from `firstDataRow`. */
function manualHeader(sheet: SheetData, mapping: ImportMapping, firstDataRow: number): Header {
  const cols: Partial<Record<ImportField, number>> = {};
  for (const [f, letter] of Object.entries(mapping) as [ImportField, string | null][]) if (letter) cols[f] = colOf(letter);
  const above = sheet.rows[firstDataRow - 1];
  const columns: ImportColumn[] = [];
  const fieldAt = new Map(Object.entries(cols).map(([f, c]) => [c as number, f as ImportField]));
  const width = Math.max(SAMPLE_COLS, ...fieldAt.keys());
  for (let c = 1; c <= width; c++) {
    const header = above ? textOf(above[c]) : '';
    if (!header && !fieldAt.has(c) && !sheet.rows[firstDataRow]?.[c]) continue;
    columns.push({ letter: columnLetter(c), header, field: fieldAt.get(c) ?? null });
  }
  return { row: firstDataRow - 1, firstDataRow, cols, columns, listDate: listDateAbove(sheet, firstDataRow) };
}

/** The sheet's header: from the clerk's columns when chosen with a first data row, else detected. */
function sheetHeader(
  sheet: SheetData,
  choice: ImportSheetChoice | undefined,
  fileMapping: ImportMapping | undefined,
  learned: Map<string, ImportField>,
): SheetHeader {
  const mapping = choice?.mapping ?? fileMapping;
  const manual = choice?.firstDataRow !== undefined && mapping ? mapping : null;
  const header: Header | null = manual ? manualHeader(sheet, manual, choice!.firstDataRow!) : detectHeader(sheet, learned, mapping);
  return { choice, manual, header };
}

/** Why the sheet's rows cannot be read as they are: empty, no header, no name column; null when they can. */
function headerProblem(sheet: SheetData, header: Header | null): MemberImportSheet['problem'] {
  if (!header) {
    return sheet.lastRow === 0
      ? { kind: 'empty', message: 'Trang trống.' }
      : {
          kind: 'header',
          message:
            'Không tìm thấy dòng tiêu đề của danh sách đoàn viên (cần cột "Họ và tên" và ít nhất một cột khác như "Ngày sinh", "Số CCCD"). Hãy chọn cột bằng tay.',
        };
  }
  if (header.cols.name === undefined && (header.cols.familyName === undefined || header.cols.givenName === undefined)) {
    const list = header.columns.map((c) => `${c.letter} "${c.header}"`).join(', ');
    return {
      kind: 'name',
      message: `Không xác định được cột "Họ và tên"${header.row ? ` (dòng tiêu đề ${header.row}: ${list})` : ''}. Hãy chọn cột Họ và tên bằng tay.`,
    };
  }
  return null;
}

/**
 * The sheet's unit: chosen for the sheet; the sheet's unit column; the file's unit when only one
 * sheet is read; proposed from the sheet name or the title; else the file's unit.
 */
function sheetUnit(
  sheet: SheetData,
  { choice, header }: SheetHeader,
  units: UnitLookup,
  fileUnit: UnitInfo | null,
  single: boolean,
): { unit: UnitInfo | null; unitSource: ImportUnitSource | null } {
  let unit: UnitInfo | null = null;
  let unitSource: ImportUnitSource | null = null;
  if (choice?.unitId) {
    unit = unitById(units, choice.unitId, ` cho trang "${sheet.name}"`);
    unitSource = 'chosen';
  } else if (header?.cols.unit !== undefined) {
    unitSource = 'column';
  } else if (choice?.unitId === undefined) {
    const titles: string[] = [];
    for (let r = 1; r < (header?.row ?? 0); r++) for (const v of sheet.rows[r] ?? []) if (v) titles.push(textOf(v));
    const fromName = unitNamedIn(units, sheet.name, false);
    const fromTitle = fromName ? null : (titles.map((t) => unitNamedIn(units, t, true)).find((u) => u) ?? null);
    if (fileUnit && single) [unit, unitSource] = [fileUnit, 'file'];
    else if (fromName) [unit, unitSource] = [fromName, 'sheetName'];
    else if (fromTitle) [unit, unitSource] = [fromTitle, 'title'];
    else if (fileUnit) [unit, unitSource] = [fileUnit, 'file'];
  }
  return { unit, unitSource };
}

function planSheet(
  sheet: SheetData,
  index: number,
  h: SheetHeader,
  units: UnitLookup,
  fileUnit: UnitInfo | null,
  single: boolean,
): SheetPlan {
  const { choice, manual, header } = h;
  let problem = headerProblem(sheet, header);
  const firstDataRow = header?.firstDataRow ?? 1;
  const rowCount = Math.max(0, sheet.lastRow - firstDataRow + 1);
  const defaultTake = !sheet.hidden && !problem && rowCount > 0;
  const take = choice ? choice.take : defaultTake;
  const { unit, unitSource } = sheetUnit(sheet, h, units, fileUnit, single);
  if (!problem && !unitSource) {
    problem = { kind: 'unit', message: 'Trang không có cột Công đoàn cơ sở; hãy chọn công đoàn cơ sở nhận danh sách này.' };
  }
  const info: MemberImportSheet = {
    index,
    name: sheet.name,
    hidden: sheet.hidden,
    take,
    rowCount,
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? null,
    unitSource,
    headerRow: header?.row ?? 0,
    firstDataRow,
    columns: header?.columns ?? [],
    mapping: header ? Object.fromEntries(Object.entries(header.cols).map(([f, c]) => [f, columnLetter(c as number)])) : {},
    problem,
    monthFirst: [],
    sample: problem || manual ? sampleRows(sheet) : [],
  };
  return { sheet, info, header, unit };
}

/** Every sheet's header, unit and whether it is read. */
export function planSheets(
  book: WorkbookData,
  choices: ImportSheetChoice[] | undefined,
  mapping: ImportMapping | undefined,
  learned: Map<string, ImportField>,
  units: UnitLookup,
  fileUnit: UnitInfo | null,
): SheetPlan[] {
  const headers = book.sheets.map((sheet, index) => {
    const choice = choices?.find((s) => s.index === index);
    return sheetHeader(sheet, choice, mapping, learned);
  });
  // The unit chosen for the file goes to its list when it has one list (empty sheets aside).
  const single = book.sheets.filter((s, i) => !s.hidden && headers[i].header !== null).length <= 1;
  return book.sheets.map((sheet, index) => planSheet(sheet, index, headers[index], units, fileUnit, single));
}
