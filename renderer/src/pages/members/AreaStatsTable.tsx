import { Table } from 'antd';
import type { AreaStatsRow, StatsCounts } from '../../../../shared/members/stats-schema';
import { NO_AREA_LABEL } from '../../../../shared/areas/schema';

/** Member statistics added up per commune/ward (địa bàn), with the office total underneath. */
export function AreaStatsTable({
  rows,
  total,
  columns,
  loading,
}: {
  rows: AreaStatsRow[];
  total: StatsCounts;
  columns: { key: keyof StatsCounts; title: string }[];
  loading: boolean;
}) {
  return (
    <Table<AreaStatsRow>
      size="small"
      rowKey={(r) => r.areaId ?? 'none'}
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ y: 'calc(100vh - 380px)' }}
      locale={{ emptyText: 'Chưa có công đoàn cơ sở nào.' }}
      columns={[
        { title: 'TT', key: 'tt', width: 52, render: (_: unknown, __: AreaStatsRow, i: number) => i + 1 },
        { title: 'Xã/phường (địa bàn)', key: 'area', render: (_: unknown, r: AreaStatsRow) => r.areaName ?? NO_AREA_LABEL },
        { title: 'Số CĐCS', dataIndex: 'units', width: 76, align: 'right' as const },
        // Narrower than the unit view's figures: a commune/ward's name stays on one line at 1366 px.
        ...columns.map((c) => ({ title: c.title, dataIndex: c.key, width: 92, align: 'right' as const })),
      ]}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row style={{ fontWeight: 700 }}>
            <Table.Summary.Cell index={0} colSpan={2}>
              Tổng cộng
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {rows.reduce((n, r) => n + r.units, 0)}
            </Table.Summary.Cell>
            {columns.map((c, i) => (
              <Table.Summary.Cell key={c.key} index={i + 3} align="right">
                {total[c.key]}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
