import { App, Button, Input, Select, Space, Tabs } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { MEMBER_STATUS_LABELS } from '../../../../shared/members/codes';
import { ApiCallError, errorMessage } from '../../api/client';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { saveDownload } from '../../lib/files';
import { foldedFilter } from '../../lib/select';
import { useSectors } from '../units/useUnits';
import { MemberTable } from './MemberTable';
import { MoreFilters } from './MoreFilters';
import { INITIAL_FILTERS, listFilter, NO_EXTRA_FILTERS, type ExtraFilters } from './list-filter';
import { useMemberPages } from './useMemberPages';
import { useUnitOptions } from './useUnitOptions';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';
import { idParam, useHashRequest } from '../../lib/hash-params';
import { ListDialogs, type Editing } from './ListDialogs';
import { countText } from './count-text';

// The statistics tab is fetched when first opened, not with the list (the dialogs: ListDialogs.tsx).
const MemberStatsView = lazy(() => import('./MemberStatsView').then((m) => ({ default: m.MemberStatsView })));

export function MembersPage() {
  const [tab, setTab] = useState('list');
  return (
    <div className="page">
      <div className="page-header">
        <h1>Đoàn viên</h1>
        <HelpButton topic="doan-vien" />
      </div>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'list', label: 'Danh sách', children: <MemberListView /> },
          {
            key: 'stats',
            label: 'Thống kê theo ngày',
            children:
              tab === 'stats' ? (
                <Suspense fallback={null}>
                  <MemberStatsView />
                </Suspense>
              ) : null,
          },
        ]}
      />
    </div>
  );
}

const STATUS_OPTIONS = [
  ...Object.entries(MEMBER_STATUS_LABELS).map(([value, label]) => ({ value, label })),
  { value: 'all', label: 'Tất cả trạng thái' },
];

/** Search, and what can be done with the list: duplicates, import, export, a new member. */
function ListToolbar({
  query,
  onQuery,
  onDuplicates,
  onImport,
  onExport,
  canExport,
  onAdd,
}: {
  query: string;
  onQuery: (q: string) => void;
  onDuplicates: () => void;
  onImport: () => void;
  onExport: () => void;
  canExport: boolean;
  onAdd: () => void;
}) {
  return (
    <div className="toolbar">
      <Input.Search
        allowClear
        autoFocus
        style={{ width: 380 }}
        aria-label="Tìm đoàn viên"
        placeholder="Tìm theo tên, số CCCD, mã số (gõ không dấu được)"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <span style={{ flex: 1 }} />
      <Space>
        <Button onClick={onDuplicates}>Tìm trùng lặp</Button>
        <Button icon={<UploadOutlined />} onClick={onImport}>
          Nhập từ Excel
        </Button>
        <Button icon={<DownloadOutlined />} onClick={onExport} disabled={!canExport}>
          Xuất Excel
        </Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
          Thêm đoàn viên
        </Button>
      </Space>
    </div>
  );
}

function MemberListView() {
  const { message } = App.useApp();
  const [query, setQuery] = useState(INITIAL_FILTERS.query);
  const q = useDeferredValue(query);
  const [unitId, setUnitId] = useState(INITIAL_FILTERS.unitId);
  const [sectorId, setSectorId] = useState(INITIAL_FILTERS.sectorId);
  const [status, setStatus] = useState(INITIAL_FILTERS.status);
  const [extra, setExtra] = useState<ExtraFilters>(NO_EXTRA_FILTERS);
  const [openId, setOpenId] = useState<number | null>(null);
  // '#/doan-vien?id=12' (from the search palette): that member's record opens.
  useHashRequest('id', (v) => setOpenId(idParam(v)));
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const [findingDuplicates, setFindingDuplicates] = useState(false);
  useNewShortcut(() => setEditing('new'));
  const units = useUnitOptions(true);
  const sectors = useSectors();

  const filter = listFilter({ query: q, unitId, sectorId, status }, extra);
  const pages = useMemberPages(filter);

  // The other member queries are refreshed by the mutation (api/invalidation); the list pages here.
  const changed = () => pages.reload();

  const exporting = useCallProgress();
  const exportXlsx = async () => {
    try {
      saveDownload(await exporting.run('members.exportXlsx', filter));
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CANCELLED') message.info('Đã hủy xuất danh sách.');
      else message.error(errorMessage(e));
    }
  };

  return (
    <>
      <ListToolbar
        query={query}
        onQuery={setQuery}
        onDuplicates={() => setFindingDuplicates(true)}
        onImport={() => setImporting(true)}
        onExport={exportXlsx}
        canExport={!!pages.total && !exporting.progress}
        onAdd={() => setEditing('new')}
      />
      <CallProgress progress={exporting.progress} onCancel={exporting.cancel} />
      <div className="toolbar">
        <Select
          style={{ width: 280 }}
          allowClear
          aria-label="Lọc theo công đoàn cơ sở"
          placeholder="Tất cả công đoàn cơ sở"
          showSearch={{ filterOption: foldedFilter }}
          options={units}
          value={unitId ?? undefined}
          onChange={(v) => setUnitId(v ?? null)}
        />
        <Select
          style={{ width: 210 }}
          allowClear
          aria-label="Lọc theo khối"
          placeholder="Tất cả các khối"
          options={(sectors.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={sectorId ?? undefined}
          onChange={(v) => setSectorId(v ?? null)}
        />
        <Select style={{ width: 170 }} aria-label="Trạng thái" value={status} onChange={setStatus} options={STATUS_OPTIONS} />
        <MoreFilters value={extra} onChange={setExtra} />
        <span className="muted" style={{ marginLeft: 'auto' }} aria-live="polite">
          {pages.total === null ? 'Đang tải…' : `${countText(pages.total)} đoàn viên`}
        </span>
      </div>
      {pages.error && <p style={{ color: '#d92d20' }}>{pages.error}</p>}
      <MemberTable
        total={pages.total}
        rowAt={pages.rowAt}
        ensure={pages.ensure}
        onOpen={(m) => setOpenId(m.id)}
        emptyText={
          query
            ? `Không tìm thấy đoàn viên nào khớp với "${query}".`
            : 'Chưa có đoàn viên nào theo bộ lọc này. Bấm "Thêm đoàn viên" hoặc "Nhập từ Excel".'
        }
      />
      <ListDialogs
        openId={openId}
        setOpenId={setOpenId}
        editing={editing}
        setEditing={setEditing}
        importing={importing}
        setImporting={setImporting}
        findingDuplicates={findingDuplicates}
        setFindingDuplicates={setFindingDuplicates}
        unitId={unitId}
        onChanged={changed}
      />
    </>
  );
}
