import { Button, Input, Space } from 'antd';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableBlock } from '../../../../shared/documents/model';

// A plain grid for a table block: column titles on top, one input per cell.

export function TableEditor({ block, readOnly, onChange }: { block: TableBlock; readOnly: boolean; onChange: (t: TableBlock) => void }) {
  const setColumn = (k: number, v: string) => onChange({ ...block, columns: block.columns.map((c, i) => (i === k ? v : c)) });
  const setCell = (r: number, k: number, v: string) =>
    onChange({ ...block, rows: block.rows.map((row, i) => (i === r ? row.map((c, j) => (j === k ? v : c)) : row)) });
  const addRow = () =>
    onChange({
      ...block,
      rows: [...block.rows, block.columns.map((_c, k) => (k === 0 && block.columns[0] === 'TT' ? String(block.rows.length + 1) : ''))],
    });
  const removeRow = (r: number) => onChange({ ...block, rows: block.rows.filter((_row, i) => i !== r) });
  const addColumn = () => onChange({ ...block, columns: [...block.columns, 'Cột mới'], rows: block.rows.map((row) => [...row, '']) });
  const removeColumn = (k: number) =>
    onChange({
      ...block,
      columns: block.columns.filter((_c, i) => i !== k),
      rows: block.rows.map((row) => row.filter((_c, i) => i !== k)),
    });

  // Columns share the width by the length of their longest cell, so 'TT' stays narrow.
  const weights = block.columns.map((c, k) => Math.min(40, Math.max(8, c.length + 2, ...block.rows.map((r) => (r[k] ?? '').length))));
  const total = weights.reduce((a, b) => a + b, 0);
  return (
    <div>
      <table>
        <colgroup>
          {weights.map((w, k) => (
            <col key={k} style={{ width: `${(w * 100) / total}%` }} />
          ))}
          <col style={{ width: 28 }} />
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((c, k) => (
              <td key={k} className="table-col">
                <Input
                  size="small"
                  value={c}
                  readOnly={readOnly}
                  style={{ fontWeight: 600 }}
                  aria-label={`Tên cột ${k + 1}`}
                  onChange={(e) => setColumn(k, e.target.value)}
                />
                {!readOnly && block.columns.length > 1 && (
                  <Button
                    size="small"
                    shape="circle"
                    className="table-col-del"
                    icon={<CloseOutlined />}
                    aria-label={`Xóa cột ${k + 1}`}
                    onClick={() => removeColumn(k)}
                  />
                )}
              </td>
            ))}
            <td />
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {block.columns.map((_c, k) => (
                <td key={k}>
                  <Input.TextArea
                    size="small"
                    autoSize
                    value={row[k] ?? ''}
                    readOnly={readOnly}
                    aria-label={`Dòng ${r + 1}, cột ${k + 1}`}
                    onChange={(e) => setCell(r, k, e.target.value)}
                  />
                </td>
              ))}
              <td>
                {!readOnly && (
                  <Button
                    size="small"
                    type="text"
                    icon={<CloseOutlined />}
                    aria-label={`Xóa dòng ${r + 1} của bảng`}
                    onClick={() => removeRow(r)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <Space style={{ marginTop: 4 }}>
          <Button size="small" icon={<PlusOutlined />} onClick={addRow}>
            Thêm dòng
          </Button>
          <Button size="small" icon={<PlusOutlined />} onClick={addColumn}>
            Thêm cột
          </Button>
        </Space>
      )}
    </div>
  );
}
