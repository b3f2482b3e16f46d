import { Alert, App, Button, Dropdown, Empty, Input, Select, Space, Table, Tag } from 'antd';
import { FileWordOutlined, MoreOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useDeferredValue, useState } from 'react';
import { DOCUMENT_STATES, STATE_LABELS, type DocumentState, type DocumentSummary } from '../../../../shared/documents/api';
import { DOCUMENT_KINDS, KIND_NAMES, hasNextYear, type DocumentKind } from '../../../../shared/documents/model';
import { isoToVn } from '../../../../shared/text/dates';
import { call, errorMessage } from '../../api/client';
import { useApiMutation, useSettings } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import { saveDownload } from '../../lib/files';
import { today } from '../../lib/clock';
import { registerHref } from '../incoming/useIncoming';
import { CreateDocumentModal } from './CreateDocumentModal';
import { NextYearModal } from './NextYearModal';
import { goToEditor, goToPrint, useDocumentList } from './useDocuments';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';

export function DocumentsList() {
  const { message, modal } = App.useApp();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [year, setYear] = useState<number | null>(null);
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [state, setState] = useState<DocumentState | null>(null);
  const [creating, setCreating] = useState(false);
  const [nextYearOf, setNextYearOf] = useState<DocumentSummary | null>(null);
  const list = useDocumentList({ query: deferredQuery, year, kind, state });
  const office = useSettings();
  const duplicateDoc = useApiMutation('documents.duplicate');
  const deleteDoc = useApiMutation('documents.delete');
  const officeMissing = office.data?.isEmpty === true;

  useNewShortcut(() => {
    // Like the disabled button: without the office's name there is nothing to write a header with.
    if (!officeMissing) setCreating(true);
  });

  const download = async (d: DocumentSummary) => {
    try {
      saveDownload(await call('documents.exportDocx', { id: d.id }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const duplicate = async (d: DocumentSummary) => {
    try {
      const copy = await duplicateDoc.mutateAsync({ id: d.id });
      goToEditor(copy.id);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const remove = (d: DocumentSummary) =>
    modal.confirm({
      title: `Xóa dự thảo "${d.title}"?`,
      content: 'Dự thảo và lịch sử phiên bản của nó bị xóa hẳn, không hoàn tác được.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          await deleteDoc.mutateAsync({ id: d.id });
          message.success(`Đã xóa dự thảo "${d.title}".`);
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  const data = list.data;
  const filtered = !!(query || year || kind || state);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Kế hoạch & văn bản</h1>
        <HelpButton topic="ke-hoach" />
        <Space wrap>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(registerHref('di', year ?? today().year()))}>
            In sổ văn bản đi
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            disabled={officeMissing}
            title="Phím tắt: Ctrl+N"
          >
            Tạo văn bản
          </Button>
        </Space>
      </div>
      {officeMissing && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Chưa có thông tin đơn vị (tên đơn vị, ký hiệu, người ký). Hãy nhập ở Cài đặt → Thông tin đơn vị rồi quay lại tạo văn bản."
          action={<Button onClick={() => navigate('#/cai-dat')}>Mở Cài đặt</Button>}
        />
      )}
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder="Tìm theo trích yếu, số ký hiệu (gõ không dấu cũng được)"
          aria-label="Tìm văn bản"
          style={{ width: 380 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Select
          allowClear
          placeholder="Tất cả các năm"
          aria-label="Lọc theo năm"
          style={{ width: 150 }}
          value={year ?? undefined}
          onChange={(v) => setYear(v ?? null)}
          options={(data?.years ?? []).map((y) => ({ value: y, label: `Năm ${y}` }))}
        />
        <Select
          allowClear
          placeholder="Tất cả các loại"
          aria-label="Lọc theo loại"
          style={{ width: 170 }}
          value={kind ?? undefined}
          onChange={(v) => setKind(v ?? null)}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: KIND_NAMES[k] }))}
        />
        <Select
          allowClear
          placeholder="Mọi trạng thái"
          aria-label="Lọc theo trạng thái"
          style={{ width: 170 }}
          value={state ?? undefined}
          onChange={(v) => setState(v ?? null)}
          options={DOCUMENT_STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }))}
        />
        {data && (
          <span className="muted" style={{ marginLeft: 'auto' }}>
            {data.items.length} / {data.total} văn bản
          </span>
        )}
      </div>
      {list.error && <p style={{ color: '#d92d20' }}>{errorMessage(list.error)}</p>}
      <Table<DocumentSummary>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${t} văn bản` }}
        onRow={(d) => ({ onDoubleClick: () => goToEditor(d.id) })}
        locale={{
          emptyText:
            data && data.total === 0 ? (
              <Empty description='Chưa có văn bản nào. Bấm "Tạo văn bản" để soạn từ mẫu có sẵn, ví dụ Kế hoạch tổ chức các hoạt động Tháng Công nhân.' />
            ) : (
              <Empty
                description={
                  filtered && query ? `Không tìm thấy văn bản nào khớp với "${query}".` : 'Không có văn bản nào theo bộ lọc này.'
                }
              />
            ),
        }}
        columns={[
          {
            title: 'Số, ký hiệu',
            dataIndex: 'code',
            width: 140,
            render: (code: string | null) => code ?? <span className="muted">(chưa cấp số)</span>,
          },
          { title: 'Ngày', dataIndex: 'date', width: 110, render: (d: string) => isoToVn(d) },
          { title: 'Loại', dataIndex: 'kind', width: 110, render: (k: DocumentKind) => KIND_NAMES[k] },
          {
            title: 'Trích yếu',
            dataIndex: 'title',
            render: (title: string, d) => <a href={`#/van-ban?id=${d.id}`}>{title}</a>,
          },
          { title: 'Năm', dataIndex: 'year', width: 80 },
          {
            title: 'Trạng thái',
            dataIndex: 'state',
            width: 130,
            render: (s: DocumentState) => <Tag color={s === 'issued' ? 'green' : 'gold'}>{STATE_LABELS[s]}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            width: 150,
            render: (_: unknown, d) => (
              <Space size={0}>
                <Button type="link" onClick={() => goToEditor(d.id)}>
                  {d.state === 'draft' ? 'Sửa' : 'Xem'}
                </Button>
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      { key: 'docx', icon: <FileWordOutlined />, label: 'Tải Word (.docx)', onClick: () => void download(d) },
                      { key: 'print', label: 'Xem bản in, in', onClick: () => goToPrint(d.id) },
                      { key: 'duplicate', label: 'Tạo bản nháp mới từ văn bản này', onClick: () => void duplicate(d) },
                      ...(hasNextYear(d.kind)
                        ? [
                            {
                              key: 'next-year',
                              label: `Làm ${KIND_NAMES[d.kind].toLocaleLowerCase('vi')} năm sau…`,
                              onClick: () => setNextYearOf(d),
                            },
                          ]
                        : []),
                      ...(d.state === 'draft'
                        ? [{ type: 'divider' as const }, { key: 'delete', danger: true, label: 'Xóa dự thảo…', onClick: () => remove(d) }]
                        : []),
                    ],
                  }}
                >
                  <Button type="text" icon={<MoreOutlined />} aria-label={`Thao tác khác với ${d.title}`} />
                </Dropdown>
              </Space>
            ),
          },
        ]}
      />
      <CreateDocumentModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(r) => {
          setCreating(false);
          r.warnings.forEach((w) => message.warning(w, 8));
          goToEditor(r.document.id);
        }}
      />
      <NextYearModal
        source={nextYearOf}
        onClose={() => setNextYearOf(null)}
        onOpen={(id) => {
          setNextYearOf(null);
          goToEditor(id);
        }}
      />
    </div>
  );
}
