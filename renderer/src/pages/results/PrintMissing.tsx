import { isoToVn } from '../../../../shared/text/dates';
import { compareVi } from '../../../../shared/text/vi';
import { skipToken, useApi, useSettings } from '../../api/hooks';
import type { ResultsLocation } from './useResults';
import { todayIsoNow } from '../../lib/clock';
import { Frame, OfficeHeader, Signer, Title } from './print-paper';

// The units that have not reported in a round, printed.

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
