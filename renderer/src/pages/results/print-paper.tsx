import { PrintFrame } from '../../components/PrintFrame';
import { documentDateLine } from '../../../../shared/documents/dates';
import { MOTTO, NATIONAL_TITLE, SIGNATURE_SPACE_LINES } from '../../../../shared/documents/layout';
import { formatNumberVi } from '../../../../shared/reports/parse-number';
import type { OfficeSettings } from '../../../../shared/settings/schema';
import '../documents/documents.css';

// The parts of the printed papers of the results page (A4, the office header, print CSS of the
// documents feature). window.print() opens the print dialog, where "Microsoft Print to PDF" /
// "Lưu dưới dạng PDF" saves a PDF.

function Underlined({ children, share, bold }: { children: string; share: number; bold?: boolean }) {
  return (
    <span className={`doc-underlined${bold ? ' doc-bold' : ''}`}>
      {children}
      <span className="doc-rule" style={{ width: `${share * 100}%` }} />
    </span>
  );
}

/** The header block of an official paper, without number: office on the left, motto and date on the right. */
export function OfficeHeader({ office, date }: { office: OfficeSettings | null; date: string }) {
  return (
    <div className="doc-header">
      <div className="doc-cell">
        {office?.superiorBody && <div>{office.superiorBody.toLocaleUpperCase('vi')}</div>}
        <Underlined share={0.4} bold>
          {(office?.issuingBody ?? 'TÊN ĐƠN VỊ (nhập ở Cài đặt → Thông tin đơn vị)').toLocaleUpperCase('vi')}
        </Underlined>
      </div>
      <div className="doc-cell">
        <div className="doc-bold doc-national">{NATIONAL_TITLE}</div>
        <Underlined share={1} bold>
          {MOTTO}
        </Underlined>
      </div>
      <div className="doc-cell doc-row2" />
      <div className="doc-cell doc-row2 doc-italic">{office ? documentDateLine(office.placeName, date) : ''}</div>
    </div>
  );
}

export function Signer({ office }: { office: OfficeSettings | null }) {
  if (!office) return null;
  const lines = [office.signerAuthority, office.signerTitle].filter((t): t is string => !!t);
  return (
    <div className="doc-signature print-signature">
      <div />
      <div className="doc-signer">
        {lines.map((t) => (
          <div key={t}>{t.toLocaleUpperCase('vi')}</div>
        ))}
        {Array.from({ length: SIGNATURE_SPACE_LINES }, (_, i) => (
          <div key={i}>{'\u00a0'}</div>
        ))}
        <div>{office.signerName}</div>
      </div>
    </div>
  );
}

export function Title({ main, sub, note }: { main: string; sub?: string; note?: string }) {
  return (
    <div className="print-title">
      <div className="doc-bold">{main.toLocaleUpperCase('vi')}</div>
      {sub && <div className="doc-bold">{sub}</div>}
      {note && <div className="doc-italic print-note">{note}</div>}
    </div>
  );
}

export function Frame({ children, ...props }: Omit<Parameters<typeof PrintFrame>[0], 'hint'>) {
  return (
    <PrintFrame {...props}>
      <div className="doc-pages">{children}</div>
    </PrintFrame>
  );
}

export const n = (v: number) => formatNumberVi(v);
