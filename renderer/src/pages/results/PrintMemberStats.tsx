import { DatePicker } from 'antd';
import { Fragment } from 'react';
import type { MemberStats, StatsCounts } from '../../../../shared/members/stats-schema';
import { isoToVn } from '../../../../shared/text/dates';
import { useApi, useSettings } from '../../api/hooks';
import { DATE_FORMAT, dayjsToIso, isoToDayjs } from '../../lib/forms';
import type { ResultsLocation } from './useResults';
import { todayIsoNow } from '../../lib/clock';
import { Frame, n, OfficeHeader, Signer, Title } from './print-paper';

// The member statistics as of a date, printed.

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
