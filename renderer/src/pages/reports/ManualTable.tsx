import { Form, Input, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { formatIndicatorValue, parseIndicatorValue } from '../../../../shared/reports/parse-number';
import type { Indicator } from '../../../../shared/reports/schema';
import { withGroupHeadings } from '../../../../shared/reports/indicator-rows';

// The round's indicators as a form table: a group heading spans the row, each indicator has its
// result box (checked as the clerk types, in the form of its kind).

type Line = { key: string; group: string } | { key: string; ind: Indicator };

const PLACEHOLDER: Record<Indicator['kind'], string> = {
  count: 'ví dụ 12',
  money: 'ví dụ 1.500.000',
  percent: 'ví dụ 85',
  text: 'ghi tóm tắt',
};

function manualColumns(): ColumnsType<Line> {
  return [
    {
      title: 'Mã',
      key: 'code',
      width: 70,
      onCell: (l) => ({ colSpan: 'group' in l ? 5 : 1 }),
      render: (_: unknown, l) => ('group' in l ? l.group : l.ind.code),
    },
    {
      title: 'Nội dung chỉ tiêu',
      key: 'label',
      onCell: (l) => ({ colSpan: 'group' in l ? 0 : 1 }),
      render: (_: unknown, l) =>
        'ind' in l ? (
          <>
            {l.ind.label}
            {l.ind.required && (
              <span className="required-mark" title="Chỉ tiêu bắt buộc">
                {' '}
                *
              </span>
            )}
          </>
        ) : null,
    },
    {
      title: 'Đơn vị tính',
      key: 'unit',
      width: 110,
      onCell: (l) => ({ colSpan: 'group' in l ? 0 : 1 }),
      render: (_: unknown, l) => ('ind' in l ? l.ind.unit : null),
    },
    {
      title: 'Chỉ tiêu giao',
      key: 'target',
      width: 110,
      align: 'right',
      onCell: (l) => ({ colSpan: 'group' in l ? 0 : 1 }),
      render: (_: unknown, l) => ('ind' in l && l.ind.target !== null ? formatIndicatorValue(l.ind.target, l.ind.kind) : null),
    },
    {
      title: 'Kết quả',
      key: 'value',
      width: 260,
      onCell: (l) => ({ colSpan: 'group' in l ? 0 : 1 }),
      render: (_: unknown, l) => {
        if (!('ind' in l)) return null;
        const ind = l.ind;
        return (
          <Form.Item
            name={['values', `v${ind.id}`]}
            rules={[
              {
                validator: async (_r, v) => {
                  const res = parseIndicatorValue(typeof v === 'string' ? v : null, ind.kind, { unit: ind.unit });
                  if (!res.ok) throw new Error(`'${String(v).trim()}' ${res.reason}`);
                },
              },
            ]}
          >
            {ind.kind === 'text' ? (
              <Input.TextArea
                aria-label={`Kết quả chỉ tiêu ${ind.code}`}
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={2000}
                placeholder={PLACEHOLDER.text}
              />
            ) : (
              <Input
                aria-label={`Kết quả chỉ tiêu ${ind.code}`}
                placeholder={PLACEHOLDER[ind.kind]}
                suffix={<span className="muted">{ind.kind === 'money' ? 'đ' : ind.kind === 'percent' ? '%' : ''}</span>}
              />
            )}
          </Form.Item>
        );
      },
    },
  ];
}

/** The indicators of the round, grouped, with a result box each (form fields `values.v<id>`). */
export function ManualTable({ indicators }: { indicators: Indicator[] }) {
  const lines = useMemo(
    () =>
      withGroupHeadings(indicators, (i) => i.group).map((r, n): Line =>
        r.type === 'group' ? { key: `g${n}`, group: r.group } : { key: `i${r.item.id}`, ind: r.item },
      ),
    [indicators],
  );
  return (
    <Table<Line>
      className="manual-table"
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={lines}
      rowClassName={(l) => ('group' in l ? 'indicator-group' : '')}
      columns={manualColumns()}
    />
  );
}
