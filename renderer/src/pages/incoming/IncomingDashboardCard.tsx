import { Button, Card, Col, Empty, Space } from 'antd';
import { INCOMING_KIND_LABELS } from '../../../../shared/incoming/kinds';
import { isoToVn } from '../../../../shared/text/dates';
import { errorMessage } from '../../api/client';
import { useApi } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import { CompactList } from '../../components/CompactList';
import { DeadlineTag } from '../reports/DeadlineTag';
import { INCOMING_HREF } from './useIncoming';

/** Dashboard card: incoming documents not yet handled whose deadline is near or past, with days left. */
export function IncomingDashboardCard() {
  const q = useApi('incoming.dashboard', {});
  const items = q.data?.items ?? [];
  const open = () => navigate(INCOMING_HREF);
  return (
    <Col xs={24} lg={8}>
      <Card
        title="Văn bản đến sắp tới hạn"
        size="small"
        loading={q.isLoading}
        extra={
          <Button type="link" style={{ padding: 0 }} onClick={open}>
            Sổ văn bản đến
          </Button>
        }
      >
        {q.error && <p style={{ color: '#d92d20' }}>{errorMessage(q.error)}</p>}
        {!items.length ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={`Không có văn bản đến nào chưa xử lý có hạn trong ${q.data?.withinDays ?? 14} ngày tới.`}
          />
        ) : (
          <CompactList
            items={items.map((d) => ({
              key: d.id,
              content: (
                <div style={{ width: '100%' }}>
                  <Space wrap size={[8, 2]}>
                    <b>
                      {INCOMING_KIND_LABELS[d.docKind]} {d.docNumber}
                    </b>
                    <span className="muted">hạn {isoToVn(d.deadline)}</span>
                    <DeadlineTag daysLeft={d.daysLeft} />
                  </Space>
                  <div>{d.subject}</div>
                  <div className="muted" style={{ fontSize: 12 }}>
                    {d.issuer}
                    {d.handler ? ` · ${d.handler} xử lý` : ''}
                  </div>
                </div>
              ),
            }))}
          />
        )}
      </Card>
    </Col>
  );
}
