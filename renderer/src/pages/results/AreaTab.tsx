import { Alert, Table } from 'antd';
import type { AreaResultsRow } from '../../../../shared/areas/schema';
import { errorMessage } from '../../api/client';
import { useApi } from '../../api/hooks';
import { cell } from './format';
import { withGroupHeadings } from '../../../../shared/reports/indicator-rows';

type Row = { type: 'group'; key: string; group: string } | { type: 'indicator'; key: string; row: AreaResultsRow };

function withGroups(rows: AreaResultsRow[]): Row[] {
  return withGroupHeadings(
    rows.filter((r) => r.kind !== 'text'),
    (r) => r.group,
  ).map((r, n) =>
    r.type === 'group'
      ? { type: 'group', key: `g-${n}`, group: r.group }
      : { type: 'indicator', key: `i-${r.item.indicatorId}`, row: r.item },
  );
}

/** The round's figures added up per commune/ward (địa bàn) of the reporting units, the office's own activities apart. */
export function AreaTab({ roundId }: { roundId: number }) {
  const q = useApi('areas.roundResults', { roundId });
  const d = q.data;
  if (q.error) return <Alert type="error" showIcon message={errorMessage(q.error)} />;
  const cols = d?.columns ?? [];
  const onlyNone = cols.length > 0 && cols.every((c) => c.kind !== 'area');
  const span = (r: Row) => (r.type === 'group' ? { colSpan: 0 } : {});
  return (
    <div>
      {onlyNone && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message='Các đơn vị của đợt này chưa ghi xã/phường. Ghi "Xã/phường (địa bàn)" cho từng đơn vị ở trang Công đoàn cơ sở để xem số liệu theo địa bàn.'
        />
      )}
      <Table<Row>
        className="results-table"
        size="small"
        rowKey="key"
        loading={q.isLoading}
        pagination={false}
        dataSource={d ? withGroups(d.rows) : []}
        scroll={{ x: 560 + cols.length * 130 }}
        rowClassName={(r) => (r.type === 'group' ? 'results-group' : '')}
        columns={[
          {
            title: 'TT',
            width: 60,
            fixed: 'left',
            render: (_v, r) => (r.type === 'group' ? r.group : r.row.code),
            onCell: (r) => (r.type === 'group' ? { colSpan: cols.length + 4 } : {}),
          },
          { title: 'Nội dung', width: 280, fixed: 'left', render: (_v, r) => (r.type === 'group' ? null : r.row.label), onCell: span },
          {
            title: 'ĐVT',
            width: 90,
            render: (_v, r) => (r.type === 'group' ? null : r.row.kind === 'percent' ? '%' : r.row.unit),
            onCell: span,
          },
          ...cols.map((c, k) => ({
            title: (
              <>
                <div>{c.name}</div>
                {c.kind !== 'office' && (
                  <div className="muted" style={{ fontWeight: 400, fontSize: 12 }}>
                    {c.received}/{c.units} đơn vị đã nộp
                  </div>
                )}
              </>
            ),
            width: 130,
            align: 'right' as const,
            render: (_v: unknown, r: Row) => (r.type === 'group' ? null : cell(r.row, r.row.byColumn[k])),
            onCell: span,
          })),
          {
            title: 'Tổng',
            width: 130,
            fixed: 'right',
            align: 'right',
            render: (_v, r) => (r.type === 'group' ? null : <b>{cell(r.row, r.row.total)}</b>),
            onCell: span,
          },
        ]}
      />
    </div>
  );
}
