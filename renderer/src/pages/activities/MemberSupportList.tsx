import { Empty, Spin, Table, Tag } from 'antd';
import type { MemberSupport } from '../../../../shared/activities/schema';
import { SITUATION_LABELS } from '../../../../shared/activities/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { errorMessage } from '../../api/client';
import { useApi } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import { money } from './money';
import './activities.css';

/**
 * "Hỗ trợ đã nhận" on a member's page: the visits, gifts and other support logged for the member,
 * newest first. Mounted at the end of the member drawer.
 */
export function MemberSupportList({ memberId }: { memberId: number }) {
  const q = useApi('activities.forMember', { memberId });
  const goTo = () => {
    navigate('#/hoat-dong');
  };
  return (
    <section className="support-list" aria-label="Hỗ trợ đã nhận">
      <h3>Hỗ trợ đã nhận</h3>
      {q.isLoading && <Spin size="small" />}
      {q.error && <div className="muted">{errorMessage(q.error)}</div>}
      {q.data && q.data.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa ghi nhận lần thăm hỏi, hỗ trợ nào. Ghi ở trang Hoạt động." />
      )}
      {q.data && q.data.length > 0 && (
        <Table<MemberSupport>
          size="small"
          rowKey="activityId"
          pagination={false}
          dataSource={q.data}
          onRow={() => ({ onDoubleClick: goTo })}
          columns={[
            { title: 'Ngày', width: 100, render: (_v, s) => isoToVn(s.date) },
            {
              title: 'Hoạt động',
              render: (_v, s) => (
                <div>
                  <b>{s.title}</b>
                  <div className="muted" style={{ fontSize: 12.5 }}>
                    {s.typeName} · {s.organiserName ?? 'Văn phòng tổ chức'}
                    {s.roundName && ` · ${s.roundName}`}
                    {s.note && ` · ${s.note}`}
                  </div>
                </div>
              ),
            },
            { title: 'Hoàn cảnh', width: 130, render: (_v, s) => (s.situation ? <Tag>{SITUATION_LABELS[s.situation]}</Tag> : '') },
            {
              title: 'Kinh phí cả hoạt động',
              width: 150,
              align: 'right',
              render: (_v, s) =>
                s.moneyTotal ? (
                  <span title={`${s.beneficiaryCount} người được hỗ trợ trong hoạt động này`}>{money(s.moneyTotal)}</span>
                ) : (
                  ''
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
