import { App, Button, Input, Select, Space, Tabs } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import type { Member, MemberStatus } from '../../../../shared/members/schema';
import { MEMBER_STATUS_LABELS } from '../../../../shared/members/schema';
import type { MethodInput } from '../../../../shared/api/contract';
import { ApiCallError, errorMessage } from '../../api/client';
import { invalidateAfter } from '../../api/hooks';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { saveDownload } from '../../lib/files';
import { foldedFilter } from '../../lib/select';
import { useSectors } from '../units/useUnits';
import { MemberDrawer } from './MemberDrawer';
import { MemberFormModal } from './MemberFormModal';
import { MemberImportModal } from './MemberImportModal';
import { DuplicatesDrawer } from './duplicates/DuplicatesDrawer';
import { MemberStatsView } from './MemberStatsView';
import { MemberTable } from './MemberTable';
import { MoreFilters, NO_EXTRA_FILTERS, type ExtraFilters } from './MoreFilters';
import { useMemberPages } from './useMemberPages';
import { useUnitOptions } from './useUnitOptions';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';
import { idParam, useHashRequest } from '../../lib/hash-params';

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
          { key: 'stats', label: 'Thống kê theo ngày', children: tab === 'stats' ? <MemberStatsView /> : null },
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

/** The list's conditions as the input of 'members.list'. */
function listFilter(
  main: { query: string; unitId: number | null; sectorId: number | null; status: MemberStatus | 'all' },
  { gender, party, ageMin, ageMax, joined }: ExtraFilters,
): MethodInput<'members.list'> {
  return {
    ...main,
    gender,
    partyMember: party,
    ...(ageMin !== null ? { ageMin } : {}),
    ...(ageMax !== null ? { ageMax } : {}),
    joinedFrom: joined?.[0]?.format('YYYY-MM-DD') ?? '',
    joinedTo: joined?.[1]?.format('YYYY-MM-DD') ?? '',
  };
}

function MemberListView() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [sectorId, setSectorId] = useState<number | null>(null);
  const [status, setStatus] = useState<MemberStatus | 'all'>('active');
  const [extra, setExtra] = useState<ExtraFilters>(NO_EXTRA_FILTERS);
  const [openId, setOpenId] = useState<number | null>(null);
  // '#/doan-vien?id=12' (from the search palette): that member's record opens.
  useHashRequest('id', (v) => setOpenId(idParam(v)));
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
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
          {pages.total === null ? 'Đang tải…' : `${pages.total.toLocaleString('vi-VN')} đoàn viên`}
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
      <MemberDrawer memberId={openId} onClose={() => setOpenId(null)} onEdit={(m) => setEditing(m)} onChanged={changed} />
      <MemberFormModal
        open={editing !== null}
        member={editing === 'new' ? null : editing}
        defaultUnitId={unitId}
        onClose={() => setEditing(null)}
        onSaved={(m) => {
          const wasNew = editing === 'new';
          setEditing(null);
          changed();
          message.success(wasNew ? `Đã thêm đoàn viên ${m.name}.` : `Đã lưu thông tin ${m.name}.`);
        }}
      />
      <DuplicatesDrawer open={findingDuplicates} onClose={() => setFindingDuplicates(false)} onChanged={changed} />
      <MemberImportModal
        open={importing}
        defaultUnitId={unitId}
        onClose={() => setImporting(false)}
        onDone={(r) => {
          setImporting(false);
          changed();
          // The import saves through the progress channel, not useApiMutation.
          void invalidateAfter(qc, 'members.importCommit');
          message.success(`Đã nhập ${r.created} đoàn viên mới; bỏ qua ${r.skippedExisting} người đã có và ${r.skippedErrors} dòng lỗi.`);
        }}
      />
    </>
  );
}
