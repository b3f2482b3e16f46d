import { App, Button, Checkbox, Input, Select, Space } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useDeferredValue, useState } from 'react';
import type { Unit } from '../../../../shared/units/schema';
import { call, errorMessage } from '../../api/client';
import { AreaFilterSelect, type AreaFilterValue } from './AreaSelect';
import { saveDownload } from '../../lib/files';
import { DissolveModal } from './DissolveModal';
import { HistoryDrawer } from './HistoryDrawer';
import { ImportModal } from './ImportModal';
import { UnitFormModal } from './UnitFormModal';
import { UnitsTable } from './UnitsTable';
import { useUnitActions } from './useUnitActions';
import { useSectors, useUnitList } from './useUnits';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';
import { idParam, useHashRequest } from '../../lib/hash-params';

export function UnitsPage() {
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sectorId, setSectorId] = useState<number | null>(null);
  const [includeDissolved, setIncludeDissolved] = useState(false);
  const [editing, setEditing] = useState<Unit | null | 'new'>(null);
  // '#/cong-doan-co-so?id=5' (from the search palette): the list narrowed to that unit, its form open.
  useHashRequest('id', (v) => {
    const id = idParam(v);
    if (id === null) return;
    call('units.get', { id })
      .then((u) => {
        setQuery(u.code);
        if (u.dissolvedOn) setIncludeDissolved(true);
        setEditing(u);
      })
      .catch((e: unknown) => message.error(errorMessage(e)));
  });
  const [dissolving, setDissolving] = useState<Unit | null>(null);
  const [history, setHistory] = useState<Unit | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [areaId, setAreaId] = useState<AreaFilterValue>(null);
  const filter = { query: deferredQuery, sectorId, areaId, includeDissolved };
  const list = useUnitList(filter);
  const { restore, remove, announceDissolved } = useUnitActions();

  useNewShortcut(() => setEditing('new'));

  const exportXlsx = async () => {
    setExporting(true);
    try {
      saveDownload(await call('units.exportXlsx', filter));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const data = list.data;

  return (
    <div className="page">
      <div className="page-header">
        <h1>Công đoàn cơ sở</h1>
        <HelpButton topic="cong-doan-co-so" />
        <Space wrap>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            Nhập từ Excel
          </Button>
          <Button icon={<DownloadOutlined />} onClick={exportXlsx} loading={exporting} disabled={!data?.items.length}>
            Xuất Excel
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} title="Phím tắt: Ctrl+N">
            Thêm đơn vị
          </Button>
        </Space>
      </div>
      <UnitFilters
        query={query}
        onQuery={setQuery}
        sectorId={sectorId}
        onSectorId={setSectorId}
        areaId={areaId}
        onAreaId={setAreaId}
        includeDissolved={includeDissolved}
        onIncludeDissolved={setIncludeDissolved}
        filtered={areaId !== null || sectorId !== null || !!deferredQuery.trim()}
        counts={data}
      />
      {list.error && <p style={{ color: '#d92d20' }}>{errorMessage(list.error)}</p>}
      <UnitsTable
        list={list}
        query={query}
        onEdit={setEditing}
        onRestore={(u) => void restore(u)}
        onDissolve={setDissolving}
        onHistory={setHistory}
        onRemove={remove}
      />
      <UnitFormModal
        open={editing !== null}
        unit={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(u) => {
          const wasNew = editing === 'new';
          setEditing(null);
          message.success(wasNew ? `Đã thêm "${u.name}".` : `Đã lưu "${u.name}".`);
        }}
      />
      <DissolveModal
        unit={dissolving}
        onClose={() => setDissolving(null)}
        onDone={(u) => {
          setDissolving(null);
          announceDissolved(u);
        }}
      />
      <HistoryDrawer unit={history} onClose={() => setHistory(null)} />
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onDone={(r) => {
          setImporting(false);
          message.success(`Đã nhập xong: ${r.created} đơn vị mới, ${r.updated} đơn vị cập nhật, ${r.skipped} dòng bỏ qua.`);
        }}
      />
    </div>
  );
}

/** Search, sector, commune/ward, dissolved units, and how many units the office has. */
function UnitFilters(props: {
  query: string;
  onQuery: (q: string) => void;
  sectorId: number | null;
  onSectorId: (id: number | null) => void;
  areaId: AreaFilterValue;
  onAreaId: (v: AreaFilterValue) => void;
  includeDissolved: boolean;
  onIncludeDissolved: (v: boolean) => void;
  /** Whether the list is narrowed, so the count of shown units is worth saying. */
  filtered: boolean;
  counts: { items: unknown[]; totalActive: number; totalDissolved: number } | undefined;
}) {
  const { query, onQuery, sectorId, onSectorId, areaId, onAreaId, includeDissolved, onIncludeDissolved, filtered, counts } = props;
  const sectors = useSectors();
  return (
    <div className="toolbar">
      <Input.Search
        allowClear
        placeholder="Tìm theo tên, mã (gõ không dấu cũng được)"
        aria-label="Tìm công đoàn cơ sở"
        style={{ width: 340 }}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <Select
        allowClear
        placeholder="Tất cả các khối"
        aria-label="Lọc theo khối"
        style={{ width: 260 }}
        value={sectorId ?? undefined}
        onChange={(v) => onSectorId(v ?? null)}
        options={(sectors.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
      />
      <AreaFilterSelect value={areaId} onChange={onAreaId} />
      <Checkbox checked={includeDissolved} onChange={(e) => onIncludeDissolved(e.target.checked)}>
        Hiện cả đơn vị đã giải thể
      </Checkbox>
      {counts && (
        <span className="muted" style={{ marginLeft: 'auto' }}>
          {filtered ? `Đang xem ${counts.items.length} đơn vị · ` : ''}
          {counts.totalActive} đơn vị đang hoạt động{counts.totalDissolved ? `, ${counts.totalDissolved} đã giải thể` : ''}
        </span>
      )}
    </div>
  );
}
