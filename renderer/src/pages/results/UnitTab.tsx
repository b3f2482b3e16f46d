import { Input, Segmented, Select, Table, Tag } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import type { RoundResults, UnitBreakdownRow } from '../../../../shared/results/schema';
import { foldVi } from '../../../../shared/text/vi';
import { errorMessage } from '../../api/client';
import { skipToken, useApi } from '../../api/hooks';
import { StateTag } from '../reports/ui';
import { cell } from './format';

type Filter = 'all' | 'reported' | 'missing' | 'inactive';

/** One indicator unit by unit: the figure of each report, activities logged for the unit, held ≥ 1 activity. */
export function UnitTab({ results }: { results: RoundResults }) {
  const numeric = results.indicators.filter((i) => i.kind !== 'text');
  const firstId = numeric.find((i) => i.code === results.share.activityIndicator?.code)?.id ?? numeric[0]?.id ?? null;
  const [indicatorId, setIndicatorId] = useState<number | null>(firstId);
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const q = useApi('results.byUnit', indicatorId !== null ? { roundId: results.round.id, indicatorId } : skipToken, {
    placeholderData: (p) => p,
  });
  const ind = q.data?.indicator;
  const rows = useMemo(() => {
    const words = foldVi(deferred).split(' ').filter(Boolean);
    return (q.data?.rows ?? []).filter((r) => {
      if (filter === 'reported' && r.state === 'missing') return false;
      if (filter === 'missing' && r.state !== 'missing') return false;
      if (filter === 'inactive' && r.active) return false;
      const hay = foldVi(`${r.unitCode} ${r.unitName} ${r.sectorName ?? ''}`);
      return words.every((w) => hay.includes(w));
    });
  }, [q.data, filter, deferred]);

  return (
    <div>
      <div className="toolbar">
        <Select
          style={{ width: 420 }}
          aria-label="Chọn chỉ tiêu xem theo đơn vị"
          value={indicatorId}
          onChange={setIndicatorId}
          showSearch={{ optionFilterProp: 'label' }}
          options={numeric.map((i) => ({ value: i.id, label: `${i.code}. ${i.label}` }))}
        />
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: 'Tất cả' },
            { value: 'reported', label: 'Đã báo cáo' },
            { value: 'missing', label: 'Chưa báo cáo' },
            { value: 'inactive', label: 'Chưa có hoạt động' },
          ]}
        />
        <Input.Search
          allowClear
          placeholder="Tìm đơn vị"
          aria-label="Tìm đơn vị"
          style={{ width: 240 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {q.error && <div className="muted">{errorMessage(q.error)}</div>}
      <Table<UnitBreakdownRow>
        size="small"
        rowKey="unitId"
        loading={q.isFetching && !q.data}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (t) => `${t} đơn vị` }}
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
          { title: 'Báo cáo', width: 170, render: (_v, r) => <StateTag state={r.state} /> },
          {
            title: 'Tệp',
            width: 220,
            ellipsis: true,
            render: (_v, r) => (r.state === 'missing' ? '' : (r.fileName ?? <span className="muted">Nhập tay</span>)),
          },
          {
            title: 'Số liệu báo cáo',
            width: 130,
            align: 'right',
            render: (_v, r) => (ind && typeof r.report === 'number' ? cell(ind, r.report) : (r.report ?? '')),
          },
          {
            title: 'Từ hoạt động',
            width: 130,
            align: 'right',
            render: (_v, r) =>
              ind && (r.activities || r.informational) ? (
                <span title={r.informational ? 'Phần ghi mờ đã nằm trong báo cáo của đơn vị, không cộng thêm.' : undefined}>
                  {r.activities ? cell(ind, r.activities) : ''}
                  {r.informational ? <span className="muted"> ({cell(ind, r.informational)})</span> : null}
                </span>
              ) : (
                ''
              ),
          },
          { title: 'Tính vào tổng', width: 130, align: 'right', render: (_v, r) => (ind ? <b>{cell(ind, r.total)}</b> : '') },
          { title: 'Có hoạt động', width: 120, render: (_v, r) => (r.active ? <Tag color="green">Có</Tag> : <Tag>Chưa</Tag>) },
        ]}
      />
    </div>
  );
}
