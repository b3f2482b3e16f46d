import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { AnnexSignature, OfficialDocument } from '../../../../shared/documents/model';
import { SIGNATURE_SPACE_LINES, recipientLines } from '../../../../shared/documents/layout';
import type { PageSetup } from './page';
import { TIGHT, centredLine, run } from './runs';

// The end of the document: a borderless two-column table. Left: 'Nơi nhận:' (12, bold italic)
// and one line per recipient (11) '- X;', the last ending '.'. Right, centred: authority and
// title (caps, 14, bold), room for signature and stamp, the signer's name (14, bold).

const LEFT_SHARE = 0.45;

function leftLine(text: string, size: number, bold = false, italics = false, before = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: { ...TIGHT, before }, children: [run(text, { size, bold, italics })] });
}

/** Space between the closing paragraph and the signature block, twips. */
const GAP_ABOVE = 240;

export function signatureBlock(doc: OfficialDocument, setup: PageSetup): Table {
  const left = Math.round(setup.textWidth * LEFT_SHARE);
  const right = setup.textWidth - left;
  const recipients = [leftLine('Nơi nhận:', 12, true, true, GAP_ABOVE), ...recipientLines(doc.recipients).map((r) => leftLine(r, 11))];

  const { signer } = doc;
  const signature: Paragraph[] = [];
  const titleLines = [signer.authority, signer.title].filter((t): t is string => !!t);
  titleLines.forEach((t, i) =>
    signature.push(
      centredLine(t.toLocaleUpperCase('vi'), { size: 14, bold: true }, i === 0 ? { spacing: { ...TIGHT, before: GAP_ABOVE } } : {}),
    ),
  );
  for (let i = 0; i < SIGNATURE_SPACE_LINES; i++) signature.push(centredLine('', { size: 14 }));
  signature.push(centredLine(signer.name, { size: 14, bold: true }));

  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      margins: { left: 57, right: 57, top: 0, bottom: 0 },
      borders: TableBorders.NONE,
      children,
    });

  return new Table({
    width: { size: setup.textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, recipients), cell(right, signature)] })],
  });
}

/**
 * The signature places under an annex (the unit's "NGƯỜI LẬP" and "TM. BAN CHẤP HÀNH / CHỦ TỊCH"):
 * a borderless table, one centred column each — title lines caps bold 14, the hint italic 14,
 * then room to sign; kept together on one page.
 */
export function annexSignatureBlock(signatures: readonly AnnexSignature[], width: number): Table {
  const each = Math.floor(width / signatures.length);
  const widths = signatures.map((_s, i) => (i === signatures.length - 1 ? width - each * i : each));
  const cells = signatures.map((s, i) => {
    const lines = s.lines.map((t, k) =>
      centredLine(t.toLocaleUpperCase('vi'), { size: 14, bold: true }, k === 0 ? { spacing: { ...TIGHT, before: GAP_ABOVE } } : {}),
    );
    const note = s.note ? [centredLine(s.note, { size: 14, italics: true })] : [];
    const space = Array.from({ length: SIGNATURE_SPACE_LINES }, () => centredLine('', { size: 14 }));
    return new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      margins: { left: 57, right: 57, top: 0, bottom: 0 },
      borders: TableBorders.NONE,
      children: [...lines, ...note, ...space],
    });
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}
