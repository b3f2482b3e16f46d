import { DatePicker } from 'antd';
import { Fragment } from 'react';
import { PrintFrame } from '../../components/PrintFrame';
import { documentDateLine } from '../../../../shared/documents/dates';
import { MOTTO, NATIONAL_TITLE, SIGNATURE_SPACE_LINES } from '../../../../shared/documents/layout';
import type { MemberStats, StatsCounts } from '../../../../shared/members/stats-schema';
import { formatNumberVi } from '../../../../shared/reports/parse-number';
import type { RoundResults } from '../../../../shared/results/schema';
import type { OfficeSettings } from '../../../../shared/settings/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { compareVi } from '../../../../shared/text/vi';
import { skipToken, useApi, useSettings } from '../../api/hooks';
import { DATE_FORMAT, dayjsToIso, isoToDayjs } from '../../lib/forms';
import '../documents/documents.css';
import { cell, pct, withGroups } from './format';
import { useResults, type ResultsLocation } from './useResults';
import { todayIsoNow } from '../../lib/clock';

// Print views (A4, the office header, print CSS of the documents feature): the results tables, the
// units that have not reported, the member statistics as of a date. window.print() opens the print
// dialog, where "Microsoft Print to PDF" / "Lưu dưới dạng PDF" saves a PDF.

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

function Signer({ office }: { office: OfficeSettings | null }) {
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

function Title({ main, sub, note }: { main: string; sub?: string; note?: string }) {
  return (
    <div className="print-title">
      <div className="doc-bold">{main.toLocaleUpperCase('vi')}</div>
      {sub && <div className="doc-bold">{sub}</div>}
      {note && <div className="doc-italic print-note">{note}</div>}
    </div>
  );
}

function Frame({ children, ...props }: Omit<Parameters<typeof PrintFrame>[0], 'hint'>) {
  return (
    <PrintFrame {...props}>
      <div className="doc-pages">{children}</div>
    </PrintFrame>
  );
}

const n = (v: number) => formatNumberVi(v);

// ---------------------------------------------------------------------------------------------

function sourcesNote(r: RoundResults, i: RoundResults['indicators'][number]): string {
  if (i.kind === 'text') return '';
  const parts: string[] = [];
  if (i.kind === 'percent') parts.push(i.reportCount ? `Bình quân ${i.reportCount} đơn vị` : '');
  else {
    const from = [
      i.office ? `văn phòng tổ chức ${n(i.office)}` : '',
      i.unitActivities ? `CĐCS chưa báo cáo ${n(i.unitActivities)}` : '',
    ].filter(Boolean);
    if (from.length) parts.push(`Gồm ${from.join(', ')}`);
  }
  if (r.previous && i.previous !== null) parts.push(`Cùng kỳ: ${cell(i, i.previous)}`);
  return parts.filter(Boolean).join('; ');
}

export function PrintResults({ loc, back }: { loc: ResultsLocation; back: () => void }) {
  const q = useResults(loc.roundId);
  const s = useSettings();
  const r = q.data;
  const office = s.data?.settings ?? null;
  const today = todayIsoNow();
  const note = r
    ? `(Số liệu đến ngày ${isoToVn(today)}: ${r.counts.received}/${r.counts.required} công đoàn cơ sở đã báo cáo, cộng các hoạt động do văn phòng tổ chức)`
    : '';
  const rows = r ? withGroups(r.indicators) : [];
  const numericRows = r ? withGroups(r.indicators, (i) => i.kind !== 'text') : [];
  return (
    <Frame name={r ? `Bảng kết quả: ${r.round.name}` : 'Bảng kết quả'} back={back} ready={!!r && !!s.data} error={q.error}>
      {r && (
        <>
          <section className="doc-sheet print-sheet" aria-label="Trang kết quả">
            <OfficeHeader office={office} date={today} />
            <Title main="Bảng tổng hợp kết quả" sub={r.round.name} note={note} />
            <table className="doc-table print-table">
              <thead>
                <tr>
                  <th style={{ width: '9%' }}>TT</th>
                  <th>Nội dung</th>
                  <th style={{ width: '13%' }}>Đơn vị tính</th>
                  <th style={{ width: '16%' }}>Số lượng</th>
                  <th style={{ width: '19%' }}>Ghi chú</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) =>
                  row.type === 'group' ? (
                    <tr key={row.key} className="print-group">
                      <td colSpan={5}>{row.group}</td>
                    </tr>
                  ) : (
                    <tr key={row.key}>
                      <td className="num">{row.ind.code}</td>
                      <td>{row.ind.label}</td>
                      <td className="num">{row.ind.kind === 'percent' ? '%' : row.ind.unit}</td>
                      <td className="num">
                        <b>{row.ind.kind === 'text' ? '' : cell(row.ind, row.ind.total)}</b>
                      </td>
                      <td className="print-small">
                        {row.ind.kind === 'text' ? `${row.ind.reportCount} đơn vị ghi` : sourcesNote(r, row.ind)}
                      </td>
                    </tr>
                  ),
                )}
                <tr className="print-group">
                  <td colSpan={5}>Tỷ lệ công đoàn cơ sở tổ chức ít nhất 01 hoạt động</td>
                </tr>
                {r.share.groups
                  .filter((g) => g.units > 0)
                  .map((g) => (
                    <tr key={g.kind}>
                      <td />
                      <td>{g.label}</td>
                      <td className="num">%</td>
                      <td className="num">
                        <b>{pct(g.percent)}</b>
                      </td>
                      <td className="print-small">
                        {g.active}/{g.units} đơn vị{g.target !== null ? `; chỉ tiêu ≥ ${pct(g.target)}: ${g.met ? 'đạt' : 'chưa đạt'}` : ''}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
            <Signer office={office} />
          </section>
          <section className="doc-sheet doc-landscape print-sheet" aria-label="Trang kết quả theo khối">
            <Title main="Kết quả theo khối" sub={r.round.name} note={note} />
            <table className="doc-table print-table print-wide">
              <thead>
                <tr>
                  <th style={{ width: '5%' }}>TT</th>
                  <th style={{ width: '32%' }}>Nội dung</th>
                  <th style={{ width: '7%' }}>ĐVT</th>
                  {r.columns.map((c) => (
                    <th key={c.key}>
                      {c.name}
                      {c.units ? <div className="print-small">({c.units} đơn vị)</div> : null}
                    </th>
                  ))}
                  <th>Tổng số</th>
                </tr>
              </thead>
              <tbody>
                {numericRows.map((row) =>
                  row.type === 'group' ? (
                    <tr key={row.key} className="print-group">
                      <td colSpan={r.columns.length + 4}>{row.group}</td>
                    </tr>
                  ) : (
                    <tr key={row.key}>
                      <td className="num">{row.ind.code}</td>
                      <td>{row.ind.label}</td>
                      <td className="num">{row.ind.kind === 'percent' ? '%' : row.ind.unit}</td>
                      {row.ind.byColumn.map((v, k) => (
                        <td key={k} className="num">
                          {cell(row.ind, v)}
                        </td>
                      ))}
                      <td className="num">
                        <b>{cell(row.ind, row.ind.total)}</b>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </section>
        </>
      )}
    </Frame>
  );
}

// ---------------------------------------------------------------------------------------------

export function PrintMissing({ loc, back }: { loc: ResultsLocation; back: () => void }) {
  const status = useApi('reports.status', loc.roundId ? { roundId: loc.roundId } : skipToken);
  const units = useApi('units.list', { includeDissolved: true });
  const s = useSettings();
  const office = s.data?.settings ?? null;
  const today = todayIsoNow();
  const byId = new Map((units.data?.items ?? []).map((u) => [u.id, u]));
  const missing = (status.data?.rows ?? []).filter((r) => r.state === 'missing').sort((a, b) => compareVi(a.unitName, b.unitName));
  const st = status.data;
  return (
    <Frame name="Danh sách đơn vị chưa nộp báo cáo" back={back} ready={!!st && !!units.data && !!s.data} error={status.error}>
      {st && (
        <section className="doc-sheet print-sheet" aria-label="Trang danh sách chưa nộp">
          <OfficeHeader office={office} date={today} />
          <Title
            main="Danh sách công đoàn cơ sở chưa nộp báo cáo"
            sub={st.round.name}
            note={`(Hạn nộp ${isoToVn(st.round.deadline)}. Tính đến ngày ${isoToVn(today)}: ${missing.length}/${st.counts.required} đơn vị chưa nộp)`}
          />
          {missing.length === 0 ? (
            <p className="doc-p">Tất cả công đoàn cơ sở đã nộp báo cáo.</p>
          ) : (
            <table className="doc-table print-table">
              <thead>
                <tr>
                  <th style={{ width: '7%' }}>TT</th>
                  <th>Tên công đoàn cơ sở</th>
                  <th style={{ width: '20%' }}>Khối</th>
                  <th style={{ width: '19%' }}>Chủ tịch</th>
                  <th style={{ width: '16%' }}>Điện thoại</th>
                  <th style={{ width: '12%' }}>Ghi chú</th>
                </tr>
              </thead>
              <tbody>
                {missing.map((m, i) => {
                  const u = byId.get(m.unitId);
                  return (
                    <tr key={m.unitId}>
                      <td className="num">{i + 1}</td>
                      <td>
                        {m.unitName}
                        <div className="print-small">{m.unitCode}</div>
                      </td>
                      <td>{m.sectorName}</td>
                      <td>{u?.chairName}</td>
                      <td className="num">{u?.phone}</td>
                      <td />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <Signer office={office} />
        </section>
      )}
    </Frame>
  );
}

// ---------------------------------------------------------------------------------------------

const STAT_COLUMNS: { key: keyof StatsCounts; label: string }[] = [
  { key: 'members', label: 'Tổng số đoàn viên' },
  { key: 'women', label: 'Nữ' },
  { key: 'ethnicMinorities', label: 'Dân tộc thiểu số' },
  { key: 'partyMembers', label: 'Đảng viên' },
  { key: 'admitted', label: 'Kết nạp mới' },
  { key: 'transferredIn', label: 'Chuyển đến' },
  { key: 'transferredOut', label: 'Chuyển đi' },
  { key: 'left', label: 'Thôi sinh hoạt' },
];

function bySector(stats: MemberStats): { sector: string; rows: MemberStats['rows']; sum: StatsCounts }[] {
  const out: { sector: string; rows: MemberStats['rows']; sum: StatsCounts }[] = [];
  for (const row of stats.rows) {
    const name = row.sectorName ?? 'Chưa phân khối';
    let g = out[out.length - 1];
    if (!g || g.sector !== name) {
      g = {
        sector: name,
        rows: [],
        sum: { members: 0, women: 0, ethnicMinorities: 0, partyMembers: 0, admitted: 0, transferredIn: 0, transferredOut: 0, left: 0 },
      };
      out.push(g);
    }
    g.rows.push(row);
    for (const c of STAT_COLUMNS) g.sum[c.key] += row[c.key];
  }
  return out;
}

export function PrintMemberStats({ loc, back, go }: { loc: ResultsLocation; back: () => void; go: (l: Partial<ResultsLocation>) => void }) {
  const q = useApi('members.stats', { asOf: loc.asOf ?? '' });
  const s = useSettings();
  const office = s.data?.settings ?? null;
  const stats = q.data;
  const groups = stats ? bySector(stats) : [];
  let no = 0;
  return (
    <Frame
      name="Thống kê đoàn viên"
      back={back}
      ready={!!stats && !!s.data}
      error={q.error}
      tools={
        <span>
          Tính đến ngày{' '}
          <DatePicker
            format={DATE_FORMAT}
            allowClear={false}
            aria-label="Tính đến ngày"
            value={isoToDayjs(loc.asOf ?? stats?.asOf ?? null)}
            onChange={(d) => go({ ...loc, asOf: dayjsToIso(d) })}
          />
        </span>
      }
    >
      {stats && (
        <section className="doc-sheet doc-landscape print-sheet" aria-label="Trang thống kê đoàn viên">
          <OfficeHeader office={office} date={todayIsoNow()} />
          <Title
            main="Thống kê đoàn viên"
            sub={`Tính đến ngày ${isoToVn(stats.asOf)}`}
            note={`(Biến động từ ngày ${isoToVn(stats.periodFrom)} đến ngày ${isoToVn(stats.asOf)})`}
          />
          <table className="doc-table print-table print-wide">
            <thead>
              <tr>
                <th style={{ width: '5%' }}>TT</th>
                <th style={{ width: '31%' }}>Công đoàn cơ sở</th>
                {STAT_COLUMNS.map((c) => (
                  <th key={c.key}>{c.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <Fragment key={g.sector}>
                  <tr className="print-group">
                    <td />
                    <td>
                      {g.sector} ({g.rows.length} đơn vị)
                    </td>
                    {STAT_COLUMNS.map((c) => (
                      <td key={c.key} className="num">
                        {n(g.sum[c.key])}
                      </td>
                    ))}
                  </tr>
                  {g.rows.map((row) => (
                    <tr key={row.unitId}>
                      <td className="num">{++no}</td>
                      <td>{row.unitName}</td>
                      {STAT_COLUMNS.map((c) => (
                        <td key={c.key} className="num">
                          {n(row[c.key])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </Fragment>
              ))}
              <tr className="print-total">
                <td />
                <td>Tổng cộng</td>
                {STAT_COLUMNS.map((c) => (
                  <td key={c.key} className="num">
                    {n(stats.total[c.key])}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          {stats.internalTransfers > 0 && (
            <p className="print-small">
              Ghi chú: {n(stats.internalTransfers)} lượt chuyển sinh hoạt giữa các công đoàn cơ sở trực thuộc không tính vào cột chuyển đến,
              chuyển đi của dòng tổng cộng.
            </p>
          )}
          <Signer office={office} />
        </section>
      )}
    </Frame>
  );
}
