// Spreadsheets written to hurt or confuse the reader (found in review): each must be read right,
// or refused, quickly and without the memory it claims.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openXlsxParts, readSpreadsheet } from '../../../electron/services/files/sheets/read';
import { dateFormatInfo } from '../../../electron/services/files/sheets/types';
import { rawXlsx } from '../../fixtures/sheets/raw-xlsx';
import { bombBehindJunkByte } from '../../fixtures/files/hostile';

/** A workbook whose only sheet has this sheetData (and what follows it). */
function book(sheetXml: string, shared?: string): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
  };
  if (shared) files['xl/sharedStrings.xml'] = strToU8(shared);
  return Buffer.from(zipSync(files));
}
const rowsOf = async (data: Buffer) => (await readSpreadsheet(data, 'x.xlsx')).sheets[0].rows;

describe('cells as other writers put them', () => {
  it('reads single-quoted attributes, empty <t/>, Excel escapes, a ">" in a value, and zone-less ISO dates', async () => {
    const shared = "<sst><si><r><t xml:space='preserve'/></r><r><t>Lan_x000D_B</t></r></si></sst>";
    const rows = await rowsOf(
      book(
        `<worksheet><sheetData><row r='1'><c r='B1' t='s'><v>0</v></c><c r='C1' t='inlineStr'><is><t>a sheetData&gt; b > c</t></is></c><c r='D1' t='d'><v>1990-05-06T00:00:00</v></c></row></sheetData></worksheet>`,
        shared,
      ),
    );
    expect(rows[1]).toEqual([undefined, undefined, 'Lan\rB', 'a sheetData> b > c', new Date('1990-05-06T00:00:00Z')]);
  });

  it('does not take ISO or time formats for month-first dates', () => {
    expect(dateFormatInfo('m/d/yyyy').monthFirst).toBe(true);
    expect(dateFormatInfo('mm-dd-yy').monthFirst).toBe(true);
    expect(dateFormatInfo('yyyy-mm-dd').monthFirst).toBe(false);
    expect(dateFormatInfo('yyyy/mm/dd').monthFirst).toBe(false);
    expect(dateFormatInfo('h:mm dd/mm/yyyy').monthFirst).toBe(false);
    expect(dateFormatInfo('dd/mm/yyyy').monthFirst).toBe(false);
    expect(dateFormatInfo('#,##0 "đ"').isDate).toBe(false);
  });
});

describe('files built to hang or exhaust the reader', () => {
  it('refuses a cell far below the row limit as a too-long sheet', async () => {
    await expect(
      rowsOf(book('<worksheet><sheetData><row r="1"><c r="B999999999"><v>1</v></c></row></sheetData></worksheet>')),
    ).rejects.toThrow(/quá nhiều dòng/);
  });

  it('reads unclosed string items and many empty prefixed rows in linear time (falls back or refuses, never hangs)', async () => {
    const unclosed = `<sst>${'<si><t>x</t>'.repeat(200_000)}</sst>`;
    const data = book('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>', unclosed);
    await expect(readSpreadsheet(data, 'x.xlsx')).rejects.toThrow(/hỏng/);
    const prefixed = `<x:worksheet xmlns:x="x"><x:sheetData>${'<x:row r="1"></x:row>'.repeat(200_000)}<x:row r="2"><x:c r="A2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect((await rowsOf(book(prefixed)))[2]).toEqual([undefined, 7]);
  });

  it('bounds reversed and huge merged ranges', async () => {
    const merges = Array.from({ length: 4000 }, () => '<mergeCell ref="Z1:A200000"/>').join('');
    const rows = await rowsOf(
      book(
        `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells>${merges}</mergeCells></worksheet>`,
      ),
    );
    expect(rows[1]?.[1]).toBe('x');
  });

  it('never hands the reader a part the zip guard did not measure (a bomb behind a junk byte)', async () => {
    const zip = bombBehindJunkByte();
    const kept = await openXlsxParts(zip, 'x.xlsx');
    expect(kept.get('xl/worksheets/sheet1.xml')).toBeUndefined();
  });

  it('still reads a plain list written part by part', async () => {
    const data = rawXlsx([{ name: 'DS', rows: [['Họ và tên'], ['Lê Văn An']] }]);
    expect((await rowsOf(data))[2]).toEqual([undefined, 'Lê Văn An']);
  });
});
