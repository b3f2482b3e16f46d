import { App, Button, Drawer, Empty, Spin, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ActivityStatus, SourceActivity, SourceSubmission } from '../../../../shared/results/schema';
import { ACTIVITY_STATUS_LABELS } from '../../../../shared/results/schema';
import { formatIndicatorValue } from '../../../../shared/reports/parse-number';
import { isoToVn } from '../../../../shared/text/dates';
import { call, errorMessage } from '../../api/client';
import { skipToken, useApi } from '../../api/hooks';
import { saveDownload } from '../../lib/files';

const STATUS_COLORS: Record<ActivityStatus, string> = { office: 'blue', counted: 'green', informational: 'default', excluded: 'default' };

/** The activities logged for the indicator, with how each one counts. */
function ActivitySources({ activities, fmt }: { activities: SourceActivity[]; fmt: (v: number | string | null) => string }) {
  return (
    <Table<SourceActivity>
      size="small"
      rowKey="activityId"
      dataSource={activities}
      pagination={activities.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: 'Không có hoạt động nào tính vào chỉ tiêu này.' }}
      columns={[
        { title: 'Ngày', width: 96, render: (_v, a) => isoToVn(a.date) },
        {
          title: 'Hoạt động',
          render: (_v, a) => (
            <div>
              {a.title}
              <div className="muted" style={{ fontSize: 12.5 }}>
                {a.organiserName ?? 'Văn phòng tổ chức'} · tính theo: {a.measures}
              </div>
            </div>
          ),
        },
        {
          title: 'Cách tính',
          width: 200,
          render: (_v, a) => (
            <Tag color={STATUS_COLORS[a.status]} style={{ whiteSpace: 'normal' }}>
              {ACTIVITY_STATUS_LABELS[a.status]}
            </Tag>
          ),
        },
        {
          title: 'Số liệu',
          width: 120,
          align: 'right',
          render: (_v, a) =>
            a.status === 'office' || a.status === 'counted' ? <b>{fmt(a.value)}</b> : <span className="muted">{fmt(a.value)}</span>,
        },
      ]}
    />
  );
}

/** Where a figure comes from: each unit report (file or typed by hand) and each activity, with how it counts. */
export function SourcesDrawer({ roundId, indicatorId, onClose }: { roundId: number; indicatorId: number | null; onClose: () => void }) {
  const { message } = App.useApp();
  const q = useApi('results.sources', indicatorId !== null ? { roundId, indicatorId } : skipToken);
  const s = q.data;
  const ind = s?.indicator;
  const fmt = (v: number | string | null) => (ind ? formatIndicatorValue(v, ind.kind) : String(v ?? ''));
  const original = async (r: SourceSubmission) => {
    try {
      saveDownload(await call('reports.archivedFile', { submissionId: r.submissionId }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const added = (s?.activities ?? []).filter((a) => a.status === 'office' || a.status === 'counted').reduce((x, a) => x + a.value, 0);

  return (
    <Drawer
      open={indicatorId !== null}
      onClose={onClose}
      size={860}
      title={ind ? `Nguồn số liệu: ${ind.code}. ${ind.label}` : 'Nguồn số liệu'}
    >
      {q.isLoading && <Spin />}
      {q.error && <Empty description={errorMessage(q.error)} />}
      {s && ind && (
        <>
          <div className="sources-sum">
            {ind.kind === 'percent' ? (
              <>
                Bình quân của {ind.reportCount} đơn vị báo cáo: <b>{fmt(ind.total)}</b>
              </>
            ) : ind.kind === 'text' ? (
              <>{ind.reportCount} đơn vị ghi nội dung này.</>
            ) : (
              <>
                Tổng <b>{fmt(ind.total)}</b> = {fmt(ind.reports)} từ {s.submissions.length} báo cáo của công đoàn cơ sở + {fmt(added)} từ
                các hoạt động được cộng
                {ind.informational ? ` (${fmt(ind.informational)} từ hoạt động của đơn vị đã báo cáo: không cộng thêm)` : ''}.
              </>
            )}
          </div>
          <h3>Báo cáo của công đoàn cơ sở ({s.submissions.length})</h3>
          <Table<SourceSubmission>
            size="small"
            rowKey="submissionId"
            dataSource={s.submissions}
            pagination={s.submissions.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{ emptyText: 'Chưa có báo cáo nào ghi số liệu cho chỉ tiêu này.' }}
            columns={[
              {
                title: 'Công đoàn cơ sở',
                render: (_v, r) => (
                  <div>
                    {r.unitName}
                    <div className="muted" style={{ fontSize: 12.5 }}>
                      {r.unitCode}
                      {r.sectorName ? ` · ${r.sectorName}` : ''}
                    </div>
                  </div>
                ),
              },
              {
                title: 'Tệp báo cáo',
                render: (_v, r) =>
                  r.source === 'manual' ? (
                    <Tag>Nhập tay</Tag>
                  ) : (
                    <Button
                      type="link"
                      size="small"
                      icon={<DownloadOutlined />}
                      style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}
                      onClick={() => original(r)}
                    >
                      {r.fileName}
                    </Button>
                  ),
              },
              { title: 'Ngày nhận', width: 100, render: (_v, r) => isoToVn(r.receivedOn) },
              { title: 'Số liệu', width: 140, align: 'right', render: (_v, r) => <b>{fmt(r.value)}</b> },
            ]}
          />
          <h3 style={{ marginTop: 20 }}>Hoạt động đã ghi ({s.activities.length})</h3>
          <ActivitySources activities={s.activities} fmt={fmt} />
        </>
      )}
    </Drawer>
  );
}
