import { blankParts } from '../../../../shared/documents/blanks';
import { annexNoteText } from '../../../../shared/documents/dates';
import { SIGNATURE_SPACE_LINES, isCentredCell, recipientLines } from '../../../../shared/documents/layout';
import type { AnnexSignature, Block, OfficialDocument, TableBlock } from '../../../../shared/documents/model';
import { annexLabel, blockLine, numberBlocks } from '../../../../shared/documents/numbering';
import { PAGE_TEXT_WIDTH, columnWidths, tableSize } from '../../../../shared/documents/table-widths';
import { isValidIsoDate } from '../../../../shared/text/dates';
import { SheetHeader } from './SheetHeader';

// The document laid out like the printed page (A4, Times New Roman, the margins and spacing of
// document-format.md), using the same numbering and date functions as the Word writer. Used for
// the live preview and the print view.

/** A text with its unknown figures ('…..') marked, as the Word file highlights them. */
function Marked({ text }: { text: string }) {
  const parts = blankParts(text);
  if (!parts.some((p) => p.blank)) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.blank ? (
          <mark key={i} className="doc-blank" title="Chưa có số liệu: hãy điền số vào chỗ này">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

function Blocks({ blocks, highlight, landscape = false }: { blocks: readonly Block[]; highlight?: number | null; landscape?: boolean }) {
  const labels = numberBlocks(blocks);
  return (
    <>
      {blocks.map((block, i) => {
        const cls = i === highlight ? ' doc-highlight' : '';
        if (block.type === 'table') {
          return (
            <table key={i} className={`doc-table${cls}`} data-block={i} style={{ fontSize: `${tableSize(block.columns.length)}pt` }}>
              <TableColumns block={block} landscape={landscape} />
              <thead>
                <tr>
                  {block.columns.map((c, k) => (
                    <th key={k}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r} className={block.boldRows?.includes(r) ? 'doc-bold' : undefined}>
                    {block.columns.map((_c, k) => (
                      <td key={k} className={isCentredCell(block.columns, k, row[k] ?? '') ? 'num' : undefined}>
                        <Marked text={row[k] ?? ''} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }
        const text = block.text.trim() ? blockLine(block, labels[i]) : '\u00a0';
        return (
          <p key={i} className={`doc-p${block.type === 'heading' ? ' doc-heading' : ''}${cls}`} data-block={i}>
            <Marked text={text} />
          </p>
        );
      })}
    </>
  );
}

/** The signature places under an annex, side by side, as the Word writer prints them. */
function AnnexSignatures({ signatures }: { signatures: readonly AnnexSignature[] }) {
  return (
    <div className="doc-annex-signatures">
      {signatures.map((s, i) => (
        <div key={i}>
          {s.lines.map((t, k) => (
            <div key={k} className="doc-bold">
              {t.toLocaleUpperCase('vi')}
            </div>
          ))}
          {s.note && <div className="doc-italic">{s.note}</div>}
        </div>
      ))}
    </div>
  );
}

export interface DocumentSheetProps {
  doc: OfficialDocument;
  /** Index of the body block being edited, outlined in the preview. */
  highlight?: number | null;
}

export function DocumentSheet({ doc, highlight }: DocumentSheetProps) {
  const { header } = doc;
  const signerLines = [doc.signer.authority, doc.signer.title].filter((t): t is string => !!t && !!t.trim());
  return (
    <div className="doc-pages">
      <section className="doc-sheet" aria-label="Trang văn bản">
        <SheetHeader doc={doc} />
        {doc.basis.map((t, i) => (
          <p key={`b${i}`} className="doc-p doc-italic">
            <Marked text={t} />
          </p>
        ))}
        {doc.intro.map((t, i) => (
          <p key={`i${i}`} className="doc-p">
            <Marked text={t} />
          </p>
        ))}
        <Blocks blocks={doc.body} highlight={highlight} />
        {doc.closing.map((t, i) => (
          <p key={`c${i}`} className="doc-p">
            <Marked text={t} />
          </p>
        ))}
        <div className="doc-signature">
          <div className="doc-recipients">
            <div className="doc-recipients-title">Nơi nhận:</div>
            {recipientLines(doc.recipients).map((r, i) => (
              <div key={i}>{r}</div>
            ))}
          </div>
          <div className="doc-signer">
            {signerLines.map((t, i) => (
              <div key={i}>{t.toLocaleUpperCase('vi')}</div>
            ))}
            {Array.from({ length: SIGNATURE_SPACE_LINES }, (_, i) => (
              <div key={`s${i}`}>{'\u00a0'}</div>
            ))}
            <div>{doc.signer.name}</div>
          </div>
        </div>
      </section>
      {doc.annexes.map((annex, i) => (
        <section
          key={i}
          className={`doc-sheet doc-annex${annex.landscape ? ' doc-landscape' : ''}`}
          aria-label={annexLabel(i, doc.annexes.length)}
        >
          <div className="doc-annex-head">
            <div className="doc-bold">{annexLabel(i, doc.annexes.length)}</div>
            <div className="doc-bold">{annex.title.toLocaleUpperCase('vi')}</div>
            <div className="doc-italic">
              {annex.note ?? (isValidIsoDate(header.date) ? annexNoteText(doc.kind, header.number, header.codeSuffix, header.date) : '')}
            </div>
          </div>
          <Blocks blocks={annex.blocks} landscape={annex.landscape} />
          {annex.signatures?.length ? <AnnexSignatures signatures={annex.signatures} /> : null}
        </section>
      ))}
    </div>
  );
}

/** The Word file's column widths (shared rule), as shares of the line, so both wrap cells alike. */
function TableColumns({ block, landscape }: { block: TableBlock; landscape: boolean }) {
  const widths = columnWidths(block, PAGE_TEXT_WIDTH[landscape ? 'landscape' : 'portrait'], tableSize(block.columns.length));
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    <colgroup>
      {widths.map((w, k) => (
        <col key={k} style={{ width: `${((w / total) * 100).toFixed(3)}%` }} />
      ))}
    </colgroup>
  );
}
