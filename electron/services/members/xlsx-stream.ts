// Streaming read of an untrusted .xlsx into plain cell values, row by row (fast, bounded memory),
// for big member lists. Generic: could move to services/files if other importers need it.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { AppError } from '../../../shared/api/result';
import { cellRaw } from '../files/cells';
import { assertSafeXlsx } from '../files/xlsx-guard';
import { inflatePlainEntry, plainZipLayout, reorderZip, type ZipLayout } from '../files/zip-layout';
import { startSheetWorker, workerMinBytes } from './sheet-reader';

export type RawValue = string | number | boolean | Date | null;
/** Cell values of one row; index = column number (1-based, as in Excel). */
export type RawRow = RawValue[];

export interface SheetHead {
  name: string;
  /** rows[r]: the first rows of the sheet (up to HEAD_ROWS), merged cells filled in when known. */
  rows: (RawRow | undefined)[];
  lastRow: number;
}

export const MAX_ROWS = 200_000;
const MAX_COLS = 200;
export const HEAD_ROWS = 40;

const damaged = (fileName: string) =>
  new AppError(
    'BAD_FILE',
    `Tệp "${fileName}": tệp đã bị hỏng, Excel không đọc được nội dung. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.`,
  );

function rowValues(row: ExcelJS.Row): RawRow {
  const values = row.values as ExcelJS.CellValue[];
  const n = Math.min(values.length, MAX_COLS + 1);
  const out: RawRow = new Array(n).fill(null);
  for (let c = 1; c < n; c++) {
    const v = values[c];
    if (v !== undefined && v !== null) out[c] = typeof v === 'object' && !(v instanceof Date) ? cellRaw(v) : (v as RawValue);
  }
  return out;
}

interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  master: RawValue;
}

/** Fills merged cells with their top-left value as rows stream by (top-left cells come first). */
class MergeFiller {
  private byStart = new Map<number, Merge[]>();
  private active: Merge[] = [];
  private budget = 2_000_000;

  constructor(merges: Omit<Merge, 'master'>[]) {
    for (const m of merges) {
      const list = this.byStart.get(m.r1) ?? [];
      list.push({ ...m, master: null });
      this.byStart.set(m.r1, list);
    }
  }

  /** Call with the rows in increasing order. */
  fill(r: number, row: RawRow): void {
    const starting = this.byStart.get(r);
    if (starting) {
      for (const m of starting) m.master = row[m.c1] ?? null;
      this.active.push(...starting);
      this.byStart.delete(r);
    }
    if (this.active.length === 0) return;
    this.active = this.active.filter((m) => m.r2 >= r);
    for (const m of this.active) {
      if (m.master === null) continue;
      for (let c = m.c1; c <= m.c2 && this.budget > 0; c++, this.budget--) {
        if (r === m.r1 && c === m.c1) continue;
        if (row[c] === undefined || row[c] === null) row[c] = m.master;
      }
    }
  }
}

interface ReaderInternals {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/** The merged ranges of a worksheet, read straight from its XML (the streaming reader skips them). */
function readMerges(data: Buffer, layout: ZipLayout | null, reader: unknown, sheetName: string): Omit<Merge, 'master'>[] {
  const internals = reader as ReaderInternals;
  const sheet = internals.model?.sheets?.find((s) => s.name === sheetName);
  const rel = sheet && internals.workbookRels?.find((r) => r.Id === sheet.rId);
  if (!rel) return [];
  const path = rel.Target.startsWith('/') ? rel.Target.slice(1) : `xl/${rel.Target}`;
  let buf: Buffer | undefined;
  try {
    buf = inflateEntry(data, layout, path);
  } catch {
    return [];
  }
  if (!buf) return [];
  const at = buf.lastIndexOf('<mergeCells');
  if (at < 0) return [];
  const close = buf.indexOf('</mergeCells>', at);
  const tail = buf.subarray(at, close < 0 ? buf.length : close + 13).toString('latin1');
  const out: Omit<Merge, 'master'>[] = [];
  for (const m of tail.matchAll(/<mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"/g)) {
    out.push({ c1: colNumber(m[1]), r1: Number(m[2]), c2: Math.min(colNumber(m[3]), MAX_COLS), r2: Math.min(Number(m[4]), MAX_ROWS) });
  }
  return out;
}

/** One entry of the zip (already through the xlsx guard): Node's zlib for a plain zip, fflate otherwise. */
function inflateEntry(data: Buffer, layout: ZipLayout | null, name: string): Buffer | undefined {
  const entry = layout?.entries.find((e) => e.name === name);
  const content = entry && inflatePlainEntry(data, entry);
  if (content) return content;
  const xml = unzipSync(data, { filter: (f) => f.name === name })[name];
  return xml ? Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength) : undefined;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Reads the worksheets in order, without the guard (the caller runs it first). For each sheet,
 * `decide` sees its first rows (merged cells filled in) and says whether to read it; the rows of
 * the first sheet it takes go to `onRow` in order, the first rows included, and its name is
 * returned (null when no sheet was taken). Used in-process and by the member sheet worker.
 */
export async function readSheets(
  data: Buffer,
  fileName: string,
  decide: (head: SheetHead) => boolean | Promise<boolean>,
  onRow: (r: number, row: RawRow) => void,
): Promise<string | null> {
  const layout = plainZipLayout(data);
  const ordered = streamingOrder(data, layout);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([ordered ?? data]), {
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell date cells from numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let taken: string | null = null;
  for await (const ws of reader) {
    const name = String((ws as unknown as { name?: string }).name ?? '');
    if (taken !== null) {
      for await (const _row of ws) {
        // drained, so that exceljs removes its temporary copy (see streamingOrder)
      }
      continue;
    }
    const head: SheetHead = { name, rows: [], lastRow: 0 };
    const st: { state: 'head' | 'skip' | 'take'; filler: MergeFiller | null } = { state: 'head', filler: null };
    const choose = async () => {
      const merges = readMerges(data, layout, reader, name);
      // Fill the head with merges first, so `decide` sees what Excel shows.
      const preview = new MergeFiller(merges);
      for (let r = 1; r <= head.lastRow; r++) preview.fill(r, (head.rows[r] ??= []));
      st.state = (await decide(head)) ? 'take' : 'skip';
      if (st.state === 'take') {
        st.filler = new MergeFiller(merges);
        for (let r = 1; r <= head.lastRow; r++) {
          const row = head.rows[r]!.slice();
          st.filler.fill(r, row);
          onRow(r, row);
        }
      }
    };
    for await (const row of ws) {
      if (st.state === 'skip') continue; // drain a sheet we do not read
      const r = row.number;
      if (r > MAX_ROWS) {
        throw new AppError(
          'BAD_FILE',
          `Tệp "${fileName}": trang "${name}" có quá nhiều dòng (hơn ${MAX_ROWS.toLocaleString('vi-VN')}). Hãy chia nhỏ danh sách.`,
        );
      }
      const values = rowValues(row);
      if (st.state === 'take') {
        st.filler!.fill(r, values);
        onRow(r, values);
        continue;
      }
      head.rows[r] = values;
      head.lastRow = r;
      if (r >= HEAD_ROWS) await choose();
    }
    if (st.state === 'head') await choose();
    if (st.state === 'take') {
      if (ordered) return name;
      taken = name;
    }
  }
  return taken;
}

/** Where exceljs finds each part best placed: what a worksheet needs comes before the worksheets. */
function streamingRank(name: string): number {
  if (name === 'xl/_rels/workbook.xml.rels' || name === 'xl/workbook.xml') return 1;
  if (name === 'xl/styles.xml' || name === 'xl/sharedStrings.xml') return 2;
  if (name.startsWith('xl/worksheets/')) return 3;
  return 0;
}

/**
 * exceljs's streaming reader parses a worksheet on the fly only when the shared strings and the
 * workbook relationships came before it in the zip; otherwise it first copies the worksheet, as
 * plain XML, into a temporary file, and removes that file only if the caller reads on to the end
 * of the workbook. Excel (like exceljs itself) writes the worksheets first. So a plain zip that
 * has shared strings is handed over with its parts reordered (same bytes, no recompression): no
 * temporary copy of the member list on disk, and the rows start flowing at once. For any other
 * file (null here) readSheets reads every remaining sheet to the end, so the copies are removed.
 */
function streamingOrder(data: Buffer, layout: ZipLayout | null): Buffer | null {
  if (!layout || !layout.entries.some((e) => e.name === 'xl/sharedStrings.xml')) return null;
  return reorderZip(data, layout, streamingRank);
}

/**
 * Streams the first worksheet that `accept` recognises. `accept` sees the sheet's first rows
 * (merged cells filled in) and returns what it recognised, or null to skip the sheet; then
 * `onRow` receives every row of that sheet in order, the first rows included. The zip is checked
 * by the xlsx guard before anything is parsed. Returns the sheet name and what `accept` returned,
 * or null when no sheet was accepted.
 *
 * Big files are parsed in a worker thread (sheet-reader.ts) while `accept` and `onRow` run here.
 */
export async function streamFirstMatchingSheet<T>(
  data: Buffer,
  fileName: string,
  accept: (head: SheetHead) => T | null,
  onRow: (r: number, row: RawRow) => void,
): Promise<{ sheetName: string; match: T } | null> {
  let match: T | null = null;
  const decide = (head: SheetHead) => (match = accept(head)) !== null;
  const inProcess = async (d: Buffer, f: string, dec: typeof decide, on: typeof onRow) => {
    try {
      return await readSheets(d, f, dec, on);
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw damaged(f);
    }
  };
  const worker = data.length >= workerMinBytes() ? startSheetWorker(inProcess) : null;
  let sheetName: string | null;
  if (worker) {
    try {
      assertSafeXlsx(data, fileName); // while the worker starts up
    } catch (e) {
      worker.cancel();
      throw e;
    }
    sheetName = await worker.read(data, fileName, decide, onRow);
  } else {
    assertSafeXlsx(data, fileName);
    sheetName = await inProcess(data, fileName, decide, onRow);
  }
  return sheetName !== null && match !== null ? { sheetName, match } : null;
}
