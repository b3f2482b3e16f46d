import { Empty, Select, Space, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { formatIndicatorValue, formatNumberVi } from '../../../../shared/reports/parse-number';
import {
  UPWARD_SOURCE_LABELS,
  UPWARD_SURE_SCORE,
  upwardCellValue,
  type UpwardIndicatorTotal,
  type UpwardPreview,
  type UpwardRow,
} from '../../../../shared/reports/upward-schema';
import { foldVi } from '../../../../shared/text/vi';

// The rows of the superior's form, each matched to an indicator of the round (or to none), with
// the number that will be written into its cell.

const NO_FILL = 0;

/** What the cell will hold, as the clerk reads it. */
export function valueText(row: UpwardRow, ind: UpwardIndicatorTotal | undefined): { text: string; empty: boolean } {
  if (!row.fillable) return { text: 'Ô có công thức, giữ nguyên', empty: true };
  if (!ind) return { text: 'Không điền', empty: true };
  if (ind.kind === 'text') return { text: 'Chỉ tiêu ghi bằng chữ, không điền số', empty: true };
  const v = upwardCellValue(ind.total, ind.kind, row);
  if (v === null || ind.total === null) return { text: 'Chưa có số liệu, để trống', empty: true };
  if (ind.kind === 'percent') return { text: `${formatNumberVi(ind.total)}%`, empty: false };
  if (ind.kind === 'money' && row.divisor > 1)
    return { text: `${formatNumberVi(v)} (${row.divisor === 1_000_000 ? 'triệu đồng' : 'nghìn đồng'})`, empty: false };
  return { text: formatIndicatorValue(v, ind.kind), empty: false };
}

function SourceTag({ row, changed }: { row: UpwardRow; changed: boolean }) {
  if (changed) return <Tag color="blue">Bạn đã chọn</Tag>;
  if (row.source === 'label' && row.confidence < UPWARD_SURE_SCORE) return <Tag color="orange">Cần xem lại</Tag>;
  const color = { code: 'green', remembered: 'cyan', label: 'green', none: 'default' }[row.source];
  return <Tag color={color}>{UPWARD_SOURCE_LABELS[row.source]}</Tag>;
}

interface Props {
  preview: UpwardPreview;
  byId: Map<number, UpwardIndicatorTotal>;
  /** The clerk's choices that differ from the proposal, by row key (NO_FILL = "Không điền"). */
  choices: Record<string, number>;
  /** The indicator a row will be filled from (the clerk's choice, else the proposal), or null. */
  chosen: (r: UpwardRow) => number | null;
  onChoose: (key: string, indicatorId: number) => void;
}

export function UpwardMatchTable({ preview, byId, choices, chosen, onChoose }: Props) {
  const options = useMemo(
    () => [
      { value: NO_FILL, label: 'Không điền', search: 'khong dien' },
      ...preview.indicators.map((i) => ({
        value: i.indicatorId,
        label: `${i.code}. ${i.label}`,
        search: foldVi(`${i.code} ${i.label}`),
      })),
    ],
    [preview],
  );

  return (
    <Table<UpwardRow>
      size="small"
      rowKey="key"
      pagination={false}
      scroll={{ y: 340 }}
      dataSource={preview.rows}
      locale={{ emptyText: <Empty description="Không có dòng nào để điền trong bảng này." /> }}
      columns={[
        { title: 'Dòng', key: 'row', width: 70, render: (_, r) => `${r.row}${r.number ? ` (${r.number})` : ''}` },
        {
          title: 'Nội dung trong mẫu',
          key: 'label',
          render: (_, r) => (
            <>
              {r.label}
              {r.unit && <span className="muted"> — {r.unit}</span>}
            </>
          ),
        },
        {
          title: 'Chỉ tiêu của đợt được điền vào',
          key: 'indicator',
          width: 430,
          render: (_, r) => (
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Select
                aria-label={`Chỉ tiêu cho dòng ${r.row}`}
                style={{ width: '100%' }}
                disabled={!r.fillable}
                value={chosen(r) ?? NO_FILL}
                options={options}
                showSearch={{ filterOption: (q, o) => !!o && o.search.includes(foldVi(q)) }}
                onChange={(v: number) => onChoose(r.key, v)}
              />
              {r.fillable && <SourceTag row={r} changed={r.key in choices && (choices[r.key] || null) !== r.indicatorId} />}
            </Space>
          ),
        },
        {
          title: `Số sẽ ghi vào ô`,
          key: 'value',
          width: 190,
          render: (_, r) => {
            const v = valueText(r, byId.get(chosen(r) ?? -1));
            return (
              <>
                <span className="muted">{r.key}: </span>
                {v.empty ? <span className="muted">{v.text}</span> : <b>{v.text}</b>}
              </>
            );
          },
        },
      ]}
    />
  );
}
