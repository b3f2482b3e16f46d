import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../electron/services/files/sheets/read';
import { scanSharedStrings, scanWorksheet, type ScannedCell } from '../../../electron/services/files/sheets/xml-scan';

/** A part as the reader hands it to the scanner: its UTF-8 bytes, one character per byte. */
const bytes = (xml: string) => Buffer.from(xml, 'utf8').toString('latin1');

function cells(xml: string) {
  const out: Omit<ScannedCell, never>[] = [];
  const merges = scanWorksheet(
    bytes(xml),
    () => undefined,
    (c) => out.push({ ...c }),
  );
  return { out, merges };
}

const ws = (data: string, tail = '') =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${tail}</worksheet>`;

describe('worksheet scanner', () => {
  it('reads plain cells: references, types, styles, entities, inline strings with runs and phonetic text', () => {
    const { out, merges } = cells(
      ws(
        '<row r="2" spans="1:4"><c r="A2" t="s"><v>3</v></c><c r="B2" s="7"><v>25569</v></c><c r="C2" t="inlineStr"><is><r><t>Nguy</t></r><r><rPr><rFont val=".VnTime"/></rPr><t xml:space="preserve">ễn &amp; Co</t></r><rPh><t>x</t></rPh></is></c><c r="D2" t="str"><f>A1</f><v>&lt;a&gt; &#7879;</v></c><c r="E2" s="1"/></row>',
        '<mergeCells count="1"><mergeCell ref="A5:C6"/></mergeCells>',
      ),
    );
    expect(out).toEqual([
      { r: 2, c: 1, type: 's', style: 0, text: '3' },
      { r: 2, c: 2, type: 'n', style: 7, text: '25569' },
      { r: 2, c: 3, type: 'inlineStr', style: 0, text: 'Nguyễn & Co' },
      { r: 2, c: 4, type: 'str', style: 0, text: '<a> ệ' },
    ]);
    expect(merges).toEqual([{ r1: 5, c1: 1, r2: 6, c2: 3 }]);
  });

  it('numbers rows and cells without references, and reads attributes split over lines', () => {
    const { out } = cells(ws('<row><c><v>1</v></c><c\n  t="b"\n  s="2"><v>1</v></c></row><row><c r="C"><v>5</v></c></row>'));
    expect(out).toEqual([
      { r: 1, c: 1, type: 'n', style: 0, text: '1' },
      { r: 1, c: 2, type: 'b', style: 2, text: '1' },
      { r: 2, c: 3, type: 'n', style: 0, text: '5' },
    ]);
  });

  it('reads elements with a namespace prefix (Open XML SDK)', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Họ và tên</x:t></x:is></x:c><x:c r="B1" s="3"><x:v>12</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>';
    const { out, merges } = cells(xml);
    expect(out).toEqual([
      { r: 1, c: 1, type: 'inlineStr', style: 0, text: 'Họ và tên' },
      { r: 1, c: 2, type: 'n', style: 3, text: '12' },
    ]);
    expect(merges).toEqual([{ r1: 1, c1: 1, r2: 1, c2: 2 }]);
  });

  it('leaves comments, CDATA and cut-short sheets to the XML parser', () => {
    expect(cells(ws('<row r="1"><!-- x --><c r="A1"><v>1</v></c></row>')).merges).toBeNull();
    expect(cells(ws('<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>')).merges).toBeNull();
    expect(cells('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>').merges).toBeNull();
    expect(() => cells(ws('<row r="x"><c><v>1</v></c></row>'))).toThrow();
  });

  it('finds where the cells end from the end of the part: an empty sheet, a footer naming sheetData, text naming it', () => {
    expect(cells('<worksheet><dimension ref="A1"/><sheetData/><pageMargins left="0.7"/></worksheet>')).toEqual({ out: [], merges: [] });
    expect(cells('<x:worksheet xmlns:x="u"><x:sheetData/></x:worksheet>')).toEqual({ out: [], merges: [] });
    const text = ws(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>sheetData</t></is></c></row>',
      '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>',
    );
    expect(cells(text)).toEqual({
      out: [{ r: 1, c: 1, type: 'inlineStr', style: 0, text: 'sheetData' }],
      merges: [{ r1: 1, c1: 1, r2: 1, c2: 2 }],
    });
    // The word in a footer after the cells: the scanner does not guess, the XML parser reads the part.
    expect(
      cells(ws('<row r="1"><c r="A1"><v>1</v></c></row>', '<headerFooter><oddFooter>sheetData</oddFooter></headerFooter>')).merges,
    ).toBeNull();
  });

  it('reads shared strings with runs, fonts, entities and empty items', () => {
    const xml =
      '<sst><si><t>Nam</t></si><si/><si><r><rPr><rFont val=".VnTime"/></rPr><t>NguyÔn</t></r><r><t xml:space="preserve"> V¨n</t></r></si><si><t>a &amp; b</t><rPh><t>ph</t></rPh></si></sst>';
    expect(scanSharedStrings(bytes(xml))).toEqual([
      { text: 'Nam', font: null },
      { text: '', font: null },
      { text: 'NguyÔn V¨n', font: '.VnTime' },
      { text: 'a & b', font: null },
    ]);
  });
});

describe('the .xlsx reader reads the same whichever path a part takes', () => {
  function book(sheetData: string): Buffer {
    return Buffer.from(
      zipSync({
        '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        'xl/workbook.xml': strToU8(
          '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        'xl/worksheets/sheet1.xml': strToU8(ws(sheetData)),
      }),
    );
  }
  it('gives the same rows with and without a comment in the sheet', async () => {
    const data =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Ngày sinh</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Lê &amp; Văn</t></is></c><c r="B2"><v>1985</v></c></row>';
    const fast = (await readSpreadsheet(book(data), 'a.xlsx')).sheets[0];
    const slow = (await readSpreadsheet(book(data.replace('<row r="2">', '<!-- c --><row r="2">')), 'b.xlsx')).sheets[0];
    expect(fast.rows).toEqual(slow.rows);
    expect(fast.rows[2]).toEqual([undefined, 'Lê & Văn', 1985]);
  });
});
