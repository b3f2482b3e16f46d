import { RULE_GAP_PT, officialLayout } from '../../../../shared/documents/header-layout';
import type { OfficeSettingsInput } from '../../../../shared/settings/schema';
import { recipientLines } from '../../../../shared/documents/layout';
import { documentDateText } from '../../../../shared/documents/dates';
import { todayIsoNow } from '../../lib/clock';

/** How the office identity will sit at the top of a document (the official two-column header). */
export function HeaderPreview({ v }: { v: Partial<OfficeSettingsInput> }) {
  // Dated today (the service clock), as a document written now would be.
  const date = todayIsoNow();
  // The same line breaks as the documents will print (measured Times New Roman).
  const layout = officialLayout({
    kind: 'KH',
    title: '',
    header: {
      superiorBody: v.superiorBody || null,
      issuingBody: v.issuingBody || 'TÊN ĐƠN VỊ BAN HÀNH',
      number: 29,
      codeSuffix: v.codeSuffix || 'LĐLĐ',
      placeName: v.placeName || '',
      date,
    },
  });
  const serif = { fontFamily: "'Times New Roman', Times, serif", color: '#000', fontSize: 13, lineHeight: 1.35 };
  return (
    <div style={{ background: '#fff', border: '1px solid #d0d5dd', padding: '16px 12px', ...serif }} aria-label="Xem trước đầu văn bản">
      <div style={{ display: 'grid', gridTemplateColumns: '40% 60%', textAlign: 'center' }}>
        <div>
          {layout.superiorLines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
          {layout.issuerLines.map((line, i) => (
            <div key={i} style={{ fontWeight: 700 }}>
              {line}
            </div>
          ))}
          {/* 13 px here stands for 13 pt on paper: a point of the layout is a pixel of this preview. */}
          <div style={{ borderTop: '1px solid #000', width: layout.issuerRulePt, margin: `${RULE_GAP_PT}px auto 6px` }} />
          <div>Số: 29/KH-{v.codeSuffix || 'LĐLĐ'}</div>
        </div>
        <div>
          <div style={{ fontWeight: 700 }}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div style={{ fontWeight: 700, display: 'inline-block', borderBottom: '1px solid #000' }}>Độc lập - Tự do - Hạnh phúc</div>
          <div style={{ fontStyle: 'italic', marginTop: 10 }}>
            {v.placeName || 'Địa danh'}, {documentDateText(date)}
          </div>
        </div>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '50% 50%', marginTop: 20 }}>
        <div style={{ fontSize: 11 }}>
          <div style={{ fontSize: 12, fontWeight: 700, fontStyle: 'italic' }}>Nơi nhận:</div>
          {/* The same lines as the Word file: a ';' or '.' the clerk typed is not doubled. */}
          {recipientLines((v.recipients ?? []).filter((r) => r?.trim())).map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
        <div style={{ textAlign: 'center', fontWeight: 700, fontSize: 14 }}>
          {v.signerAuthority && <div>{v.signerAuthority.toUpperCase()}</div>}
          <div>{(v.signerTitle || 'CHỨC DANH').toUpperCase()}</div>
          <div style={{ height: 48 }} />
          <div>{v.signerName || 'Họ và tên'}</div>
        </div>
      </div>
    </div>
  );
}
