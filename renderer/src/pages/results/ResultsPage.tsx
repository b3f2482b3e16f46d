import { Card, Empty, List, Spin } from 'antd';
import { isoToVn } from '../../../../shared/text/dates';
import { useApi } from '../../api/hooks';
import '../activities/activities.css';
import './results.css';
import { PrintMemberStats } from './PrintMemberStats';
import { PrintMissing } from './PrintMissing';
import { PrintResults } from './PrintResults';
import { ResultsView } from './ResultsView';
import { useResultsLocation } from './useResults';
import { HelpButton } from '../../components/HelpButton';

/**
 * "Kết quả" of a reporting round, reached from the round's page under "Báo cáo" ('#/ket-qua?dot=3');
 * '&in=ket-qua|chua-nop|doan-vien' opens a print view over it.
 */
export function ResultsPage() {
  const [loc, go] = useResultsLocation();
  const rounds = useApi('reports.listRounds', {});
  const back = () => go({ roundId: loc.roundId });

  if (loc.print === 'doan-vien') return <PrintMemberStats loc={loc} back={back} go={go} />;
  if (loc.print === 'ket-qua' && loc.roundId) return <PrintResults loc={loc} back={back} />;
  if (loc.print === 'chua-nop' && loc.roundId) return <PrintMissing loc={loc} back={back} />;

  if (!loc.roundId) {
    return (
      <div className="page">
        <div className="page-header">
          <h1>Kết quả tổng hợp</h1>
          <HelpButton topic="ket-qua" />
        </div>
        <Card title="Chọn đợt báo cáo để xem kết quả">
          {rounds.isLoading && <Spin />}
          {rounds.data && rounds.data.length === 0 && <Empty description='Chưa có đợt báo cáo nào. Tạo đợt ở trang "Báo cáo".' />}
          {rounds.data && rounds.data.length > 0 && (
            <List
              dataSource={rounds.data}
              renderItem={(r) => (
                <List.Item
                  actions={[
                    <a key="open" href={`#/ket-qua?dot=${r.id}`}>
                      Xem kết quả
                    </a>,
                  ]}
                >
                  <List.Item.Meta
                    title={<a href={`#/ket-qua?dot=${r.id}`}>{r.name}</a>}
                    description={`Hạn nộp ${isoToVn(r.deadline)} · đã nộp ${r.received}/${r.required}`}
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      </div>
    );
  }
  return <ResultsView loc={loc} go={go} rounds={rounds.data ?? []} />;
}
