import { App, Button, Input, Segmented, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useDeferredValue, useMemo, useState } from 'react';
import type { RoundDetail, StatusRow, SubmissionState } from '../../../../shared/reports/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { compareVi, foldVi } from '../../../../shared/text/vi';
import { call, errorMessage } from '../../api/client';
import { saveDownload } from '../../lib/files';
import { StateTag } from './ui';
import { useRoundStatus } from './useReports';

type Filter = 'all' | SubmissionState | 'manual' | 'incomplete';

/** The columns of the round's status table: unit, state, when and how received, figures missing, and the row's actions. */
function statusColumns({
  original,
  openManual,
}: {
  original: (r: StatusRow) => void;
  openManual: (unitId: number) => void;
}): TableColumnsType<StatusRow> {
  return [
    { title: 'Mã', dataIndex: 'unitCode', width: 90, sorter: (a, b) => compareVi(a.unitCode, b.unitCode) },
    {
      title: 'Công đoàn cơ sở',
      dataIndex: 'unitName',
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
      render: (n: string, r) => (
        <div>
          {n} {r.dissolved && <Tag>Đã giải thể</Tag>}
          {r.sectorName && (
            <div className="muted" style={{ fontSize: 13 }}>
              {r.sectorName}
            </div>
          )}
        </div>
      ),
    },
    {
      title: 'Tình trạng',
      dataIndex: 'state',
      width: 150,
      render: (s: SubmissionState, r) => (
        <>
          <StateTag state={s} />
          {r.missingFigures.length > 0 && (
            <Tooltip
              title={`Chưa có số liệu của chỉ tiêu bắt buộc: ${r.missingFigures.join(', ')}. Hãy nhắc đơn vị bổ sung, hoặc bấm "Xem / sửa" để nhập tay.`}
            >
              <Tag color="gold" style={{ marginTop: 4 }}>
                Thiếu số liệu ({r.missingFigures.length})
              </Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: 'Ngày nhận',
      key: 'received',
      width: 130,
      sorter: (a, b) => (a.firstReceivedOn ?? '9').localeCompare(b.firstReceivedOn ?? '9'),
      render: (_: unknown, r) =>
        r.firstReceivedOn ? (
          <span>
            {isoToVn(r.firstReceivedOn)}
            {r.lastReceivedOn && r.lastReceivedOn !== r.firstReceivedOn && (
              <div className="muted">cập nhật {isoToVn(r.lastReceivedOn)}</div>
            )}
          </span>
        ) : (
          ''
        ),
    },
    {
      title: 'Tệp / nguồn',
      key: 'source',
      width: '22%',
      render: (_: unknown, r) =>
        r.source === 'manual' ? (
          <Tag color="purple">Nhập tay</Tag>
        ) : r.fileName ? (
          <span style={{ wordBreak: 'break-all' }}>
            {r.fileName}
            {r.versions > 1 && <span className="muted"> ({r.versions} lần gửi)</span>}
          </span>
        ) : (
          ''
        ),
    },
    {
      title: '',
      key: 'actions',
      width: 180,
      render: (_: unknown, r) => (
        <Space size={0}>
          <Button type="link" style={{ paddingInline: 6 }} onClick={() => openManual(r.unitId)}>
            {r.state === 'missing' ? 'Nhập tay' : 'Xem / sửa'}
          </Button>
          {r.source === 'file' && (
            <Button type="link" style={{ paddingInline: 6 }} onClick={() => void original(r)}>
              Tệp gốc
            </Button>
          )}
        </Space>
      ),
    },
  ];
}

/** Who has reported: every unit that must report, received (date, file), late, missing. */
export function StatusTab({ round, openManual }: { round: RoundDetail; openManual: (unitId: number) => void }) {
  const { message } = App.useApp();
  const q = useRoundStatus(round.id);
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [exporting, setExporting] = useState(false);
  const c = q.data?.counts;

  const rows = useMemo(() => {
    const words = foldVi(deferred).split(' ').filter(Boolean);
    return (q.data?.rows ?? []).filter((r) => {
      if (filter === 'manual') {
        if (r.source !== 'manual') return false;
      } else if (filter === 'incomplete') {
        if (!r.missingFigures.length) return false;
      } else if (filter !== 'all' && r.state !== filter) return false;
      const hay = foldVi(`${r.unitCode} ${r.unitName} ${r.sectorName ?? ''}`);
      return words.every((w) => hay.includes(w));
    });
  }, [q.data, filter, deferred]);

  const exportMissing = async () => {
    setExporting(true);
    try {
      saveDownload(await call('reports.exportMissing', { roundId: round.id }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };
  const original = async (r: StatusRow) => {
    try {
      saveDownload(await call('reports.archivedFile', { submissionId: r.submissionId! }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <div>
      <div className="toolbar">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `Tất cả (${c?.required ?? 0})` },
            { value: 'on_time', label: `Đúng hạn (${c?.onTime ?? 0})` },
            { value: 'late', label: `Trễ hạn (${c?.late ?? 0})` },
            { value: 'missing', label: `Chưa nộp (${c?.missing ?? 0})` },
            ...(c?.incomplete || filter === 'incomplete'
              ? [{ value: 'incomplete' as const, label: `Thiếu số liệu (${c?.incomplete ?? 0})` }]
              : []),
            { value: 'manual', label: `Nhập tay (${c?.manual ?? 0})` },
          ]}
        />
        <Input.Search
          allowClear
          placeholder="Tìm đơn vị (gõ không dấu cũng được)"
          aria-label="Tìm đơn vị"
          style={{ width: 260 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Button
          icon={<DownloadOutlined />}
          style={{ marginLeft: 'auto' }}
          disabled={!c?.missing}
          loading={exporting}
          onClick={exportMissing}
        >
          Xuất danh sách chưa nộp (.xlsx)
        </Button>
      </div>
      {q.error && <p style={{ color: '#d92d20' }}>{errorMessage(q.error)}</p>}
      <Table<StatusRow>
        rowKey="unitId"
        size="middle"
        tableLayout="fixed"
        loading={q.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${t} đơn vị` }}
        locale={{
          emptyText: round.required
            ? 'Không có đơn vị nào theo bộ lọc này.'
            : 'Đợt này chưa có đơn vị nào phải báo cáo. Bấm "Sửa thông tin đợt" để chọn đơn vị.',
        }}
        columns={statusColumns({ original, openManual })}
      />
    </div>
  );
}
