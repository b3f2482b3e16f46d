// A member list read from every sheet the clerk chose: each sheet's header (found, or chosen by
// hand), its unit (chosen, a unit column, or proposed from the sheet name or title), its date
// columns (day or month first), then every row checked (import-row.ts).
import { AppError } from '../../../shared/api/result';
import { todayIso } from '../../../shared/text/dates';
import { foldVi } from '../../../shared/text/vi';
import type {
  ImportColumn,
  ImportField,
  ImportMapping,
  ImportRowStatus,
  ImportSheetChoice,
  ImportUnitSource,
  LegacySummary,
  MemberImportRow,
  MemberImportSheet,
} from '../../../shared/members/import-schema';
import { MEMBER_STATUS_LABELS } from '../../../shared/members/schema';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from '../../../shared/members/import-schema';
import type { ServiceContext } from '../context';
import { columnLetter } from '../files/cells';
import type { SheetData, WorkbookData } from '../files/sheets/types';
import { textOf } from '../files/sheets/cell-text';
import { dateOrderEvidence } from '../files/sheets/cell-dates';
import { readSetting, writeSetting } from '../settings/key-value-repo';
import { headerKey } from './import-columns';
import { colOf, detectHeader, listDateAbove, type Header } from './import-header';
import { ExistingMembers, loadUnits, stripUnitPrefix, type UnitLookup } from './import-lookup-repo';
import { parseRow, type RowEnv, type StagedRow } from './import-row';
import { memberHolderReader } from './import-repo';
import { codeKey, type UnitInfo } from './repo';

export type { StagedRow } from './import-row';

export const MAPPING_SETTINGS_KEY = 'members.importMapping';

/** Remembered header texts (field → header as written), from the settings table. */
export function readRememberedMapping(ctx: ServiceContext): Partial<Record<ImportField, string>> {
  const v = readSetting<Record<string, unknown>>(ctx, MAPPING_SETTINGS_KEY);
  const out: Partial<Record<ImportField, string>> = {};
  if (!v || typeof v !== 'object') return out;
  for (const [k, h] of Object.entries(v)) if (k in IMPORT_FIELD_LABELS && typeof h === 'string') out[k as ImportField] = h;
  return out;
}

export function saveRememberedMapping(ctx: ServiceContext, mapping: Partial<Record<ImportField, string>>): void {
  const merged = { ...readRememberedMapping(ctx), ...mapping };
  writeSetting(ctx, MAPPING_SETTINGS_KEY, merged);
}
export interface ParseOptions {
  unitId?: number | null;
  mapping?: ImportMapping;
  /** The join date for rows that have none (default: the list's date from its title, else 1/1 of this year). */
  missingJoinDate?: string | null;
  sheets?: ImportSheetChoice[];
  /**
   * Commit mode: each valid row is handed to this function and the parsed rows are not kept;
   * rows are not checked against the register (the caller does it in SQL), so they all count as
   * 'new' here.
   */
  onNewRow?: (row: StagedRow) => void;
  /** Preview mode: also collects the rows that would be saved, for the import to use as they are. */
  keepNew?: StagedRow[];
}

export interface ParsedWorkbook {
  sheets: MemberImportSheet[];
  rows: MemberImportRow[];
  counts: Record<ImportRowStatus, number>;
  /** Where the rows with errors are ("dòng 12", or "dòng 12 trang …" when several sheets are read). */
  errorRows: string[];
  missingJoin: { count: number; date: string; source: 'chosen' | 'title' | 'year' } | null;
  legacyText: LegacySummary | null;
}

const DATE_FIELDS: ImportField[] = ['birthDate', 'birthMale', 'birthFemale', 'joinedOn', 'partyDate', 'partyMember'];
const SAMPLE_ROWS = 8;
const SAMPLE_COLS = 26;

function unitById(units: UnitLookup, id: number, where: string): UnitInfo {
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

/** Date columns written month first: only month-first text dates in them, or real dates shown m/d. */
function monthFirstColumns(sheet: SheetData, h: Header): { cols: Set<number>; shown: MemberImportSheet['monthFirst'] } {
  const cols = new Set<number>();
  const shown: MemberImportSheet['monthFirst'] = [];
  for (const f of DATE_FIELDS) {
    const c = h.cols[f];
    if (c === undefined || cols.has(c)) continue;
    let dmy = 0;
    let mdy = 0;
    let example = '';
    for (let r = h.firstDataRow; r <= sheet.lastRow; r++) {
      const e = dateOrderEvidence(sheet.rows[r]?.[c]);
      if (e === 'dmy') dmy++;
      else if (e === 'mdy') {
        mdy++;
        example ||= String(sheet.rows[r]![c]).trim();
      }
    }
    if (dmy === 0 && (mdy > 0 || sheet.monthFirstCols.includes(c))) {
      cols.add(c);
      const header = h.columns.find((col) => col.letter === columnLetter(c))?.header ?? IMPORT_FIELD_LABELS[f];
      shown.push({ letter: columnLetter(c), header, example });
    }
  }
  return { cols, shown };
}

/**
 * Reads the member rows of the chosen sheets. Sheets that cannot be read as they are (no header,
 * no name column, no unit) are described in `sheets[].problem` and read no rows.
 */
export function parseMemberWorkbook(ctx: ServiceContext, book: WorkbookData, opts: ParseOptions): ParsedWorkbook {
  const today = todayIso(ctx.now());
  const remembered = readRememberedMapping(ctx);
  const learned = new Map<string, ImportField>(Object.entries(remembered).map(([f, h]) => [headerKey(h as string), f as ImportField]));
  const units = loadUnits(ctx);
  const fileUnit = opts.unitId ? unitById(units, opts.unitId, '') : null;

  // In commit mode the register is checked in SQL once all rows are staged (import-commit.ts).
  const existing = opts.onNewRow ? null : new ExistingMembers(ctx);
  const holderOf = memberHolderReader(ctx);
  const holder = (id: number) => {
    const h = holderOf(id);
    return `${h.name} (${h.unitName}${h.status === 'active' ? '' : `, ${MEMBER_STATUS_LABELS[h.status].toLowerCase()}`})`;
  };

  // First pass: every sheet's header, unit and whether it is read.
  type Plan = { sheet: SheetData; info: MemberImportSheet; header: Header | null; unit: UnitInfo | null };
  // The unit chosen for the file goes to its list when it has one list (empty sheets aside).
  const headers = book.sheets.map((sheet, index) => {
    const choice = opts.sheets?.find((s) => s.index === index);
    const mapping = choice?.mapping ?? opts.mapping;
    const manual = choice?.firstDataRow !== undefined && mapping ? mapping : null;
    const header: Header | null = manual ? manualHeader(sheet, manual, choice!.firstDataRow!) : detectHeader(sheet, learned, mapping);
    return { choice, manual, header };
  });
  const single = book.sheets.filter((s, i) => !s.hidden && headers[i].header !== null).length <= 1;
  const plans: Plan[] = book.sheets.map((sheet, index) => {
    const { choice, manual, header } = headers[index];
    let problem: MemberImportSheet['problem'] = null;
    if (!header) {
      problem =
        sheet.lastRow === 0
          ? { kind: 'empty', message: 'Trang trống.' }
          : {
              kind: 'header',
              message:
                'Không tìm thấy dòng tiêu đề của danh sách đoàn viên (cần cột "Họ và tên" và ít nhất một cột khác như "Ngày sinh", "Số CCCD"). Hãy chọn cột bằng tay.',
            };
    } else if (header.cols.name === undefined && (header.cols.familyName === undefined || header.cols.givenName === undefined)) {
      const list = header.columns.map((c) => `${c.letter} "${c.header}"`).join(', ');
      problem = {
        kind: 'name',
        message: `Không xác định được cột "Họ và tên"${header.row ? ` (dòng tiêu đề ${header.row}: ${list})` : ''}. Hãy chọn cột Họ và tên bằng tay.`,
      };
    }
    const firstDataRow = header?.firstDataRow ?? 1;
    const rowCount = Math.max(0, sheet.lastRow - firstDataRow + 1);
    const defaultTake = !sheet.hidden && !problem && rowCount > 0;
    const take = choice ? choice.take : defaultTake;

    // The unit: chosen for the sheet; the sheet's unit column; the file's unit when only one sheet is read;
    // proposed from the sheet name or the title; else the file's unit.
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
  });

  // Second pass: the rows of the sheets read.
  const taken = plans.filter((p) => p.info.take && !p.info.problem && p.header);
  const multi = taken.length > 1;
  const rows: MemberImportRow[] = [];
  const counts: Record<ImportRowStatus, number> = { new: 0, exists: 0, error: 0 };
  const errorRows: string[] = [];
  const legacy: LegacySummary = { count: 0, encodings: [], examples: [] };
  const seenCccd = new Map<string, string>();
  const seenCode = new Map<string, string>();
  const listDate = taken.map((p) => p.header!.listDate).find((d) => d) ?? null;
  const fallbackJoin = opts.missingJoinDate ?? listDate ?? `${today.slice(0, 4)}-01-01`;
  const missingSource = opts.missingJoinDate ? 'chosen' : listDate ? 'title' : 'year';
  let missingJoin = 0;
  for (const { sheet, info, header, unit } of taken) {
    const h = header!;
    const month = monthFirstColumns(sheet, h);
    info.monthFirst = month.shown;
    const label = multi ? (r: number) => `dòng ${r} trang "${sheet.name}"` : (r: number) => `dòng ${r}`;
    const env: RowEnv = {
      fallbackJoin,
      missingJoin: 0,
      legacy,
      texts: IMPORT_FIELDS.map(() => ''),
      cols: h.cols,
      fields: Object.entries(h.cols) as [ImportField, number][],
      target: info.unitSource === 'column' ? null : unit,
      units,
      monthFirst: month.cols,
      sheetIndex: info.index,
      existing,
      holder,
      seenCccd,
      seenCode,
      rowLabel: label,
      today,
    };
    let count = 0;
    for (let r = h.firstDataRow; r <= sheet.lastRow; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      const parsed = parseRow(env, r, row, h.firstDataRow);
      if (parsed === 'end') break;
      if (!parsed) continue;
      count++;
      counts[parsed.preview.status] += 1;
      if (parsed.preview.status === 'error') errorRows.push(label(r));
      if (opts.onNewRow) {
        if (parsed.fields) opts.onNewRow(parsed);
      } else {
        rows.push(parsed.preview);
        if (opts.keepNew && parsed.fields) {
          opts.keepNew.push({ fields: parsed.fields, unitId: parsed.unitId, registerOn: parsed.registerOn, where: parsed.where });
        }
      }
    }
    info.rowCount = count;
    missingJoin += env.missingJoin;
  }
  return {
    sheets: plans.map((p) => p.info),
    rows,
    counts,
    errorRows,
    legacyText: legacy.count ? legacy : null,
    missingJoin: missingJoin ? { count: missingJoin, date: fallbackJoin, source: missingSource } : null,
  };
}
