import { AutoComplete, Button, Checkbox, Input, InputNumber, Select, Space, Tooltip, type TableColumnsType } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import type { IndicatorKind } from '../../../../shared/reports/parse-number';
import { KIND_LABELS } from '../../../../shared/reports/parse-number';
import type { EditedIndicator as Row } from './indicator-edits';
import type { useIndicatorTable } from './useIndicatorTable';

// The columns of the indicator table: one input per cell, its message under it, and the row's
// move and delete buttons. The editing state is the table's (./useIndicatorTable).

const UNITS = ['hoạt động', 'người', 'lượt người', 'suất', 'đồng', '%', 'cuộc', 'buổi', 'nhà', 'bản', 'kiến nghị', 'CĐCS', 'đơn vị'];

type Table = ReturnType<typeof useIndicatorTable>;

/** Tells a cell's input it is wrong, and the message to show under it. */
function cellErrors(table: Table) {
  const status = (i: number, field: string) => (table.error(i, field) ? 'error' : undefined);
  const help = (i: number, field: string) =>
    table.error(i, field) && <div style={{ color: '#d92d20', fontSize: 12 }}>{table.error(i, field)}</div>;
  return { status, help };
}

export function indicatorColumns(table: Table): TableColumnsType<Row> {
  return [...textColumns(table), ...figureColumns(table)];
}

/** What the indicator is: code, group, wording, unit. */
function textColumns(table: Table): TableColumnsType<Row> {
  const { groups, update } = table;
  const { status, help } = cellErrors(table);
  return [
    {
      title: 'Mã',
      key: 'code',
      width: 84,
      render: (_: unknown, r, i) => (
        <>
          <Input
            aria-label={`Mã chỉ tiêu dòng ${i + 1}`}
            value={r.code}
            status={status(i, 'code')}
            maxLength={20}
            onChange={(e) => update(r.key, { code: e.target.value })}
          />
          {help(i, 'code')}
        </>
      ),
    },
    {
      title: 'Nhóm',
      key: 'group',
      width: 150,
      render: (_: unknown, r, i) => (
        <AutoComplete
          aria-label={`Nhóm chỉ tiêu dòng ${i + 1}`}
          value={r.group ?? ''}
          options={groups.map((g) => ({ value: g }))}
          onChange={(v) => update(r.key, { group: String(v ?? '') || null })}
          style={{ width: '100%' }}
          status={status(i, 'group')}
        />
      ),
    },
    {
      title: 'Nội dung chỉ tiêu',
      key: 'label',
      render: (_: unknown, r, i) => (
        <>
          <Input.TextArea
            aria-label={`Nội dung chỉ tiêu dòng ${i + 1}`}
            value={r.label}
            autoSize={{ minRows: 1, maxRows: 4 }}
            status={status(i, 'label')}
            maxLength={500}
            onChange={(e) => update(r.key, { label: e.target.value })}
          />
          {help(i, 'label')}
        </>
      ),
    },
    {
      title: 'Đơn vị tính',
      key: 'unit',
      width: 110,
      render: (_: unknown, r, i) => (
        <AutoComplete
          aria-label={`Đơn vị tính dòng ${i + 1}`}
          value={r.unit ?? ''}
          options={UNITS.map((u) => ({ value: u }))}
          onChange={(v) => update(r.key, { unit: String(v ?? '') || null })}
          style={{ width: '100%' }}
        />
      ),
    },
  ];
}

/** How it is counted (kind, target, required) and the row's move and delete buttons. */
function figureColumns(table: Table): TableColumnsType<Row> {
  const { rows, update, move } = table;
  const { status, help } = cellErrors(table);
  return [
    {
      title: 'Kiểu số liệu',
      key: 'kind',
      width: 156,
      render: (_: unknown, r, i) => (
        <>
          <Select
            aria-label={`Kiểu số liệu dòng ${i + 1}`}
            value={r.kind}
            style={{ width: '100%' }}
            status={status(i, 'kind')}
            options={(Object.keys(KIND_LABELS) as IndicatorKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            onChange={(k) => update(r.key, { kind: k })}
          />
          {help(i, 'kind')}
        </>
      ),
    },
    {
      title: 'Chỉ tiêu giao',
      key: 'target',
      width: 100,
      render: (_: unknown, r, i) => (
        <>
          <InputNumber
            aria-label={`Chỉ tiêu giao dòng ${i + 1}`}
            value={r.target}
            min={0}
            disabled={r.kind === 'text'}
            style={{ width: '100%' }}
            status={status(i, 'target')}
            placeholder={r.kind === 'text' ? '' : 'không có'}
            onChange={(v) => update(r.key, { target: typeof v === 'number' ? v : null })}
          />
          {help(i, 'target')}
        </>
      ),
    },
    {
      title: (
        <Tooltip title='Báo cáo không có số liệu của chỉ tiêu bắt buộc vẫn được nhận, nhưng đơn vị nằm trong danh sách "Thiếu số liệu" để nhắc bổ sung.'>
          Bắt buộc
        </Tooltip>
      ),
      key: 'required',
      width: 72,
      align: 'center',
      render: (_: unknown, r, i) => (
        <Checkbox
          aria-label={`Chỉ tiêu bắt buộc dòng ${i + 1}`}
          checked={r.required}
          onChange={(e) => update(r.key, { required: e.target.checked })}
        />
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 96,
      render: (_: unknown, r, i) => (
        <Space size={0}>
          <Button
            type="text"
            size="small"
            icon={<ArrowUpOutlined />}
            disabled={i === 0}
            aria-label="Chuyển lên"
            onClick={() => move(i, -1)}
          />
          <Button
            type="text"
            size="small"
            icon={<ArrowDownOutlined />}
            disabled={i === rows.length - 1}
            aria-label="Chuyển xuống"
            onClick={() => move(i, 1)}
          />
          <Tooltip title={r.hasValues ? 'Đã có đơn vị báo cáo số liệu cho chỉ tiêu này, không xóa được.' : 'Xóa chỉ tiêu'}>
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              disabled={r.hasValues}
              aria-label={`Xóa chỉ tiêu ${r.code}`}
              onClick={() => table.remove(r.key)}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];
}
