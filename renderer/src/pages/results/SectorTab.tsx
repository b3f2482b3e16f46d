import { Select, Table } from 'antd';
import { useState } from 'react';
import type { RoundResults } from '../../../../shared/results/schema';
import { GroupStackedBars, SectorBars } from './charts';
import { cell, withGroups, type Row } from './format';

/** The figures by sector: a chart for one indicator, the count indicators of a group stacked by sector, and the full table. */
export function SectorTab({ results }: { results: RoundResults }) {
  const numeric = results.indicators.filter((i) => i.kind !== 'text');
  const [indicatorId, setIndicatorId] = useState<number | null>(numeric[0]?.id ?? null);
  const groups = [...new Set(results.indicators.filter((i) => i.kind === 'count').map((i) => i.group))];
  const [group, setGroup] = useState<string | null>(groups[0] ?? null);
  const rows = withGroups(results.indicators, (i) => i.kind !== 'text');
  const cols = results.columns;
  return (
    <div>
      <div className="results-charts-2">
        <div>
          <div className="chart-title">
            <span>Một chỉ tiêu theo khối</span>
            <Select
              size="small"
              style={{ width: 360 }}
              aria-label="Chọn chỉ tiêu cho biểu đồ"
              value={indicatorId}
              onChange={setIndicatorId}
              showSearch={{ optionFilterProp: 'label' }}
              options={numeric.map((i) => ({ value: i.id, label: `${i.code}. ${i.label}` }))}
            />
          </div>
          {indicatorId !== null && <SectorBars results={results} indicatorId={indicatorId} />}
        </div>
        <div>
          <div className="chart-title">
            <span>Các chỉ tiêu (số lượng) của nhóm</span>
            <Select
              size="small"
              style={{ width: 360 }}
              aria-label="Chọn nhóm chỉ tiêu"
              value={group}
              onChange={setGroup}
              options={groups.map((g) => ({ value: g, label: g ?? 'Không có nhóm' }))}
            />
          </div>
          <GroupStackedBars results={results} group={group} />
        </div>
      </div>
      <Table<Row>
        className="results-table"
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 580 + cols.length * 130 }}
        rowClassName={(r) => (r.type === 'group' ? 'results-group' : '')}
        columns={[
          {
            title: 'TT',
            width: 60,
            fixed: 'left',
            render: (_v, r) => (r.type === 'group' ? r.group : r.ind.code),
            onCell: (r) => (r.type === 'group' ? { colSpan: cols.length + 4 } : {}),
          },
          {
            title: 'Nội dung',
            width: 300,
            fixed: 'left',
            render: (_v, r) => (r.type === 'group' ? null : r.ind.label),
            onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
          },
          {
            title: 'ĐVT',
            width: 90,
            render: (_v, r) => (r.type === 'group' ? null : r.ind.kind === 'percent' ? '%' : r.ind.unit),
            onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
          },
          ...cols.map((c, k) => ({
            title: `${c.name}${c.units ? ` (${c.units} ĐV)` : ''}`,
            width: 130,
            align: 'right' as const,
            render: (_v: unknown, r: Row) => (r.type === 'group' ? null : cell(r.ind, r.ind.byColumn[k])),
            onCell: (r: Row) => (r.type === 'group' ? { colSpan: 0 } : {}),
          })),
          {
            title: 'Tổng',
            width: 130,
            align: 'right',
            render: (_v, r) => (r.type === 'group' ? null : <b>{cell(r.ind, r.ind.total)}</b>),
            onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
          },
        ]}
      />
    </div>
  );
}
