// A member list read from every sheet the clerk chose: each sheet's header and unit
// (import-sheet-plan.ts), its date columns (day or month first), then every row checked (import-row.ts).
import { todayIso } from '../../../shared/text/dates';
import type {
  ImportField,
  ImportMapping,
  ImportRowStatus,
  ImportSheetChoice,
  LegacySummary,
  MemberImportRow,
  MemberImportSheet,
} from '../../../shared/members/import-schema';
import { MEMBER_STATUS_LABELS } from '../../../shared/members/schema';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from '../../../shared/members/import-schema';
import type { ServiceContext } from '../context';
import { columnLetter } from '../files/cells';
import type { SheetData, WorkbookData } from '../files/sheets/types';
import { dateOrderEvidence } from '../files/sheets/cell-dates';
import { readSetting, writeSetting } from '../settings/key-value-repo';
import { headerKey } from './import-columns';
import type { Header } from './import-header';
import { ExistingMembers, loadUnits } from './import-lookup-repo';
import { newRowDraft, parseRow, type RowEnv, type StagedRow } from './import-row';
import { memberHolderReader } from './import-repo';
import { planSheets, unitById, type SheetPlan } from './import-sheet-plan';

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

/** "Nguyễn Văn An (CĐCS …, đã chuyển đi)": the register's member a row duplicates. */
function memberHolder(ctx: ServiceContext): (id: number) => string {
  const holderOf = memberHolderReader(ctx);
  return (id: number) => {
    const h = holderOf(id);
    return `${h.name} (${h.unitName}${h.status === 'active' ? '' : `, ${MEMBER_STATUS_LABELS[h.status].toLowerCase()}`})`;
  };
}

/** What every sheet's rows share: the register, the duplicates seen so far, the converted names. */
type WorkbookEnv = Pick<RowEnv, 'fallbackJoin' | 'legacy' | 'units' | 'existing' | 'holder' | 'seenCccd' | 'seenCode' | 'today'>;

/** The row context of one sheet read, made once for all its rows. */
function sheetEnv(book: WorkbookEnv, plan: SheetPlan, multi: boolean): RowEnv {
  const { sheet, info } = plan;
  const h = plan.header!;
  const month = monthFirstColumns(sheet, h);
  info.monthFirst = month.shown;
  return {
    fallbackJoin: book.fallbackJoin,
    missingJoin: 0,
    legacy: book.legacy,
    texts: IMPORT_FIELDS.map(() => ''),
    cols: h.cols,
    fields: Object.entries(h.cols) as [ImportField, number][],
    target: info.unitSource === 'column' ? null : plan.unit,
    units: book.units,
    monthFirst: month.cols,
    sheetIndex: info.index,
    existing: book.existing,
    holder: book.holder,
    seenCccd: book.seenCccd,
    seenCode: book.seenCode,
    rowLabel: multi ? (r: number) => `dòng ${r} trang "${sheet.name}"` : (r: number) => `dòng ${r}`,
    today: book.today,
    draft: newRowDraft(),
  };
}

type RowTotals = Pick<ParsedWorkbook, 'rows' | 'counts' | 'errorRows'>;

/** Checks the rows of one sheet, up to the end of its table; returns how many member rows it has. */
function readSheetRows(plan: SheetPlan, env: RowEnv, opts: ParseOptions, out: RowTotals): number {
  const { sheet } = plan;
  const firstDataRow = plan.header!.firstDataRow;
  let count = 0;
  for (let r = firstDataRow; r <= sheet.lastRow; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const parsed = parseRow(env, r, row, firstDataRow);
    if (parsed === 'end') break;
    if (!parsed) continue;
    count++;
    out.counts[parsed.preview.status] += 1;
    if (parsed.preview.status === 'error') out.errorRows.push(env.rowLabel(r));
    if (opts.onNewRow) {
      if (parsed.fields) opts.onNewRow(parsed);
    } else {
      out.rows.push(parsed.preview);
      if (opts.keepNew && parsed.fields) {
        opts.keepNew.push({ fields: parsed.fields, unitId: parsed.unitId, registerOn: parsed.registerOn, where: parsed.where });
      }
    }
  }
  return count;
}

/** The second pass: the rows of the sheets read, with the join date for rows without one and the converted names. */
function readTakenSheets(
  plans: SheetPlan[],
  opts: ParseOptions,
  shared: Pick<WorkbookEnv, 'units' | 'existing' | 'holder' | 'today'>,
): ParsedWorkbook {
  const taken = plans.filter((p) => p.info.take && !p.info.problem && p.header);
  const multi = taken.length > 1;
  const out: RowTotals = { rows: [], counts: { new: 0, exists: 0, error: 0 }, errorRows: [] };
  const legacy: LegacySummary = { count: 0, encodings: [], examples: [] };
  const listDate = taken.map((p) => p.header!.listDate).find((d) => d) ?? null;
  const fallbackJoin = opts.missingJoinDate ?? listDate ?? `${shared.today.slice(0, 4)}-01-01`;
  const missingSource = opts.missingJoinDate ? 'chosen' : listDate ? 'title' : 'year';
  const book: WorkbookEnv = { ...shared, fallbackJoin, legacy, seenCccd: new Map(), seenCode: new Map() };
  let missingJoin = 0;
  for (const plan of taken) {
    const env = sheetEnv(book, plan, multi);
    plan.info.rowCount = readSheetRows(plan, env, opts, out);
    missingJoin += env.missingJoin;
  }
  return {
    sheets: plans.map((p) => p.info),
    rows: out.rows,
    counts: out.counts,
    errorRows: out.errorRows,
    legacyText: legacy.count ? legacy : null,
    missingJoin: missingJoin ? { count: missingJoin, date: fallbackJoin, source: missingSource } : null,
  };
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
  const holder = memberHolder(ctx);
  const plans = planSheets(book, opts.sheets, opts.mapping, learned, units, fileUnit);
  return readTakenSheets(plans, opts, { units, existing, holder, today });
}
