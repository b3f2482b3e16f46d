import { Button, Card, Col, Empty, Progress, Space } from 'antd';
import { isoToVn } from '../../../../shared/text/dates';
import { errorMessage } from '../../api/client';
import { useApi } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import { CompactList } from '../../components/CompactList';
import { DeadlineTag } from './DeadlineTag';
import { reportsHref } from './useReports';

/** Dashboard card: open reporting rounds, days left to the deadline, received / missing. */
export function ReportsDashboardCard() {
  const q = useApi('reports.dashboard', {});
  const rounds = q.data?.rounds ?? [];
  return (
    <Col xs={24} lg={16}>
      <Card
        title="Báo cáo từ cơ sở"
        size="small"
        loading={q.isLoading}
        extra={
          <Button type="link" style={{ padding: 0 }} onClick={() => navigate(reportsHref())}>
            Tất cả đợt báo cáo
          </Button>
        }
      >
        {q.error && <p style={{ color: '#d92d20' }}>{errorMessage(q.error)}</p>}
        {!rounds.length ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <span>
                Chưa có đợt báo cáo nào đang mở.{' '}
                <Button type="link" style={{ padding: 0 }} onClick={() => navigate(reportsHref())}>
                  Tạo đợt báo cáo
                </Button>
              </span>
            }
          />
        ) : (
          <CompactList
            items={rounds.map((r) => ({
              key: r.id,
              actions: (
                <Button type="link" size="small" onClick={() => navigate(reportsHref({ roundId: r.id, tab: 'tinh-hinh' }))}>
                  Xem
                </Button>
              ),
              content: (
                <div style={{ width: '100%' }}>
                  <Space wrap size={[8, 2]}>
                    <b>{r.name}</b>
                    <span className="muted">hạn {isoToVn(r.deadline)}</span>
                    <DeadlineTag daysLeft={r.daysLeft} missing={r.required ? r.missing : undefined} />
                  </Space>
                  <div>
                    Đã nộp <b>{r.received}</b>/{r.required} đơn vị
                    {r.late ? `, ${r.late} trễ hạn` : ''}
                    {r.missing ? <span style={{ color: '#b42318' }}>, {r.missing} chưa nộp</span> : ''}
                  </div>
                  <Progress percent={r.required ? Math.round((r.received / r.required) * 100) : 0} size="small" />
                </div>
              ),
            }))}
          />
        )}
      </Card>
    </Col>
  );
}
