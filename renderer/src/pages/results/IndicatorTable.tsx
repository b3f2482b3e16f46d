import { Button, Table, Tooltip } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { RoundResults } from '../../../../shared/results/schema';
import { cell, delta, withGroups, type Row } from './format';

/** Totals per indicator with their parts: unit reports, the office's activities, units without a report. */
export function IndicatorTable({ results, onSources }: { results: RoundResults; onSources: (indicatorId: number) => void }) {
  const rows = withGroups(results.indicators);
  const prev = results.previous;
  return (
    <Table<Row>
      className="results-table"
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      sticky
      rowClassName={(r) => (r.type === 'group' ? 'results-group' : '')}
      onRow={(r) => (r.type === 'indicator' ? { onDoubleClick: () => onSources(r.ind.id) } : {})}
      columns={[
        {
          title: 'TT',
          width: 64,
          render: (_v, r) => (r.type === 'group' ? r.group : r.ind.code),
          onCell: (r) => (r.type === 'group' ? { colSpan: prev ? 10 : 8 } : {}),
        },
        {
          title: 'Nội dung',
          render: (_v, r) => (r.type === 'group' ? null : r.ind.label),
          onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
        },
        {
          title: 'Đơn vị tính',
          width: 96,
          render: (_v, r) => (r.type === 'group' ? null : r.ind.kind === 'percent' ? '%' : r.ind.unit),
          onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
        },
        {
          title: (
            <Tooltip title="Cộng số liệu trong báo cáo (bản mới nhất) của các công đoàn cơ sở; tỷ lệ % là bình quân.">Báo cáo CĐCS</Tooltip>
          ),
          width: 130,
          align: 'right',
          render: (_v, r) =>
            r.type === 'group' ? null : r.ind.kind === 'text' ? (
              <span className="muted">{r.ind.reportCount} đơn vị ghi</span>
            ) : r.ind.kind === 'percent' && !r.ind.reportCount ? (
              ''
            ) : (
              cell(r.ind, r.ind.reports)
            ),
          onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
        },
        {
          title: <Tooltip title="Hoạt động do văn phòng trực tiếp tổ chức (trang Hoạt động).">Văn phòng tổ chức</Tooltip>,
          width: 120,
          align: 'right',
          render: (_v, r) => (r.type === 'group' || !r.ind.office ? null : cell(r.ind, r.ind.office)),
          onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
        },
        {
          title: <Tooltip title="Hoạt động ghi cho công đoàn cơ sở chưa nộp báo cáo.">CĐCS chưa báo cáo</Tooltip>,
          width: 120,
          align: 'right',
          render: (_v, r) => (r.type === 'group' || !r.ind.unitActivities ? null : cell(r.ind, r.ind.unitActivities)),
          onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
        },
        {
          title: 'Tổng',
          width: 140,
          align: 'right',
          render: (_v, r) => (r.type === 'group' ? null : <b>{cell(r.ind, r.ind.total)}</b>),
          onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
        },
        ...(prev
          ? [
              {
                title: `Cùng kỳ ${prev.year}`,
                width: 120,
                align: 'right' as const,
                render: (_v: unknown, r: Row) => (r.type === 'group' ? null : cell(r.ind, r.ind.previous)),
                onCell: (r: Row) => (r.type === 'group' ? { colSpan: 0 } : {}),
              },
              {
                title: 'Tăng/giảm',
                width: 100,
                align: 'right' as const,
                render: (_v: unknown, r: Row) => {
                  if (r.type === 'group') return null;
                  const d = delta(r.ind);
                  return <span className={d.startsWith('+') ? 'up' : d.startsWith('−') ? 'down' : ''}>{d}</span>;
                },
                onCell: (r: Row) => (r.type === 'group' ? { colSpan: 0 } : {}),
              },
            ]
          : []),
        {
          title: '',
          width: 92,
          render: (_v, r) =>
            r.type === 'group' ? null : (
              <Button
                size="small"
                icon={<SearchOutlined />}
                aria-label={`Nguồn số liệu chỉ tiêu ${r.ind.code}`}
                onClick={() => onSources(r.ind.id)}
              >
                Nguồn
              </Button>
            ),
          onCell: (r) => (r.type === 'group' ? { colSpan: 0 } : {}),
        },
      ]}
    />
  );
}
