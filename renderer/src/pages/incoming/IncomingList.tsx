import { App, Button, Empty, Input, Select, Space, Table } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useDeferredValue, useMemo, useState } from 'react';
import type { IncomingDocument, IncomingListResult, IncomingStatus } from '../../../../shared/incoming/schema';
import { compareVi } from '../../../../shared/text/vi';
import { call, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import { today } from '../../lib/clock';
import { saveDownload } from '../../lib/files';
import { incomingColumns } from './columns';
import { IncomingFormModal } from './IncomingFormModal';
import { registerHref, useIncomingList } from './useIncoming';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';
import { idParam, useHashRequest } from '../../lib/hash-params';

// "Văn bản đến": the register of documents received from above, searchable without diacritics.

/** The register's search and filters (year, handled or not), and how many entries are shown. */
function IncomingFilters({
  query,
  onQuery,
  year,
  onYear,
  status,
  onStatus,
  data,
}: {
  query: string;
  onQuery: (q: string) => void;
  year: number | null;
  onYear: (y: number | null) => void;
  status: IncomingStatus | null;
  onStatus: (s: IncomingStatus | null) => void;
  data: IncomingListResult | undefined;
}) {
  const filtered = !!(query || year || status);
  return (
    <div className="toolbar">
      <Input.Search
        allowClear
        placeholder="Tìm theo số ký hiệu, trích yếu, nơi ban hành (gõ không dấu cũng được)"
        aria-label="Tìm văn bản đến"
        style={{ width: 440 }}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <Select
        allowClear
        placeholder="Tất cả các năm"
        aria-label="Lọc theo năm"
        style={{ width: 150 }}
        value={year ?? undefined}
        onChange={(v) => onYear(v ?? null)}
        options={(data?.years ?? []).map((y) => ({ value: y, label: `Năm ${y}` }))}
      />
      <Select
        allowClear
        placeholder="Đã và chưa xử lý"
        aria-label="Lọc theo tình trạng xử lý"
        style={{ width: 170 }}
        value={status ?? undefined}
        onChange={(v) => onStatus(v ?? null)}
        options={[
          { value: 'pending', label: 'Chưa xử lý' },
          { value: 'done', label: 'Đã xử lý' },
        ]}
      />
      {data && (
        <span className="muted" style={{ marginLeft: 'auto' }}>
          {filtered ? `${data.items.length}/${data.total}` : data.total} văn bản
        </span>
      )}
    </div>
  );
}

export function IncomingList() {
  const { message, modal } = App.useApp();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [year, setYear] = useState<number | null>(null);
  const [status, setStatus] = useState<IncomingStatus | null>(null);
  const [editing, setEditing] = useState<IncomingDocument | null | 'new'>(null);
  // '#/van-ban-den?id=7' (from the search palette): that entry opens.
  useHashRequest('id', (v) => {
    const id = idParam(v);
    if (id === null) return;
    call('incoming.get', { id })
      .then(setEditing)
      .catch((e: unknown) => message.error(errorMessage(e)));
  });
  const list = useIncomingList({ query: deferredQuery, year, status });
  const all = useIncomingList({});
  const del = useApiMutation('incoming.delete');
  const update = useApiMutation('incoming.update');
  const issuers = useMemo(() => [...new Set((all.data?.items ?? []).map((d) => d.issuer))].sort(compareVi), [all.data]);

  useNewShortcut(() => setEditing('new'));

  const download = async (d: IncomingDocument) => {
    try {
      saveDownload(await call('incoming.file', { id: d.id }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const remove = (d: IncomingDocument) =>
    modal.confirm({
      title: `Xóa văn bản đến số ${d.arrivalNo} (${d.docNumber})?`,
      content: 'Chỉ nên xóa văn bản vào sổ nhầm. Tệp đính kèm cũng bị xóa. Việc xóa không hoàn tác được.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          await del.mutateAsync({ id: d.id });
          message.success(`Đã xóa văn bản đến số ${d.arrivalNo}.`);
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  const toggleDone = async (d: IncomingDocument) => {
    try {
      const { id, file: _file, createdAt: _c, updatedAt: _u, ...fields } = d;
      await update.mutateAsync({
        id,
        ...fields,
        deadline: d.deadline ?? '',
        handler: d.handler ?? '',
        notes: d.notes ?? '',
        done: !d.done,
      });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const data = list.data;
  // The book of the year filtered, else of the latest year with entries.
  const printYear = year ?? data?.years[0] ?? today().year();
  return (
    <div className="page">
      <div className="page-header">
        <h1>Văn bản đến</h1>
        <HelpButton topic="van-ban-den" />
        <Space wrap>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(registerHref('den', printYear))}>
            In sổ văn bản đến
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(registerHref('di', printYear))}>
            In sổ văn bản đi
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} title="Phím tắt: Ctrl+N">
            Thêm văn bản đến
          </Button>
        </Space>
      </div>
      <IncomingFilters query={query} onQuery={setQuery} year={year} onYear={setYear} status={status} onStatus={setStatus} data={data} />
      {list.error && <p style={{ color: '#d92d20' }}>{errorMessage(list.error)}</p>}
      <Table<IncomingDocument>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${t} văn bản` }}
        onRow={(d) => ({ onDoubleClick: () => setEditing(d) })}
        scroll={{ x: 960 }}
        locale={{
          emptyText:
            data && data.total === 0 ? (
              <Empty description='Sổ văn bản đến còn trống. Khi nhận văn bản từ cấp trên (kế hoạch, hướng dẫn, công văn…), bấm "Thêm văn bản đến" để vào sổ: số đến được cấp tự động, tệp PDF/Word được lưu kèm.' />
            ) : (
              <Empty description={query ? `Không tìm thấy văn bản nào khớp với "${query}".` : 'Không có văn bản nào theo bộ lọc này.'} />
            ),
        }}
        columns={incomingColumns({ edit: setEditing, download, toggleDone, remove })}
      />
      <IncomingFormModal
        open={editing !== null}
        entry={editing === 'new' ? null : editing}
        issuers={issuers}
        onClose={() => setEditing(null)}
        onSaved={(d) => {
          const wasNew = editing === 'new';
          setEditing(null);
          message.success(wasNew ? `Đã vào sổ: văn bản đến số ${d.arrivalNo} (${d.docNumber}).` : `Đã lưu văn bản đến số ${d.arrivalNo}.`);
        }}
      />
    </div>
  );
}
