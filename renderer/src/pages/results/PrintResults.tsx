import type { RoundResults } from '../../../../shared/results/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { useSettings } from '../../api/hooks';
import { cell, pct, withGroups } from './format';
import { useResults, type ResultsLocation } from './useResults';
import { todayIsoNow } from '../../lib/clock';
import { Frame, n, OfficeHeader, Signer, Title } from './print-paper';

// The results tables of a round, printed.

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
