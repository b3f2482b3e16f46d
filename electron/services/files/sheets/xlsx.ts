// .xlsx (and .xlsm) read straight from its XML parts: zip entries inflated with Node's zlib (the
// guard has checked sizes first), every XML part parsed by a streaming XML parser (saxes). This is
// several times faster than exceljs's object model and reads what exceljs's streaming reader does
// not: every sheet with its real name, merged cells, inline strings, the cell fonts that tell
// TCVN3/VNI text, and the number formats that tell dates (month first or not).
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { scanSharedStrings, scanWorksheet, unescapeOoxml } from './xml-scan';
import { AppError } from '../../../../shared/api/result';
import type { LegacyEncoding } from '../../../../shared/text/legacy-vn';
import {
  BUILTIN_DATE_FORMATS,
  MAX_COLS,
  MAX_ROWS,
  dateFormatInfo,
  fillMerges,
  parseRef,
  serialToDate,
  type LegacyText,
  type RawValue,
  type SheetData,
  type WorkbookData,
  legacyOfFont,
} from './types';

const CHUNK = 1 << 20;
/** Text that a legacy font could have changed (TCVN3/VNI differ from ASCII only above 0x7F). */
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const NON_ASCII = /[^\u0000-\u007f]/;

type Handlers = {
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (t: string) => void;
};

const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** Parses one XML part, feeding the parser in slices so that a big sheet never becomes one string. */
function parseXml(xml: Buffer, h: Handlers): void {
  const p = new SaxesParser({ position: false });
  if (h.open) {
    const open = h.open;
    p.on('opentag', (t) => open(local(t.name), t.attributes as Record<string, string>));
  }
  if (h.close) {
    const close = h.close;
    p.on('closetag', (t) => close(local(t.name)));
  }
  if (h.text) p.on('text', h.text);
  let failed: Error | null = null;
  p.on('error', (e: Error) => {
    failed ??= e;
  });
  const dec = new StringDecoder('utf8');
  for (let at = 0; at < xml.length && !failed; at += CHUNK) p.write(dec.write(xml.subarray(at, at + CHUNK)));
  if (!failed) p.write(dec.end()).close();
  if (failed) throw failed;
}

interface Styles {
  /** Per cellXfs index: date format (0 no, 1 yes, 2 month first) and the font's legacy encoding. */
  date: Uint8Array;
  legacy: (LegacyEncoding | null)[];
}

function readStyles(xml: Buffer | undefined): Styles {
  const formats = new Map<number, string>();
  const fonts: (LegacyEncoding | null)[] = [];
  const xfs: { numFmt: number; font: number }[] = [];
  if (xml) {
    let section = '';
    let inFont = false;
    parseXml(xml, {
      open(name, a) {
        if (name === 'numFmt') formats.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'fonts' || name === 'cellXfs' || name === 'cellStyleXfs') section = name;
        else if (name === 'font' && section === 'fonts') {
          inFont = true;
          fonts.push(null);
        } else if (name === 'name' && inFont) fonts[fonts.length - 1] = legacyOfFont(a.val);
        else if (name === 'xf' && section === 'cellXfs') xfs.push({ numFmt: Number(a.numFmtId ?? 0), font: Number(a.fontId ?? 0) });
      },
      close(name) {
        if (name === 'font') inFont = false;
        else if (name === 'fonts' || name === 'cellXfs' || name === 'cellStyleXfs') section = '';
      },
    });
  }
  const date = new Uint8Array(xfs.length);
  xfs.forEach((x, i) => {
    const code = formats.get(x.numFmt);
    if (code !== undefined) {
      const info = dateFormatInfo(code);
      date[i] = info.isDate ? (info.monthFirst ? 2 : 1) : 0;
    } else date[i] = BUILTIN_DATE_FORMATS.has(x.numFmt) ? 1 : 0;
  });
  return { date, legacy: xfs.map((x) => fonts[x.font] ?? null) };
}

/** Shared strings; a string whose runs use a TCVN3/VNI font comes back marked. */
function readSharedStrings(xml: Buffer | undefined): (string | LegacyText)[] {
  const out: (string | LegacyText)[] = [];
  if (!xml) return out;
  const fast = scanSharedStrings(xml.toString('latin1'));
  if (fast) {
    for (const item of fast) {
      const legacy = legacyOfFont(item.font ?? undefined);
      out.push(legacy && NON_ASCII.test(item.text) ? { legacy, text: item.text } : item.text);
    }
    return out;
  }
  let depth = 0; // inside <si>
  let inT = false;
  let phonetic = false;
  let text = '';
  let legacy: LegacyEncoding | null = null;
  parseXml(xml, {
    open(name, a) {
      if (name === 'si') {
        depth = 1;
        text = '';
        legacy = null;
      } else if (depth) {
        if (name === 't' && !phonetic) inT = true;
        else if (name === 'rPh') phonetic = true;
        else if (name === 'rFont') legacy ??= legacyOfFont(a.val);
      }
    },
    text(t) {
      if (inT) text += t;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'si') {
        depth = 0;
        const t = unescapeOoxml(text);
        out.push(legacy && NON_ASCII.test(t) ? { legacy, text: t } : t);
      }
    },
  });
  return out;
}

interface SheetRef {
  name: string;
  hidden: boolean;
  path: string;
}

function resolveTarget(target: string): string {
  const t = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const p of t.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

function readWorkbook(parts: Map<string, Buffer>): { sheets: SheetRef[]; date1904: boolean } {
  const rels = new Map<string, string>();
  const relsXml = parts.get('xl/_rels/workbook.xml.rels');
  if (relsXml) {
    parseXml(relsXml, {
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target) rels.set(a.Id, resolveTarget(a.Target));
      },
    });
  }
  const sheets: SheetRef[] = [];
  let date1904 = false;
  parseXml(parts.get('xl/workbook.xml')!, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const rid = Object.entries(a).find(([k]) => local(k) === 'id')?.[1];
      const path = (rid && rels.get(rid)) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
      sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, hidden: !!a.state && a.state !== 'visible', path });
    },
  });
  return { sheets, date1904 };
}

function readSheet(
  ref: SheetRef,
  xml: Buffer,
  fileName: string,
  shared: (string | LegacyText)[],
  styles: Styles,
  date1904: boolean,
): SheetData {
  const sheet: SheetData = { name: ref.name, hidden: ref.hidden, rows: [], lastRow: 0, monthFirstCols: [] };
  const monthFirst = new Set<number>();
  const checkRow = (r: number) => {
    if (r > MAX_ROWS) {
      throw new AppError(
        'BAD_FILE',
        `Tệp "${fileName}": trang "${ref.name}" có quá nhiều dòng (hơn ${MAX_ROWS.toLocaleString('vi-VN')}). Hãy chia nhỏ danh sách.`,
      );
    }
  };
  /** Stores one cell: its value from its type, style (date formats, legacy fonts) and text. */
  const put = (r: number, c: number, type: string, style: number, text: string) => {
    if (c < 1 || c > MAX_COLS || r < 1) return;
    checkRow(r);
    let v: RawValue;
    switch (type) {
      case 's':
        v = shared[Number(text)] ?? null;
        break;
      case 'inlineStr':
      case 'str':
        v = text;
        break;
      case 'b':
        v = text === '1' || text === 'true';
        break;
      case 'e':
        v = null;
        break;
      case 'd': {
        // An ISO date-time without a zone is the day as written (the reader's zone must not shift it).
        const iso = text.length === 10 ? `${text}T00:00:00Z` : /(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`;
        const d = new Date(iso);
        v = Number.isNaN(d.getTime()) ? text : d;
        break;
      }
      default: {
        if (text === '') return;
        const n = Number(text);
        if (Number.isNaN(n)) v = text;
        else {
          const kind = styles.date[style];
          if (kind === 2) monthFirst.add(c);
          v = kind ? (serialToDate(n, date1904) ?? n) : n;
        }
      }
    }
    if (typeof v === 'string') {
      const legacy = styles.legacy[style];
      if (legacy && NON_ASCII.test(v)) v = { legacy, text: v };
    }
    if (v === null || v === '') return;
    const row = (sheet.rows[r] ??= []);
    row[c] = v;
    if (r > sheet.lastRow) sheet.lastRow = r;
  };

  const merges =
    scanWorksheet(xml.toString('latin1'), checkRow, (cell) => put(cell.r, cell.c, cell.type, cell.style, cell.text)) ??
    parseSheetXml(xml, checkRow, put);
  fillMerges(sheet, merges);
  sheet.monthFirstCols = [...monthFirst].sort((a, b) => a - b);
  return sheet;
}

/** The same with the XML parser, for parts the scanner leaves alone (comments, CDATA…). */
function parseSheetXml(
  xml: Buffer,
  checkRow: (r: number) => void,
  put: (r: number, c: number, type: string, style: number, text: string) => void,
): { r1: number; c1: number; r2: number; c2: number }[] {
  const merges: { r1: number; c1: number; r2: number; c2: number }[] = [];
  let r = 0;
  let c = 0;
  let type = '';
  let style = 0;
  let inValue = false;
  let inInline = false;
  let phonetic = false;
  let text = '';
  let got = false;
  parseXml(xml, {
    open(name, a) {
      switch (name) {
        case 'row':
          r = a.r ? Number(a.r) : r + 1;
          checkRow(r);
          c = 0;
          return;
        case 'c': {
          const p = a.r ? parseRef(a.r) : null;
          c = p ? p.c : c + 1;
          if (p) {
            r = p.r;
            checkRow(r);
          }
          type = a.t ?? 'n';
          style = a.s ? Number(a.s) : 0;
          text = '';
          got = false;
          return;
        }
        case 'v':
          inValue = true;
          got = true;
          return;
        case 'is':
          inInline = true;
          got = true;
          return;
        case 'rPh':
          phonetic = true;
          return;
        case 'mergeCell': {
          const [from, to] = String(a.ref ?? '').split(':');
          const p1 = parseRef(from ?? '');
          const p2 = parseRef(to ?? from ?? '');
          if (p1 && p2) merges.push({ r1: p1.r, c1: p1.c, r2: p2.r, c2: p2.c });
          return;
        }
      }
    },
    text(t) {
      if (inValue || (inInline && !phonetic)) text += t;
    },
    close(name) {
      if (name === 'v') inValue = false;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'c' && got) put(r, c, type, style, type === 'inlineStr' || type === 'str' ? unescapeOoxml(text) : text);
    },
  });
  return merges;
}

/** Reads every worksheet of an .xlsx whose parts the guard has checked and inflated. */
export function readXlsx(parts: Map<string, Buffer>, fileName: string): WorkbookData {
  const book = readWorkbook(parts);
  const shared = readSharedStrings(parts.get('xl/sharedStrings.xml'));
  const styles = readStyles(parts.get('xl/styles.xml'));
  const sheets: SheetData[] = [];
  for (const ref of book.sheets) {
    const xml = parts.get(ref.path);
    if (!xml) continue; // a chartsheet or a missing part: nothing to read
    if (!ref.path.includes('worksheets/')) continue;
    sheets.push(readSheet(ref, xml, fileName, shared, styles, book.date1904));
  }
  return { format: 'xlsx', sheets };
}
