import { Select } from 'antd';
import { useCallback } from 'react';
import { INCOMING_KIND_LABELS } from '../../../../shared/incoming/kinds';
import type { IncomingDocument, OutgoingRegisterRow } from '../../../../shared/incoming/schema';
import type { OfficeSettings } from '../../../../shared/settings/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { skipToken, useApi, useSettings } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import { PrintFrame } from '../../components/PrintFrame';
import { today } from '../../lib/clock';
import '../documents/documents.css';
import '../results/results.css';
import { INCOMING_HREF, registerHref, type RegisterBook } from './useIncoming';

// The incoming and outgoing registers printed as the usual books: A4 landscape, one table per year
// whose header row repeats on every page, under the office's name and the book's title.

const TITLES: Record<RegisterBook, string> = { den: 'Sổ đăng ký văn bản đến', di: 'Sổ đăng ký văn bản đi' };

function BookHead({ office, book, year }: { office: OfficeSettings | null; book: RegisterBook; year: number }) {
  return (
    <div className="register-head">
      <div className="register-office">
        {office?.superiorBody && <div>{office.superiorBody.toLocaleUpperCase('vi')}</div>}
        <div className="doc-bold">{(office?.issuingBody ?? 'TÊN ĐƠN VỊ (nhập ở Cài đặt → Thông tin đơn vị)').toLocaleUpperCase('vi')}</div>
        <div className="doc-rule register-rule" />
      </div>
      <div className="register-title">
        <div className="doc-bold">{TITLES[book].toLocaleUpperCase('vi')}</div>
        <div className="doc-bold">Năm {year}</div>
      </div>
    </div>
  );
}

function EmptyRow({ span, year }: { span: number; year: number }) {
  return (
    <tr>
      <td colSpan={span} className="num register-empty">
        Chưa có văn bản nào trong năm {year}.
      </td>
    </tr>
  );
}

function IncomingTable({ rows, year }: { rows: IncomingDocument[]; year: number }) {
  return (
    <table className="doc-table print-table register-table">
      <colgroup>
        {[5.5, 10, 11.5, 10, 16, 25, 10, 12].map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th>Số đến</th>
          <th>Ngày đến</th>
          <th>Số và ký hiệu</th>
          <th>Ngày văn bản</th>
          <th>Nơi ban hành</th>
          <th>Tên loại và trích yếu nội dung</th>
          <th>Hạn xử lý</th>
          <th>Người xử lý, ghi chú</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <EmptyRow span={8} year={year} />}
        {rows.map((d) => (
          <tr key={d.id}>
            <td className="num">{d.arrivalNo}</td>
            <td className="num register-date">{isoToVn(d.receivedOn)}</td>
            <td className="num">{d.docNumber}</td>
            <td className="num register-date">{isoToVn(d.docDate)}</td>
            <td>{d.issuer}</td>
            <td>
              <b>{INCOMING_KIND_LABELS[d.docKind]}</b>: {d.subject}
            </td>
            <td className="num register-date">{isoToVn(d.deadline)}</td>
            <td>{[d.handler, d.notes, d.done ? 'Đã xử lý' : null].filter(Boolean).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OutgoingTable({ rows, year }: { rows: OutgoingRegisterRow[]; year: number }) {
  return (
    <table className="doc-table print-table register-table">
      <colgroup>
        {[5.5, 10, 12, 34, 12, 18.5, 8].map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th>Số</th>
          <th>Ngày</th>
          <th>Ký hiệu</th>
          <th>Tên loại và trích yếu nội dung</th>
          <th>Người ký</th>
          <th>Nơi nhận</th>
          <th>Ghi chú</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <EmptyRow span={7} year={year} />}
        {rows.map((r) => (
          <tr key={r.code + r.issuedOn}>
            <td className="num">{String(r.number).padStart(2, '0')}</td>
            <td className="num register-date">{isoToVn(r.issuedOn)}</td>
            <td className="num">{r.code}</td>
            <td>{r.subject}</td>
            <td>{r.signer}</td>
            <td>{r.recipients}</td>
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RegisterPrint({ book, year: asked }: { book: RegisterBook; year: number | null }) {
  const year = asked ?? today().year();
  const office = useSettings();
  const incoming = useApi('registers.incoming', book === 'den' ? { year } : skipToken);
  const outgoing = useApi('registers.outgoing', book === 'di' ? { year } : skipToken);
  const q = book === 'den' ? incoming : outgoing;
  // Back to where the clerk came from (the register's page or the documents); the register when opened directly.
  const back = useCallback(() => (window.history.length > 1 ? window.history.back() : navigate(INCOMING_HREF)), []);
  const years = [...new Set([year, today().year(), ...(q.data?.years ?? [])])].sort((a, b) => b - a);
  return (
    <PrintFrame
      name={`${TITLES[book]} năm ${year}`}
      back={back}
      ready={!!q.data && !!office.data}
      error={q.error ?? office.error}
      hint="Khổ A4 ngang."
      tools={
        <Select
          aria-label="Năm của sổ"
          value={year}
          style={{ width: 120 }}
          onChange={(y) => window.location.replace(registerHref(book, y))}
          options={years.map((y) => ({ value: y, label: `Năm ${y}` }))}
        />
      }
    >
      <div className="doc-pages">
        <section className="doc-sheet doc-landscape print-sheet register-sheet" aria-label={TITLES[book]}>
          <BookHead office={office.data?.settings ?? null} book={book} year={year} />
          {book === 'den' && incoming.data && <IncomingTable rows={incoming.data.rows} year={year} />}
          {book === 'di' && outgoing.data && <OutgoingTable rows={outgoing.data.rows} year={year} />}
        </section>
      </div>
    </PrintFrame>
  );
}
