import { Button, Dropdown, Empty, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { MoreOutlined } from '@ant-design/icons';
import type { Unit } from '../../../../shared/units/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { compareVi } from '../../../../shared/text/vi';
import type { useUnitList } from './useUnits';

interface RowActions {
  onEdit: (u: Unit) => void;
  onRestore: (u: Unit) => void;
  onDissolve: (u: Unit) => void;
  onHistory: (u: Unit) => void;
  onRemove: (u: Unit) => void;
}

function unitColumns({ onEdit, onRestore, onDissolve, onHistory, onRemove }: RowActions): ColumnsType<Unit> {
  return [
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
          <Button type="link" onClick={() => onEdit(u)}>
            Sửa
          </Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                u.dissolvedOn
                  ? { key: 'restore', label: 'Khôi phục hoạt động', onClick: () => onRestore(u) }
                  : { key: 'dissolve', label: 'Giải thể…', onClick: () => onDissolve(u) },
                { key: 'history', label: 'Lịch sử thay đổi', onClick: () => onHistory(u) },
                { type: 'divider' },
                { key: 'delete', label: 'Xóa (tạo nhầm)…', danger: true, onClick: () => onRemove(u) },
              ],
            }}
          >
            <Button type="text" icon={<MoreOutlined />} aria-label={`Thao tác khác với ${u.name}`} />
          </Dropdown>
        </Space>
      ),
    },
  ];
}

/** The units as a table (dissolved ones greyed); double-click or "Sửa" opens one, the "…" menu holds the rest. */
export function UnitsTable({ list, query, ...actions }: { list: ReturnType<typeof useUnitList>; query: string } & RowActions) {
  const data = list.data;
  const nothingYet = data && data.totalActive + data.totalDissolved === 0;
  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      loading={list.isLoading}
      dataSource={data?.items ?? []}
      rowClassName={(u) => (u.dissolvedOn ? 'row-dissolved' : '')}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `${t} đơn vị` }}
      onRow={(u) => ({ onDoubleClick: () => actions.onEdit(u) })}
      locale={{
        emptyText: nothingYet ? (
          <Empty description='Chưa có công đoàn cơ sở nào. Bấm "Thêm đơn vị" hoặc "Nhập từ Excel" để bắt đầu.' />
        ) : (
          <Empty description={query ? `Không tìm thấy đơn vị nào khớp với "${query}".` : 'Không có đơn vị nào theo bộ lọc này.'} />
        ),
      }}
      columns={unitColumns(actions)}
    />
  );
}
