// The superior's .xlsx as a set of zip parts: opened through the zip guard (every part kept, so the
// copy we send back holds everything the original held), the sheets by name and part path, and
// which cell styles show a percentage.
import { AppError } from '../../../../shared/api/result';
import { DEFAULT_LIMITS, openSafeZip } from '../../files/xlsx-guard';
import { decodeText } from '../../files/sheets/xml-scan';

export interface XlsxPackage {
  /** Every part of the zip in file order, inflated (directories left out). */
  parts: Map<string, Buffer>;
  sheets: { name: string; hidden: boolean; path: string }[];
  /** Per cellXfs index: the style shows a percentage. */
  percentStyles: boolean[];
}

const bad = (fileName: string, msg: string) => new AppError('BAD_FILE', `Tệp "${fileName}": ${msg}`);

/** `name="x"` pairs of a tag, prefixes dropped except `r:` (relationship ids). */
export function attrsOf(tagText: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tagText.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const key = m[1].includes(':') && !m[1].startsWith('r:') ? m[1].slice(m[1].indexOf(':') + 1) : m[1];
    out[key] = m[3] ?? m[4] ?? '';
  }
  return out;
}

/** An element name with any namespace prefix, for regular expressions. */
export const anyPrefix = (name: string) => `(?:[A-Za-z_][\\w.-]*:)?${name}`;

function resolveTarget(target: string): string {
  const t = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const p of t.split('/')) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

function readSheets(parts: Map<string, Buffer>, fileName: string): XlsxPackage['sheets'] {
  // Latin-1, one character per byte: decodeText turns an attribute's bytes into UTF-8 text.
  const workbook = parts.get('xl/workbook.xml')!.toString('latin1');
  const rels = new Map<string, string>();
  const relsXml = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  for (const m of relsXml.matchAll(new RegExp(`<${anyPrefix('Relationship')}\\b([^>]*)>`, 'g'))) {
    const a = attrsOf(m[1]);
    if (a.Id && a.Target) rels.set(a.Id, resolveTarget(a.Target));
  }
  const sheets: XlsxPackage['sheets'] = [];
  for (const m of workbook.matchAll(new RegExp(`<${anyPrefix('sheet')}\\b([^>]*)>`, 'g'))) {
    const a = attrsOf(m[1]);
    const path = rels.get(a['r:id'] ?? a.id ?? '');
    if (!path || !path.includes('worksheets/') || !parts.has(path)) continue;
    sheets.push({ name: decodeText(a.name ?? ''), hidden: !!a.state && a.state !== 'visible', path });
  }
  if (!sheets.length) throw bad(fileName, 'tệp không có trang tính nào để điền. Hãy chọn đúng tệp mẫu báo cáo của cấp trên.');
  return sheets;
}

function readPercentStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(new RegExp(`<${anyPrefix('numFmt')}\\b([^>]*)>`, 'g'))) {
    const a = attrsOf(m[1]);
    custom.set(Number(a.numFmtId), decodeText(a.formatCode ?? ''));
  }
  const xfs = new RegExp(`<${anyPrefix('cellXfs')}\\b[^>]*>([\\s\\S]*?)</${anyPrefix('cellXfs')}>`).exec(xml);
  if (!xfs) return [];
  return [...xfs[1].matchAll(new RegExp(`<${anyPrefix('xf')}\\b([^>]*?)/?>`, 'g'))].map((m) => {
    const idNum = Number(attrsOf(m[1]).numFmtId ?? 0);
    const code = custom.get(idNum);
    // Quoted text and escaped characters are not the percent operator.
    return code !== undefined ? code.replace(/"[^"]*"|\\./g, '').includes('%') : idNum === 9 || idNum === 10;
  });
}

/** Opens the superior's file through the zip guard; BAD_FILE for anything that is not a sound .xlsx. */
export async function openPackage(data: Buffer, fileName: string): Promise<XlsxPackage> {
  const max = DEFAULT_LIMITS.maxFileBytes;
  if (data.length > max) throw bad(fileName, `tệp quá lớn (tối đa ${Math.round(max / 1024 / 1024)} MB).`);
  if (data.length >= 8 && data[0] === 0xd0 && data[1] === 0xcf) {
    if (data.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw bad(fileName, 'tệp đang đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu mở tệp, lưu lại rồi chọn lại.');
    }
    throw bad(
      fileName,
      'đây là tệp Excel đời cũ (.xls). Hãy mở tệp trong Excel, chọn Tệp > Lưu thành > "Sổ làm việc Excel (*.xlsx)", rồi chọn tệp .xlsx mới.',
    );
  }
  if (!(data[0] === 0x50 && data[1] === 0x4b)) {
    throw bad(fileName, 'không phải tệp Excel .xlsx (hoặc tệp đã bị hỏng). Hãy chọn đúng tệp mẫu báo cáo .xlsx của cấp trên.');
  }
  if (data.subarray(0, 200).includes(Buffer.from('application/vnd.oasis.opendocument.spreadsheet'))) {
    throw bad(fileName, 'đây là tệp LibreOffice .ods. Hãy mở tệp bằng LibreOffice, lưu thành "Excel 2007-365 (.xlsx)" rồi chọn lại.');
  }
  const all = await openSafeZip(data, fileName, { required: 'xl/workbook.xml', keep: (n) => !n.endsWith('/') });
  // The order the writer used is kept: some readers expect [Content_Types].xml first.
  const parts = new Map<string, Buffer>();
  for (const [name, content] of all) if (!name.endsWith('/')) parts.set(name, content);
  try {
    return { parts, sheets: readSheets(parts, fileName), percentStyles: readPercentStyles(parts.get('xl/styles.xml')?.toString('latin1')) };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw bad(fileName, 'tệp đã bị hỏng, không đọc được nội dung. Hãy mở tệp bằng Excel, lưu lại rồi chọn lại.');
  }
}
