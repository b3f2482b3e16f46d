import { Button, Dropdown, Space, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { MoreOutlined, PaperClipOutlined } from '@ant-design/icons';
import { INCOMING_KIND_LABELS } from '../../../../shared/incoming/kinds';
import { DUE_WITHIN_DAYS, type IncomingDocument } from '../../../../shared/incoming/schema';
import { deadlineText, daysBetween } from '../../../../shared/reports/days';
import { isoToVn } from '../../../../shared/text/dates';
import { todayIsoNow } from '../../lib/clock';

// The columns of the incoming register's table.

function DeadlineCell({ d }: { d: IncomingDocument }) {
  if (!d.deadline) return null;
  const left = daysBetween(todayIsoNow(), d.deadline);
  const color = d.done ? undefined : left < 0 ? 'red' : left <= 3 ? 'orange' : undefined;
  return (
    <Space size={4} wrap>
      <span>{isoToVn(d.deadline)}</span>
      {!d.done && left <= DUE_WITHIN_DAYS && <Tag color={color}>{deadlineText(left)}</Tag>}
    </Space>
  );
}

interface RowActions {
  edit: (d: IncomingDocument) => void;
  download: (d: IncomingDocument) => Promise<void>;
  toggleDone: (d: IncomingDocument) => Promise<void>;
  remove: (d: IncomingDocument) => void;
}

export function incomingColumns(a: RowActions): ColumnsType<IncomingDocument> {
  return [
    { title: 'Số đến', dataIndex: 'arrivalNo', width: 70, align: 'right' },
    { title: 'Ngày đến', dataIndex: 'receivedOn', width: 104, render: (d: string) => isoToVn(d) },
    {
      title: 'Số, ký hiệu',
      key: 'number',
      width: 150,
      render: (_: unknown, d) => (
        <div>
          <div style={{ fontWeight: 500 }}>{d.docNumber}</div>
          <div className="muted" style={{ fontSize: 12 }}>
            {INCOMING_KIND_LABELS[d.docKind]}, ngày {isoToVn(d.docDate)}
          </div>
        </div>
      ),
    },
    {
      title: 'Trích yếu, nơi ban hành',
      dataIndex: 'subject',
      render: (subject: string, d) => (
        <div>
          <Space size={6} align="start">
            <span>{subject}</span>
            {d.file && (
              <Tooltip title={`Tải tệp ${d.file.name}`}>
                <Button
                  size="small"
                  type="text"
                  icon={<PaperClipOutlined />}
                  aria-label={`Tải tệp ${d.file.name}`}
                  onClick={() => void a.download(d)}
                />
              </Tooltip>
            )}
          </Space>
          <div className="muted" style={{ fontSize: 12 }}>
            {d.issuer}
          </div>
        </div>
      ),
    },
    { title: 'Hạn xử lý', key: 'deadline', width: 140, render: (_: unknown, d) => <DeadlineCell d={d} /> },
    {
      title: 'Xử lý',
      key: 'handler',
      width: 150,
      render: (_: unknown, d) => (
        <div>
          {d.done ? <Tag color="green">Đã xử lý</Tag> : <Tag>Chưa xử lý</Tag>}
          {d.handler && <div style={{ fontSize: 12 }}>{d.handler}</div>}
        </div>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 110,
      render: (_: unknown, d) => (
        <Space size={0}>
          <Button type="link" onClick={() => a.edit(d)}>
            Sửa
          </Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'done', label: d.done ? 'Đánh dấu chưa xử lý' : 'Đánh dấu đã xử lý', onClick: () => void a.toggleDone(d) },
                ...(d.file ? [{ key: 'file', label: 'Tải tệp văn bản', onClick: () => void a.download(d) }] : []),
                { type: 'divider' as const },
                { key: 'delete', label: 'Xóa (vào sổ nhầm)…', danger: true, onClick: () => a.remove(d) },
              ],
            }}
          >
            <Button type="text" icon={<MoreOutlined />} aria-label={`Thao tác khác với văn bản đến số ${d.arrivalNo}`} />
          </Dropdown>
        </Space>
      ),
    },
  ];
}
