import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ActivitySummary } from '../../../../shared/activities/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { useUnitLabels } from '../units/useUnitLabels';
import { count, money } from './money';
import type { useActivityList } from './useActivities';

type ActivityList = ReturnType<typeof useActivityList>;

function activityColumns(officeName: string, unitLabels: Map<number, string>): ColumnsType<ActivitySummary> {
  return [
    {
      title: 'Ngày',
      width: 112,
      render: (_v, a) => (a.endDate && a.endDate !== a.date ? `${isoToVn(a.date)} – ${isoToVn(a.endDate)}` : isoToVn(a.date)),
    },
    {
      title: 'Hoạt động',
      render: (_v, a) => (
        <div>
          <b>{a.title}</b>
          <div className="muted" style={{ fontSize: 13 }}>
            {a.typeName}
            {a.place && ` · ${a.place}`}
          </div>
        </div>
      ),
    },
    {
      title: 'Đơn vị tổ chức',
      width: 210,
      render: (_v, a) =>
        a.unitId === null ? (
          <Tag color="blue">{officeName}</Tag>
        ) : (
          <span title={a.unitName ?? undefined}>{unitLabels.get(a.unitId) ?? a.unitName}</span>
        ),
    },
    { title: 'Tham gia', width: 84, align: 'right', render: (_v, a) => (a.participants ? count(a.participants) : '') },
    {
      title: 'Được hỗ trợ',
      width: 116,
      align: 'right',
      render: (_v, a) => (a.memberCount + a.otherBeneficiaries ? count(a.memberCount + a.otherBeneficiaries) : ''),
    },
    { title: 'Kinh phí', width: 130, align: 'right', render: (_v, a) => (a.moneyTotal ? money(a.moneyTotal) : '') },
    { title: 'Đợt báo cáo', width: 170, render: (_v, a) => a.roundName ?? <span className="muted">Không tính</span> },
  ];
}

/** The activity log as a paged table, with the sums of everything the filter matches under it. */
export function ActivityTable({
  list,
  page,
  pageSize,
  onPage,
  filtered,
  officeName,
  onOpen,
}: {
  list: ActivityList;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** Whether any filter is set: an empty result then says "nothing matches" rather than "nothing yet". */
  filtered: boolean;
  officeName: string;
  onOpen: (id: number) => void;
}) {
  const unitLabels = useUnitLabels();
  const sums = list.data?.sums;
  return (
    <Table<ActivitySummary>
      className="activity-table"
      rowKey="id"
      size="middle"
      loading={list.isFetching && !list.data}
      dataSource={list.data?.items ?? []}
      onRow={(a) => ({ onClick: () => onOpen(a.id), style: { cursor: 'pointer' } })}
      locale={{
        emptyText:
          list.data?.total === 0 && !filtered
            ? 'Chưa ghi hoạt động nào. Bấm "Ghi hoạt động" để bắt đầu.'
            : 'Không có hoạt động nào khớp bộ lọc.',
      }}
      pagination={{
        current: page,
        pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: false,
        onChange: onPage,
        showTotal: (t) => `${count(t)} hoạt động`,
      }}
      columns={activityColumns(officeName, unitLabels)}
      summary={() =>
        sums && list.data && list.data.total > 0 ? (
          <Table.Summary.Row className="activity-sum">
            <Table.Summary.Cell index={0} colSpan={3}>
              Cộng {count(list.data.total)} hoạt động theo bộ lọc
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {count(sums.participants)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {count(sums.beneficiaries)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {money(sums.money)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} />
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
