// Reading member lists from .xlsx as offices keep them: title rows above the header, merged
// cells, any column order, Vietnamese headers and their variants, a "Ngày sinh — Nam | Nữ" two-row
// header, a row of column numbers, dates as real dates / dd/mm/yyyy text / year only, names pasted
// from Word or PDF (decomposed Unicode, stray spaces), blank rows, a totals row and signatures below.
import crypto from 'node:crypto';
import { z } from '../../../shared/api/zod-vi';
import { AppError } from '../../../shared/api/result';
import { parseVnDate, todayIso } from '../../../shared/text/dates';
import { cccdWarnings, restoreCccdZeros } from '../../../shared/members/cccd';
import { initialRegisterDate } from './events';
import { lastLegacyText, parseDateCell, textOf } from './import-cells';
import type { LegacyEncoding } from '../../../shared/text/legacy-vn';
import { cleanText, foldVi } from '../../../shared/text/vi';
import type {
  Gender,
  ImportColumn,
  ImportField,
  ImportMapping,
  ImportRowStatus,
  LegacySummary,
  MemberFields,
  MemberImportPreview,
  MemberImportRow,
} from '../../../shared/members/schema';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  MEMBER_STATUS_LABELS,
  UNION_POSITION_LABELS,
  memberFields,
  memberRuleIssues,
} from '../../../shared/members/schema';
import type { ServiceContext } from '../context';
import { columnLetter } from '../files/cells';
import { decodeBase64 } from '../files/workbook';
import { fieldForHeader, headerKey, isTick, parseGender, parseUnionPosition } from './import-columns';
import { quickMemberFields, type MemberCandidate } from './import-fast';
import { codeKey, type UnitInfo } from './repo';
import { streamFirstMatchingSheet, type RawRow, type SheetHead } from './xlsx-stream';

export const MAPPING_SETTINGS_KEY = 'members.importMapping';

const rowSchema = z.strictObject(memberFields);

export interface ParsedMemberRow {
  preview: MemberImportRow;
  /** Set for rows that can be saved ('new'). */
  fields: MemberFields | null;
  unitId: number | null;
  /** The date the member is entered in the register from: the join date, or the date chosen for rows without one. */
  registerOn: string;
}

export interface ParsedMemberFile {
  preview: MemberImportPreview;
  /** Row numbers of the rows with errors. */
  errorRows: number[];
  sha256: string;
  data: Buffer;
}

export interface ParseOptions {
  /**
   * Commit mode: each valid row is handed to this function as soon as it is read and the parsed
   * rows are not kept (bounded memory for big lists); `preview.rows` stays empty. Rows are
   * not checked against the register in this mode (the caller does it in SQL), so they all count
   * as 'new' here.
   */
  onNewRow?: (row: ParsedMemberRow) => void;
  fileName: string;
  dataBase64: string;
  unitId?: number | null;
  mapping?: ImportMapping;
  /** The join date for rows that have none (default: the list's date from its title, else 1/1 of this year). */
  missingJoinDate?: string | null;
}

/** Remembered header texts (field → header as written), from the settings table. */
export function readRememberedMapping(ctx: ServiceContext): Partial<Record<ImportField, string>> {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(MAPPING_SETTINGS_KEY) as { value: string } | undefined;
  if (!row) return {};
  try {
    const v = JSON.parse(row.value) as Record<string, unknown>;
    const out: Partial<Record<ImportField, string>> = {};
    for (const [k, h] of Object.entries(v)) if (k in IMPORT_FIELD_LABELS && typeof h === 'string') out[k as ImportField] = h;
    return out;
  } catch {
    return {};
  }
}

export function saveRememberedMapping(ctx: ServiceContext, mapping: Partial<Record<ImportField, string>>): void {
  const merged = { ...readRememberedMapping(ctx), ...mapping };
  ctx.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(MAPPING_SETTINGS_KEY, JSON.stringify(merged));
}

// ---------------------------------------------------------------------------------------------
// Header

interface Header {
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
function listDateAbove(grid: SheetHead, header: number): string | null {
  for (let r = 1; r < header; r++) {
    for (const v of grid.rows[r] ?? []) {
      if (typeof v !== 'string') continue;
      const s = foldVi(v);
      const m = /ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(s) ?? /(?:^|\D)(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\D|$)/.exec(s);
      const iso = m ? parseVnDate(`${m[1]}/${m[2]}/${m[3]}`) : null;
      if (iso) return iso;
    }
  }
  return null;
}

const colOf = (letter: string) => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function detectHeader(grid: SheetHead, learned: Map<string, ImportField>, explicit: ImportMapping | undefined): Header | null {
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
      const text = typeof row[c] === 'string' ? textOf(row[c]) : ''; // TCVN3/VNI headers too
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

// ---------------------------------------------------------------------------------------------
// Cell values

/** A cell that is only "Tổng cộng", "Tổng số: 25 người", "Cộng" … (not "Tống Văn An"). */
const TOTALS_RE = /^(tong cong|tong so|tong|cong)(\s*[:-]?\s*\d+.*)?$/;
const FOOTER_RE = /^(nguoi lap|thu truong|chu tich|tm\b|t\/m|xac nhan|ky ten|ky,|\(ky|.*\bngay \d{1,2} thang \d{1,2} nam \d{4})/;

function titleCaseIfShouting(name: string): { name: string; changed: boolean } {
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return { name, changed: false };
  const fixed = name
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return { name: fixed, changed: true };
}

// ---------------------------------------------------------------------------------------------
// The whole file

/**
 * Who is already in the register, by CCCD and by member code: single lookups for small files,
 * one read of all keys once a file turns out to be big.
 */
class ExistingMembers {
  private cccdMap: Map<string, number> | null = null;
  private codeMap: Map<string, number> | null = null;
  private lookups = 0;
  private readonly byCccd;
  private readonly byCode;
  private readonly byCmnd;

  constructor(private readonly ctx: ServiceContext) {
    this.byCccd = ctx.db.prepare('SELECT id FROM members WHERE cccd = ? ORDER BY id LIMIT 1').pluck();
    this.byCode = ctx.db.prepare('SELECT id FROM members WHERE member_code_key = ?').pluck();
    this.byCmnd = ctx.db.prepare('SELECT id FROM members WHERE cmnd = ? ORDER BY id LIMIT 1').pluck();
  }

  private loadAll(): void {
    this.cccdMap = new Map();
    for (const [c, id] of this.ctx.db.prepare('SELECT cccd, id FROM members WHERE cccd IS NOT NULL ORDER BY id').raw().all() as [
      string,
      number,
    ][]) {
      if (!this.cccdMap.has(c)) this.cccdMap.set(c, id);
    }
    this.codeMap = new Map(
      this.ctx.db.prepare('SELECT member_code_key, id FROM members WHERE member_code_key IS NOT NULL').raw().all() as [string, number][],
    );
  }

  private tick(): void {
    if (!this.cccdMap && ++this.lookups > 500) this.loadAll();
  }

  cccd(c: string): number | undefined {
    this.tick();
    return this.cccdMap ? this.cccdMap.get(c) : ((this.byCccd.get(c) as number | undefined) ?? undefined);
  }

  code(k: string): number | undefined {
    this.tick();
    return this.codeMap ? this.codeMap.get(k) : ((this.byCode.get(k) as number | undefined) ?? undefined);
  }

  /** Few lists carry CMND numbers: looked up one by one (indexed). */
  cmnd(c: string): number | undefined {
    return (this.byCmnd.get(c) as number | undefined) ?? undefined;
  }
}

function loadUnits(ctx: ServiceContext): { byCode: Map<string, UnitInfo>; byName: Map<string, UnitInfo>; byId: Map<number, UnitInfo> } {
  const units = ctx.db.prepare('SELECT id, code, name, sector_id AS sectorId, dissolved_on AS dissolvedOn FROM units').all() as UnitInfo[];
  const byCode = new Map<string, UnitInfo>();
  const byName = new Map<string, UnitInfo>();
  const byId = new Map<number, UnitInfo>();
  for (const u of units) {
    byId.set(u.id, u);
    byCode.set(codeKey(u.code), u);
    const k = foldVi(u.name);
    byName.set(k, u);
    byName.set(stripUnitPrefix(k), u);
  }
  return { byCode, byName, byId };
}

function stripUnitPrefix(k: string): string {
  return k.replace(/^(cong doan co so|cong doan|cdcs|cd)\s+/, '');
}

export async function parseMemberFile(ctx: ServiceContext, opts: ParseOptions): Promise<ParsedMemberFile> {
  const { fileName } = opts;
  const data = decodeBase64(opts.dataBase64);
  const today = todayIso(ctx.now());
  const remembered = readRememberedMapping(ctx);
  const learned = new Map<string, ImportField>(Object.entries(remembered).map(([f, h]) => [headerKey(h as string), f as ImportField]));

  const units = loadUnits(ctx);
  let target: UnitInfo | null = null;
  if (opts.unitId) {
    target = units.byId.get(opts.unitId) ?? null;
    if (!target) {
      const msg = 'Công đoàn cơ sở đã chọn không còn trong danh sách. Hãy chọn lại.';
      throw new AppError('INVALID_INPUT', msg, { unitId: msg });
    }
    if (target.dissolvedOn) {
      const msg = `"${target.name}" đã giải thể; hãy chọn công đoàn cơ sở đang hoạt động.`;
      throw new AppError('INVALID_INPUT', msg, { unitId: msg });
    }
  }

  // In commit mode the register is checked in SQL once all rows are staged (import-commit.ts).
  const existing = opts.onNewRow ? null : new ExistingMembers(ctx);
  const holderStmt = ctx.db.prepare(
    'SELECT m.name, m.status, u.name AS unitName FROM members m JOIN units u ON u.id = m.unit_id WHERE m.id = ?',
  );
  const holder = (id: number) => {
    const h = holderStmt.get(id) as { name: string; status: keyof typeof MEMBER_STATUS_LABELS; unitName: string };
    return `${h.name} (${h.unitName}${h.status === 'active' ? '' : `, ${MEMBER_STATUS_LABELS[h.status].toLowerCase()}`})`;
  };
  const seenCccd = new Map<string, number>();
  const seenCode = new Map<string, number>();
  const previews: MemberImportRow[] = []; // preview mode only
  const counts: Record<ImportRowStatus, number> = { new: 0, exists: 0, error: 0 };
  const errorRows: number[] = [];
  let header: Header | null = null;
  let env: RowEnv = null!;
  let ended = false;
  let missingJoinSource: 'chosen' | 'title' | 'year' = 'year';

  const accept = (head: SheetHead): Header | null => {
    const h = detectHeader(head, learned, opts.mapping);
    if (!h) return null;
    if (h.cols.name === undefined && (h.cols.familyName === undefined || h.cols.givenName === undefined)) {
      const list = h.columns.map((c) => `${c.letter} "${c.header}"`).join(', ');
      throw new AppError(
        'BAD_FILE',
        `Tệp "${fileName}": không xác định được cột "Họ và tên" (dòng tiêu đề ${h.row}: ${list}). Hãy chọn cột Họ và tên bằng tay.`,
      );
    }
    if (!target && h.cols.unit === undefined) {
      const msg = 'Tệp không có cột Công đoàn cơ sở; hãy chọn công đoàn cơ sở nhận danh sách này.';
      throw new AppError('INVALID_INPUT', msg, { unitId: msg });
    }
    header = h;
    const fallbackJoin = opts.missingJoinDate ?? h.listDate ?? `${today.slice(0, 4)}-01-01`;
    missingJoinSource = opts.missingJoinDate ? 'chosen' : h.listDate ? 'title' : 'year';
    env = {
      fallbackJoin,
      missingJoin: 0,
      legacy: { count: 0, encodings: [], examples: [] },
      texts: IMPORT_FIELDS.map(() => ''),
      cols: h.cols,
      fields: Object.entries(h.cols) as [ImportField, number][],
      target,
      units,
      existing,
      holder,
      seenCccd,
      seenCode,
      today,
    };
    return h;
  };

  const onRow = (r: number, row: RawRow): void => {
    if (ended || !header || r < header.firstDataRow) return;
    const parsedRow = parseRow(env, r, row, header.firstDataRow);
    if (parsedRow === 'end') ended = true;
    else if (parsedRow) {
      counts[parsedRow.preview.status] += 1;
      if (parsedRow.preview.status === 'error') errorRows.push(r);
      if (opts.onNewRow) {
        if (parsedRow.fields) opts.onNewRow(parsedRow);
      } else previews.push(parsedRow.preview);
    }
  };

  const read = await streamFirstMatchingSheet(data, fileName, accept, onRow);
  if (!read || !header) {
    throw new AppError(
      'BAD_FILE',
      `Tệp "${fileName}": không tìm thấy dòng tiêu đề của danh sách đoàn viên (cần có cột "Họ và tên" và ít nhất một cột khác như "Ngày sinh", "Số CCCD"). Hãy kiểm tra tệp, hoặc chọn cột bằng tay.`,
    );
  }
  const found: Header = header;
  if (counts.new + counts.exists + counts.error === 0) {
    throw new AppError('BAD_FILE', `Tệp "${fileName}": không có dòng đoàn viên nào dưới dòng tiêu đề (dòng ${found.row}).`);
  }

  const sha256 = crypto.createHash('sha256').update(data).digest('hex');
  const prev = ctx.db
    .prepare('SELECT at, file_name AS fileName, created FROM member_imports WHERE sha256 = ? ORDER BY id DESC LIMIT 1')
    .get(sha256) as { at: string; fileName: string; created: number } | undefined;
  return {
    preview: {
      fileName,
      sheetName: read.sheetName,
      headerRow: found.row,
      firstDataRow: found.firstDataRow,
      columns: found.columns,
      mapping: Object.fromEntries(Object.entries(found.cols).map(([f, c]) => [f, columnLetter(c as number)])),
      rows: previews,
      counts,
      legacyText: env.legacy.count ? env.legacy : null,
      missingJoin: env.missingJoin ? { count: env.missingJoin, date: env.fallbackJoin, source: missingJoinSource } : null,
      previousImport: prev ?? null,
    },
    errorRows,
    sha256,
    data,
  };
}

// ---------------------------------------------------------------------------------------------
// One row (kept free of per-row closures: this runs 50,000 times for a big list)

const NAME_FIELDS: ReadonlySet<ImportField> = new Set(['name', 'familyName', 'givenName']);

function noteLegacy(into: LegacySummary, seen: { from: LegacyEncoding; original: string }, text: string): void {
  into.count++;
  if (!into.encodings.includes(seen.from)) into.encodings.push(seen.from);
  if (into.examples.length < 3) into.examples.push({ from: seen.original, to: text });
}

const FIELD_INDEX = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])) as Record<ImportField, number>;

interface RowEnv {
  /** The join date used for rows without one, and how many new rows lack it. */
  fallbackJoin: string;
  missingJoin: number;
  /** Names converted from TCVN3/VNI so far. */
  legacy: LegacySummary;
  cols: Partial<Record<ImportField, number>>;
  /** Cleaned text of each field for the current row, by FIELD_INDEX ('' when the field has no column). */
  texts: string[];
  fields: [ImportField, number][];
  target: UnitInfo | null;
  units: ReturnType<typeof loadUnits>;
  existing: ExistingMembers | null;
  holder: (id: number) => string;
  seenCccd: Map<string, number>;
  seenCode: Map<string, number>;
  today: string;
}

const NONE: readonly string[] = Object.freeze([]);
const UNION_POSITION_LIST = Object.values(UNION_POSITION_LABELS).join(', ');

function cellRef(env: RowEnv, f: ImportField, r: number): string {
  const c = env.cols[f];
  return c === undefined ? `Dòng ${r}` : `Ô ${columnLetter(c)}${r}`;
}

/** "Tổng cộng…" / "Cộng…" in one of the first cells: a totals row. Cheap first-letter test before folding. */
function isTotalsRow(row: RawRow, nameCol: number): boolean {
  const last = Math.min(row.length - 1, Math.max(5, nameCol));
  for (let c = 1; c <= last; c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const ch = v.trimStart().charAt(0);
    if (ch !== 'T' && ch !== 't' && ch !== 'C' && ch !== 'c') continue;
    if (TOTALS_RE.test(foldVi(v))) return true;
  }
  return false;
}

/** A cell of the row holds the date line ("…, ngày 10 tháng 3 năm 2025") or a signature title. */
function isFooterRow(env: RowEnv): boolean {
  for (const s of env.texts) if (s && FOOTER_RE.test(foldVi(s))) return true;
  return false;
}

/** One text repeated over three or more columns: a label merged across the row. */
function isMergedLabel(env: RowEnv): boolean {
  let text = '';
  let count = 0;
  for (const s of env.texts) {
    if (!s) continue;
    if (text && s !== text) return false;
    text = s;
    count++;
  }
  return count >= 3;
}

function dateOf(env: RowEnv, row: RawRow, f: ImportField, r: number, errors: string[], warnings: string[]): string {
  const c = env.cols[f];
  if (c === undefined) return '';
  const d = parseDateCell(row[c], true);
  if (d.error) errors.push(`${cellRef(env, f, r)}: ${d.error}`);
  if (d.warning) warnings.push(`${cellRef(env, f, r)}: ${d.warning}.`);
  return d.value ?? '';
}

function txt(env: RowEnv, f: ImportField): string {
  return env.texts[FIELD_INDEX[f]];
}

function parseRow(env: RowEnv, r: number, row: RawRow, firstDataRow: number): ParsedMemberRow | 'end' | null {
  const { cols } = env;
  const t = env.texts;
  let blank = true;
  for (let i = 0; i < env.fields.length; i++) {
    const s = textOf(row[env.fields[i][1]]);
    t[FIELD_INDEX[env.fields[i][0]]] = s;
    const legacy = lastLegacyText();
    if (legacy && NAME_FIELDS.has(env.fields[i][0])) noteLegacy(env.legacy, legacy, s);
    if (s !== '') blank = false;
  }
  if (blank) return null;
  // A row without a birth year or an identity number is no member's data, even when a label merged
  // across the row (totals, date line, "TM. BAN CHẤP HÀNH") fills those columns.
  const plain =
    !/\d{6,}/.test(txt(env, 'cccd')) && !/\d{4}/.test(`${txt(env, 'birthDate')} ${txt(env, 'birthMale')} ${txt(env, 'birthFemale')}`);

  let name = cols.name !== undefined ? txt(env, 'name') : cleanText(`${txt(env, 'familyName')} ${txt(env, 'givenName')}`);
  if (plain && isTotalsRow(row, cols.name ?? 0)) return 'end'; // signatures and the date line follow
  if (r <= firstDataRow + 1 && /^\(?\d{1,3}\)?$/.test(name)) return null; // row of column numbers
  if (plain && isFooterRow(env)) return 'end'; // the date line or a signature block: the table is over
  if (plain && isMergedLabel(env)) return null; // a section heading merged across the table ("Tổ Văn phòng")

  const errors: string[] = [];
  let warnings: string[] = [];
  if (name && /\d/.test(name))
    errors.push(`${cellRef(env, cols.name !== undefined ? 'name' : 'givenName', r)}: họ và tên "${name}" có chữ số.`);
  const shout = titleCaseIfShouting(name);
  if (shout.changed) {
    name = shout.name;
    warnings.push('Họ tên viết hoa toàn bộ, đã đổi thành chữ thường viết hoa chữ đầu.');
  }

  // Birth and gender: one date column, or the "Ngày sinh — Nam | Nữ" pair.
  let birthDate: string;
  let gender: Gender | null = null;
  if (cols.birthMale !== undefined || cols.birthFemale !== undefined) {
    const m = dateOf(env, row, 'birthMale', r, errors, warnings);
    const f = dateOf(env, row, 'birthFemale', r, errors, warnings);
    if (m && f) errors.push(`Dòng ${r}: có ngày sinh ở cả cột Nam và cột Nữ; chỉ ghi ở một cột.`);
    birthDate = m || f;
    if (m && !f) gender = 'nam';
    if (f && !m) gender = 'nu';
  } else {
    birthDate = dateOf(env, row, 'birthDate', r, errors, warnings);
  }
  if (cols.gender !== undefined && txt(env, 'gender')) {
    const g = parseGender(txt(env, 'gender'));
    if (g) gender = g;
    else errors.push(`${cellRef(env, 'gender', r)}: giới tính "${txt(env, 'gender')}" không rõ; hãy ghi Nam hoặc Nữ.`);
  } else if (cols.female !== undefined) {
    gender = isTick(txt(env, 'female')) ? 'nu' : 'nam';
  }
  if (gender === null && errors.length === 0)
    warnings.push(`Dòng ${r}: chưa rõ giới tính (danh sách không ghi); sẽ lưu là "chưa rõ", không tính vào số nữ.`);
  const joinedOn = dateOf(env, row, 'joinedOn', r, errors, warnings);

  // CCCD, phone: Excel often stores them as numbers and drops the leading zeros.
  let cccd = '';
  if (cols.cccd !== undefined) {
    const raw = row[cols.cccd];
    const digits =
      typeof raw === 'number'
        ? Number.isInteger(raw)
          ? raw.toFixed(0)
          : String(raw)
        : txt(env, 'cccd')
            .replace(/^'/, '')
            .replace(/[\s.-]/g, '');
    const restored = restoreCccdZeros(digits);
    cccd = restored.cccd;
    if (restored.added) {
      warnings.push(`${cellRef(env, 'cccd', r)}: số CCCD bị mất số 0 ở đầu (${restored.added} số), đã thêm lại: ${cccd}.`);
    }
  }
  // The old CMND: its own column, or 9 (8 without the leading zero) digits in a "Số CMND/CCCD" column.
  let cmnd = '';
  if (cols.cmnd !== undefined) {
    const raw = row[cols.cmnd];
    cmnd =
      typeof raw === 'number' && Number.isInteger(raw)
        ? raw.toFixed(0)
        : txt(env, 'cmnd')
            .replace(/^'/, '')
            .replace(/[\s.-]/g, '');
  }
  if (/^\d{8,9}$/.test(cccd) && !cmnd) {
    cmnd = cccd;
    cccd = '';
    warnings.push(`${cellRef(env, 'cccd', r)}: ${cmnd.length === 8 ? '8' : '9'} chữ số là số CMND cũ, đã ghi vào "Số CMND cũ".`);
  }
  if (/^\d{8}$/.test(cmnd)) cmnd = `0${cmnd}`;
  let phone = txt(env, 'phone');
  if (cols.phone !== undefined && typeof row[cols.phone] === 'number' && /^\d{9}$/.test(phone)) phone = `0${phone}`;

  // Party: a tick or a date in "Đảng viên", or a date in "Ngày vào Đảng".
  let partyMember = false;
  let partyDate = '';
  if (cols.partyMember !== undefined) {
    const v = row[cols.partyMember];
    partyMember = isTick(txt(env, 'partyMember'));
    if (v instanceof Date || (typeof v === 'string' && /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(v)))
      partyDate = dateOf(env, row, 'partyMember', r, errors, warnings);
  }
  if (cols.partyDate !== undefined) {
    const d = dateOf(env, row, 'partyDate', r, errors, warnings);
    if (d) {
      partyDate = d;
      partyMember = true;
    }
  }

  // Union position: known titles become codes; anything else goes to the notes.
  let notes = txt(env, 'notes');
  let unionPosition: string | null = null;
  const pos = txt(env, 'unionPosition');
  if (pos) {
    unionPosition = parseUnionPosition(pos);
    if (!unionPosition) {
      warnings.push(
        `${cellRef(env, 'unionPosition', r)}: chức vụ công đoàn "${pos}" không có trong danh mục (${UNION_POSITION_LIST}); đã ghi vào Ghi chú.`,
      );
      notes = notes ? `${notes}; Chức vụ CĐ: ${pos}` : `Chức vụ CĐ: ${pos}`;
    }
  }

  // Unit: the unit column (code or name), else the unit chosen for the file.
  let unit: UnitInfo | null = env.target;
  const unitText = txt(env, 'unit');
  if (unitText) {
    const k = foldVi(unitText);
    unit = env.units.byCode.get(codeKey(unitText)) ?? env.units.byName.get(k) ?? env.units.byName.get(stripUnitPrefix(k)) ?? null;
    if (!unit)
      errors.push(
        `${cellRef(env, 'unit', r)}: không tìm thấy công đoàn cơ sở "${unitText}" trong danh sách đơn vị. Hãy thêm đơn vị trước hoặc sửa tên/mã cho đúng.`,
      );
    else if (unit.dissolvedOn) errors.push(`${cellRef(env, 'unit', r)}: "${unit.name}" đã giải thể.`);
  } else if (!unit) {
    errors.push(`${cellRef(env, 'unit', r)}: chưa ghi công đoàn cơ sở; hãy ghi mã hoặc tên đơn vị, hoặc chọn đơn vị nhận danh sách.`);
  }

  const candidate: MemberCandidate = {
    name,
    birthDate,
    gender,
    ethnicity: txt(env, 'ethnicity'),
    religion: txt(env, 'religion'),
    cccd,
    cmnd,
    phone,
    jobTitle: txt(env, 'jobTitle'),
    unionPosition,
    joinedOn,
    memberCode: txt(env, 'memberCode'),
    partyMember,
    partyDate,
    education: txt(env, 'education'),
    notes,
  };
  let fields: MemberFields | null = quickMemberFields(candidate);
  if (!fields) {
    const parsed = rowSchema.safeParse(candidate);
    if (parsed.success) fields = parsed.data;
    else {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as ImportField;
        if (seen.has(key)) continue;
        seen.add(key);
        errors.push(`${key === 'name' && cols.name === undefined ? `Dòng ${r}` : cellRef(env, key, r)}: ${issue.message}`);
      }
    }
  }
  if (fields) {
    for (const w of cccdWarnings(fields.cccd, fields.gender, fields.birthDate)) warnings.push(`${cellRef(env, 'cccd', r)}: ${w}`);
    const rules = memberRuleIssues(fields, env.today);
    for (const key in rules) {
      const f = key as ImportField;
      const col: ImportField =
        f === 'birthDate' && cols.birthDate === undefined && cols.birthMale !== undefined
          ? gender === 'nu'
            ? 'birthFemale'
            : 'birthMale'
          : f;
      errors.push(`${cellRef(env, col, r)}: ${rules[key]}`);
    }
  }

  // Duplicates inside the file, then against the register.
  let status: ImportRowStatus = 'new';
  let messages: string[] = errors;
  const cccdKey = fields?.cccd ?? null;
  const codeK = fields?.memberCode ? codeKey(fields.memberCode) : null;
  if (cccdKey) {
    const first = env.seenCccd.get(cccdKey);
    if (first !== undefined) errors.push(`${cellRef(env, 'cccd', r)}: số CCCD ${cccdKey} trùng với dòng ${first} trong cùng tệp.`);
    else env.seenCccd.set(cccdKey, r);
  }
  if (codeK) {
    const first = env.seenCode.get(codeK);
    if (first !== undefined)
      errors.push(`${cellRef(env, 'memberCode', r)}: mã số đoàn viên "${fields!.memberCode}" trùng với dòng ${first} trong cùng tệp.`);
    else env.seenCode.set(codeK, r);
  }
  if (errors.length) {
    status = 'error';
  } else if (env.existing) {
    const byCccd = cccdKey ? env.existing.cccd(cccdKey) : undefined;
    const byCode = byCccd === undefined && codeK ? env.existing.code(codeK) : undefined;
    const byCmnd = byCccd === undefined && byCode === undefined && fields?.cmnd ? env.existing.cmnd(fields.cmnd) : undefined;
    if (byCccd !== undefined) {
      status = 'exists';
      messages = [`Đã có trong sổ: ${env.holder(byCccd)}, cùng số CCCD ${cccdKey}. Dòng này sẽ không được nhập.`];
    } else if (byCode !== undefined) {
      status = 'exists';
      messages = [`Đã có trong sổ: ${env.holder(byCode)}, cùng mã số đoàn viên "${fields!.memberCode}". Dòng này sẽ không được nhập.`];
    } else if (byCmnd !== undefined) {
      status = 'exists';
      messages = [`Đã có trong sổ: ${env.holder(byCmnd)}, cùng số CMND ${fields!.cmnd}. Dòng này sẽ không được nhập.`];
    }
  }
  if (status === 'new' && !fields?.joinedOn) env.missingJoin++;
  if (messages.length === 0) messages = NONE as string[];
  if (warnings.length === 0) warnings = NONE as string[];
  return {
    preview: {
      rowNumber: r,
      status,
      name: fields?.name ?? name,
      birthDate: fields?.birthDate ?? (birthDate || null),
      gender,
      cccd: fields?.cccd ?? (cccd || null),
      cmnd: fields?.cmnd ?? (cmnd || null),
      memberCode: fields?.memberCode ?? (txt(env, 'memberCode') || null),
      joinedOn: fields?.joinedOn ?? (joinedOn || null),
      partyMember: fields?.partyMember ?? partyMember,
      partyDate: fields?.partyDate ?? (partyDate || null),
      unitName: unit?.name ?? (unitText || null),
      messages,
      warnings,
    },
    fields: status === 'new' ? fields : null,
    unitId: status === 'new' ? unit!.id : null,
    registerOn: initialRegisterDate(fields?.joinedOn ?? null, env.today, env.fallbackJoin),
  };
}
