import { Alert, App, Button, Input, Select, Space } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useDeferredValue, useState } from 'react';
import { DOCUMENT_STATES, STATE_LABELS, type DocumentState, type DocumentSummary } from '../../../../shared/documents/api';
import { DOCUMENT_KINDS, KIND_NAMES, type DocumentKind } from '../../../../shared/documents/model';
import { errorMessage } from '../../api/client';
import { useSettings } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import { today } from '../../lib/clock';
import { registerHref } from '../incoming/useIncoming';
import { CreateDocumentModal } from './CreateDocumentModal';
import { DocumentsTable } from './DocumentsTable';
import { NextYearModal } from './NextYearModal';
import { goToEditor, useDocumentList } from './useDocuments';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';

export function DocumentsList() {
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [year, setYear] = useState<number | null>(null);
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [state, setState] = useState<DocumentState | null>(null);
  const [creating, setCreating] = useState(false);
  const [nextYearOf, setNextYearOf] = useState<DocumentSummary | null>(null);
  const list = useDocumentList({ query: deferredQuery, year, kind, state });
  const office = useSettings();
  const officeMissing = office.data?.isEmpty === true;

  useNewShortcut(() => {
    // Like the disabled button: without the office's name there is nothing to write a header with.
    if (!officeMissing) setCreating(true);
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
      <DocumentsTable list={list} query={query} filtered={filtered} onNextYear={setNextYearOf} />
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
