import { annexNoteText, documentDateLine, documentNumberLine } from '../../../../shared/documents/dates';
import { MOTTO, NATIONAL_TITLE, SIGNATURE_SPACE_LINES, isCentredCell, recipientLines } from '../../../../shared/documents/layout';
import { KIND_TITLES, type AnnexSignature, type Block, type OfficialDocument } from '../../../../shared/documents/model';
import { annexLabel, blockLine, numberBlocks } from '../../../../shared/documents/numbering';
import { isValidIsoDate } from '../../../../shared/text/dates';

// The document laid out like the printed page (A4, Times New Roman, the margins and spacing of
// document-format.md), using the same numbering and date functions as the Word writer. Used for
// the live preview and the print view.

function Blocks({ blocks, highlight }: { blocks: readonly Block[]; highlight?: number | null }) {
  const labels = numberBlocks(blocks);
  return (
    <>
      {blocks.map((block, i) => {
        const cls = i === highlight ? ' doc-highlight' : '';
        if (block.type === 'table') {
          return (
            <table key={i} className={`doc-table${cls}`} data-block={i}>
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
                        {row[k] ?? ''}
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
            {text}
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

/** A short solid line under a text, `share` of the text's own width, as in the official header. */
function Underlined({ children, share, className }: { children: string; share: number; className?: string }) {
  return (
    <span className={`doc-underlined ${className ?? ''}`}>
      {children}
      <span className="doc-rule" style={{ width: `${share * 100}%` }} />
    </span>
  );
}

export interface DocumentSheetProps {
  doc: OfficialDocument;
  /** Index of the body block being edited, outlined in the preview. */
  highlight?: number | null;
}

export function DocumentSheet({ doc, highlight }: DocumentSheetProps) {
  const { header } = doc;
  const kindTitle = KIND_TITLES[doc.kind];
  const date = isValidIsoDate(header.date)
    ? documentDateLine(header.placeName || '…', header.date)
    : `${header.placeName}, ngày … tháng … năm …`;
  const signerLines = [doc.signer.authority, doc.signer.title].filter((t): t is string => !!t && !!t.trim());
  return (
    <div className="doc-pages">
      <section className="doc-sheet" aria-label="Trang văn bản">
        <div className="doc-header">
          <div className="doc-cell">
            {header.superiorBody && <div>{header.superiorBody.toLocaleUpperCase('vi')}</div>}
            <Underlined share={0.4} className="doc-bold">
              {(header.issuingBody || 'TÊN ĐƠN VỊ BAN HÀNH').toLocaleUpperCase('vi')}
            </Underlined>
          </div>
          <div className="doc-cell">
            <div className="doc-bold doc-national">{NATIONAL_TITLE}</div>
            <Underlined share={1} className="doc-bold">
              {MOTTO}
            </Underlined>
          </div>
          <div className="doc-cell doc-row2">
            <div className="doc-number">{documentNumberLine(header.number, doc.kind, header.codeSuffix || '…')}</div>
            {doc.kind === 'CV' && <div className="doc-vv">V/v {doc.title}</div>}
          </div>
          <div className="doc-cell doc-row2 doc-italic">{date}</div>
        </div>
        {kindTitle ? (
          <div className="doc-title">
            <div className="doc-bold">{kindTitle}</div>
            <Underlined share={0.35} className="doc-bold doc-subject">
              {doc.title}
            </Underlined>
          </div>
        ) : (
          <div className="doc-title-gap" />
        )}
        {doc.basis.map((t, i) => (
          <p key={`b${i}`} className="doc-p doc-italic">
            {t}
          </p>
        ))}
        {doc.intro.map((t, i) => (
          <p key={`i${i}`} className="doc-p">
            {t}
          </p>
        ))}
        <Blocks blocks={doc.body} highlight={highlight} />
        {doc.closing.map((t, i) => (
          <p key={`c${i}`} className="doc-p">
            {t}
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
          <Blocks blocks={annex.blocks} />
          {annex.signatures?.length ? <AnnexSignatures signatures={annex.signatures} /> : null}
        </section>
      ))}
    </div>
  );
}
