import { Alert, App, Button, Checkbox, Input, InputNumber, Space, Spin, Table, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import {
  DEFAULT_ANNIVERSARIES,
  anniversaryPhrase,
  anniversaryYears,
  isRoundAnniversary,
  isSolemnAnniversary,
} from '../../../../shared/documents/anniversaries';
import { errorMessage } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { today } from '../../lib/clock';
import { emptyRow, eventsFromRows, parseDate, toRow, type Row } from './anniversary-rows';

// Settings → "Ngày kỷ niệm": the dated events plans commemorate; templates compute
// "kỷ niệm N năm …" from this list.

/** What a row will print in the given year ("kỷ niệm N năm …"), tagged when the year is a round one. */
function AnniversaryPreview({ row: r, year }: { row: Row; year: number }) {
  const date = parseDate(r.dateText);
  if (!date || !r.label.trim()) return <span className="muted">—</span>;
  try {
    const text = `kỷ niệm ${anniversaryPhrase({ key: r.key, label: r.label.trim(), date, padDay: r.padDay }, year)}`;
    const n = anniversaryYears(date, year);
    return (
      <>
        {text}{' '}
        {isSolemnAnniversary(n) ? (
          <Tag color="red">Năm chẵn, trọng thể</Tag>
        ) : isRoundAnniversary(n) ? (
          <Tag color="orange">Năm chẵn</Tag>
        ) : null}
      </>
    );
  } catch {
    return <span className="muted">Chưa đến kỷ niệm trong năm {year}</span>;
  }
}

function anniversaryColumns(
  year: number,
  patch: (rowKey: number, p: Partial<Row>) => void,
  remove: (rowKey: number) => void,
): ColumnsType<Row> {
  return [
    {
      title: 'Sự kiện (viết sau "kỷ niệm N năm")',
      dataIndex: 'label',
      width: '38%',
      render: (v: string, r) => (
        <div>
          <Input value={v} aria-label="Tên sự kiện" onChange={(e) => patch(r.rowKey, { label: e.target.value })} />
          {r.key && (
            <div className="muted" style={{ fontSize: 12 }}>
              mã: {r.key}
            </div>
          )}
        </div>
      ),
    },
    {
      title: 'Ngày diễn ra',
      dataIndex: 'dateText',
      width: 140,
      render: (v: string, r) => (
        <Input
          value={v}
          placeholder="07/05/1954"
          aria-label={`Ngày của ${r.label}`}
          status={parseDate(v) ? undefined : 'error'}
          onChange={(e) => patch(r.rowKey, { dateText: e.target.value })}
        />
      ),
    },
    {
      title: 'Ngày có số 0 (07/5)',
      dataIndex: 'padDay',
      width: 110,
      align: 'center',
      render: (v: boolean, r) => (
        <Checkbox
          checked={v}
          aria-label={`Viết ngày có số 0 cho ${r.label}`}
          onChange={(e) => patch(r.rowKey, { padDay: e.target.checked })}
        />
      ),
    },
    { title: `Sẽ in trong năm ${year}`, key: 'preview', render: (_: unknown, r) => <AnniversaryPreview row={r} year={year} /> },
    {
      title: '',
      key: 'del',
      width: 48,
      render: (_: unknown, r) => (
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ${r.label}`} onClick={() => remove(r.rowKey)} />
      ),
    },
  ];
}

export function AnniversariesEditor() {
  const { message } = App.useApp();
  const q = useApi('documents.anniversaries', {});
  const update = useApiMutation('documents.updateAnniversaries', { writes: 'documents.anniversaries' });
  const [rows, setRows] = useState<Row[]>([]);
  const thisYear = today().year();
  const [year, setYear] = useState(thisYear);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (q.data) setRows(q.data.map(toRow));
  }, [q.data]);

  const patch = (rowKey: number, p: Partial<Row>) => setRows((rs) => rs.map((r) => (r.rowKey === rowKey ? { ...r, ...p } : r)));

  const save = async () => {
    setError(null);
    const checked = eventsFromRows(rows);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    const { events } = checked;
    setSaving(true);
    try {
      await update.mutateAsync({ events });
      message.success('Đã lưu danh sách ngày kỷ niệm.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  if (q.isLoading) return <Spin />;
  return (
    <div style={{ maxWidth: 1200 }}>
      <p className="muted" style={{ marginTop: 0 }}>
        Các mẫu văn bản tự tính số năm kỷ niệm theo danh sách này (ví dụ năm {thisYear}: "kỷ niệm {thisYear - 1886} năm Ngày Quốc tế Lao
        động 1/5 (1/5/1886 - 1/5/{thisYear})"). Khi tạo kế hoạch, các ngày kỷ niệm năm chẵn trong thời gian thực hiện và 6 tuần trước đó
        được chọn sẵn, văn thư đánh dấu thêm hoặc bỏ bớt. Trong mẫu riêng, viết <code>{'{kỷ_niệm:mã}'}</code> để chèn một ngày kỷ niệm.
      </p>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>Xem thử cho năm</span>
        <InputNumber aria-label="Năm xem thử" min={1900} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </Space>
      <Table<Row>
        rowKey="rowKey"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={anniversaryColumns(year, patch, (rowKey) => setRows((rs) => rs.filter((x) => x.rowKey !== rowKey)))}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      <Space style={{ marginTop: 12 }} wrap>
        <Button icon={<PlusOutlined />} onClick={() => setRows((rs) => [...rs, emptyRow()])}>
          Thêm ngày kỷ niệm
        </Button>
        <Button icon={<UndoOutlined />} onClick={() => setRows(DEFAULT_ANNIVERSARIES.map(toRow))}>
          Dùng lại danh sách mặc định
        </Button>
        <Button type="primary" loading={saving} onClick={save}>
          Lưu danh sách
        </Button>
      </Space>
    </div>
  );
}
