import { documentDateLine, documentNumberLine } from '../../../../shared/documents/dates';
import { ADDRESSEE_LABEL, RULE_GAP_PT, RULE_LINE_PT, addresseeLayout, officialLayout } from '../../../../shared/documents/header-layout';
import { MOTTO, NATIONAL_TITLE } from '../../../../shared/documents/layout';
import { KIND_TITLES, type OfficialDocument } from '../../../../shared/documents/model';
import { isValidIsoDate } from '../../../../shared/text/dates';

// The top of the first page as the Word writer prints it: header block, title (or the "Kính gửi"
// block of a công văn), with the same measured line breaks and rule lengths
// (shared/documents/header-layout.ts), so the preview shows where Word will break a name.

/** The body size of the preview; the Word writer's default. */
const BODY_SIZE = 14;

function Lines({ lines, className }: { lines: readonly string[]; className?: string }) {
  return (
    <div className={className}>
      {lines.map((line, i) => (
        <div key={i} className="doc-line">
          {line}
        </div>
      ))}
    </div>
  );
}

/** A solid rule `pt` points long, centred, clear of the descenders above it. */
function Rule({ pt }: { pt: number }) {
  return <div className="doc-rule" style={{ width: `${pt.toFixed(1)}pt`, marginTop: `${RULE_GAP_PT + RULE_LINE_PT}pt` }} />;
}

export function SheetHeader({ doc }: { doc: OfficialDocument }) {
  const { header } = doc;
  const layout = officialLayout({ ...doc, header: { ...header, issuingBody: header.issuingBody || 'TÊN ĐƠN VỊ BAN HÀNH' } });
  const kindTitle = KIND_TITLES[doc.kind];
  const date = isValidIsoDate(header.date)
    ? documentDateLine(header.placeName || '…', header.date)
    : `${header.placeName}, ngày … tháng … năm …`;
  return (
    <>
      <div className="doc-header">
        <div className="doc-cell">
          <Lines lines={layout.superiorLines} />
          <Lines lines={layout.issuerLines} className="doc-bold" />
          <Rule pt={layout.issuerRulePt} />
        </div>
        <div className="doc-cell">
          <div className="doc-bold doc-national">{NATIONAL_TITLE}</div>
          <div className="doc-bold doc-line">{MOTTO}</div>
          <Rule pt={layout.mottoRulePt} />
        </div>
        <div className="doc-cell doc-row2">
          <div className="doc-number">{documentNumberLine(header.number, doc.kind, header.codeSuffix || '…')}</div>
          {layout.vvLines.length > 0 && <Lines lines={layout.vvLines} className="doc-vv" />}
        </div>
        <div className="doc-cell doc-row2 doc-italic">{date}</div>
      </div>
      {kindTitle ? (
        <div className="doc-title">
          <div className="doc-bold">{kindTitle}</div>
          <Lines lines={layout.subjectLines} className="doc-bold doc-subject" />
          <Rule pt={layout.subjectRulePt} />
        </div>
      ) : (
        <Addressees addressees={doc.addressees} />
      )}
    </>
  );
}

/** "Kính gửi:" of a công văn: one addressee on the label's line, several one per line under it. */
function Addressees({ addressees }: { addressees: readonly string[] | undefined }) {
  const layout = addresseeLayout(addressees, BODY_SIZE);
  switch (layout.mode) {
    case 'none':
      return <div className="doc-title-gap" />;
    case 'single':
      return (
        <div
          className="doc-addressees"
          style={
            layout.wraps ? { textAlign: 'justify', paddingLeft: `${layout.labelPt}pt`, textIndent: `-${layout.labelPt}pt` } : undefined
          }
        >
          {layout.line}
        </div>
      );
    case 'list':
      return (
        <div className="doc-addressees doc-addressees-list" aria-label="Kính gửi">
          <div style={{ paddingLeft: `${layout.labelIndentPt}pt` }}>{ADDRESSEE_LABEL}</div>
          {layout.lines.map((line, i) => (
            <div key={i} style={{ paddingLeft: `${layout.itemIndentPt}pt` }}>
              {line}
            </div>
          ))}
        </div>
      );
  }
}
