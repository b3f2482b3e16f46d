import { App, Button, Checkbox, Dropdown, Empty, Input, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, MoreOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useDeferredValue, useState } from 'react';
import type { Unit } from '../../../../shared/units/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { compareVi } from '../../../../shared/text/vi';
import { call, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { AreaFilterSelect, type AreaFilterValue } from './AreaSelect';
import { saveDownload } from '../../lib/files';
import { DissolveModal } from './DissolveModal';
import { HistoryDrawer } from './HistoryDrawer';
import { ImportModal } from './ImportModal';
import { UnitFormModal } from './UnitFormModal';
import { useSectors, useUnitList } from './useUnits';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';
import { idParam, useHashRequest } from '../../lib/hash-params';

export function UnitsPage() {
  const { message, modal } = App.useApp();
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
  const sectors = useSectors();
  const restoreUnit = useApiMutation('units.restore');
  const deleteUnit = useApiMutation('units.delete');

  useNewShortcut(() => setEditing('new'));

  const restore = async (u: Unit, quiet = false) => {
    try {
      await restoreUnit.mutateAsync({ id: u.id });
      if (!quiet) message.success(`Đã khôi phục "${u.name}".`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const remove = (u: Unit) =>
    modal.confirm({
      title: `Xóa hẳn "${u.name}"?`,
      content: 'Chỉ nên xóa đơn vị tạo nhầm. Đơn vị đã ngừng hoạt động hãy dùng "Giải thể" để giữ lịch sử. Việc xóa không hoàn tác được.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          await deleteUnit.mutateAsync({ id: u.id });
          message.success(`Đã xóa "${u.name}".`);
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

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
  const nothingYet = data && data.totalActive + data.totalDissolved === 0;

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
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder="Tìm theo tên, mã (gõ không dấu cũng được)"
          aria-label="Tìm công đoàn cơ sở"
          style={{ width: 340 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Select
          allowClear
          placeholder="Tất cả các khối"
          aria-label="Lọc theo khối"
          style={{ width: 260 }}
          value={sectorId ?? undefined}
          onChange={(v) => setSectorId(v ?? null)}
          options={(sectors.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <AreaFilterSelect value={areaId} onChange={setAreaId} />
        <Checkbox checked={includeDissolved} onChange={(e) => setIncludeDissolved(e.target.checked)}>
          Hiện cả đơn vị đã giải thể
        </Checkbox>
        {data && (
          <span className="muted" style={{ marginLeft: 'auto' }}>
            {areaId !== null || sectorId !== null || deferredQuery.trim() ? `Đang xem ${data.items.length} đơn vị · ` : ''}
            {data.totalActive} đơn vị đang hoạt động{data.totalDissolved ? `, ${data.totalDissolved} đã giải thể` : ''}
          </span>
        )}
      </div>
      {list.error && <p style={{ color: '#d92d20' }}>{errorMessage(list.error)}</p>}
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={data?.items ?? []}
        rowClassName={(u) => (u.dissolvedOn ? 'row-dissolved' : '')}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${t} đơn vị` }}
        onRow={(u) => ({ onDoubleClick: () => setEditing(u) })}
        locale={{
          emptyText: nothingYet ? (
            <Empty description='Chưa có công đoàn cơ sở nào. Bấm "Thêm đơn vị" hoặc "Nhập từ Excel" để bắt đầu.' />
          ) : (
            <Empty description={query ? `Không tìm thấy đơn vị nào khớp với "${query}".` : 'Không có đơn vị nào theo bộ lọc này.'} />
          ),
        }}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 100, sorter: (a, b) => compareVi(a.code, b.code) },
          {
            title: 'Tên công đoàn cơ sở',
            dataIndex: 'name',
            sorter: (a, b) => compareVi(a.name, b.name),
            // Inline, so that a long name wraps as text does and the tags follow it (a flex row
            // squeezed a dissolved unit's name to one word per line).
            render: (name: string, u) => (
              <span className="unit-name-cell">
                {name}
                {u.shortName && <span className="muted"> ({u.shortName})</span>}
                {u.dissolvedOn && <Tag style={{ marginLeft: 8 }}>Đã giải thể {isoToVn(u.dissolvedOn)}</Tag>}
              </span>
            ),
          },
          {
            title: 'Khối',
            dataIndex: 'sectorName',
            width: 150,
            ellipsis: { showTitle: true },
            sorter: (a, b) => compareVi(a.sectorName ?? '', b.sectorName ?? ''),
          },
          {
            title: 'Xã/phường',
            dataIndex: 'areaName',
            width: 175,
            ellipsis: { showTitle: true },
            sorter: (a, b) => compareVi(a.areaName ?? '', b.areaName ?? ''),
          },
          { title: 'Chủ tịch', dataIndex: 'chairName', width: 160, ellipsis: { showTitle: true } },
          // On a laptop screen the names need the room; these two are in the unit's form.
          { title: 'Điện thoại', dataIndex: 'phone', width: 125, responsive: ['xxl'] },
          { title: 'Ngày thành lập', dataIndex: 'foundedOn', width: 125, responsive: ['xxl'], render: (d: string | null) => isoToVn(d) },
          {
            title: '',
            key: 'actions',
            width: 110,
            render: (_: unknown, u) => (
              <Space size={0}>
                <Button type="link" onClick={() => setEditing(u)}>
                  Sửa
                </Button>
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      u.dissolvedOn
                        ? { key: 'restore', label: 'Khôi phục hoạt động', onClick: () => void restore(u) }
                        : { key: 'dissolve', label: 'Giải thể…', onClick: () => setDissolving(u) },
                      { key: 'history', label: 'Lịch sử thay đổi', onClick: () => setHistory(u) },
                      { type: 'divider' },
                      { key: 'delete', label: 'Xóa (tạo nhầm)…', danger: true, onClick: () => remove(u) },
                    ],
                  }}
                >
                  <Button type="text" icon={<MoreOutlined />} aria-label={`Thao tác khác với ${u.name}`} />
                </Dropdown>
              </Space>
            ),
          },
        ]}
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
          const key = `dissolved-${u.id}`;
          message.open({
            key,
            type: 'success',
            duration: 8,
            content: (
              <span>
                Đã giải thể "{u.name}".{' '}
                <Button
                  size="small"
                  type="link"
                  onClick={() => {
                    message.destroy(key);
                    void restore(u, true);
                  }}
                >
                  Hoàn tác
                </Button>
              </span>
            ),
          });
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
