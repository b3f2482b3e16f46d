import { Checkbox, Select, Table, Tag } from 'antd';
import type { MemberImportSheet, ImportUnitSource } from '../../../../../shared/members/import-schema';
import { foldedFilter } from '../../../lib/select';

const SOURCE: Record<ImportUnitSource, string> = {
  chosen: 'đã chọn',
  column: 'theo cột Đơn vị',
  sheetName: 'theo tên trang',
  title: 'theo tiêu đề',
  file: 'đơn vị chung',
};

/** The workbook's sheets: which to read, and the unit receiving each. */
export function ImportSheets({
  sheets,
  units,
  active,
  disabled,
  onActivate,
  onTake,
  onUnit,
}: {
  sheets: MemberImportSheet[];
  units: { value: number; label: string }[];
  active: number;
  /** While a change is being applied. */
  disabled: boolean;
  onActivate: (index: number) => void;
  onTake: (sheet: MemberImportSheet, take: boolean) => void;
  onUnit: (sheet: MemberImportSheet, unitId: number | null) => void;
}) {
  return (
    <div role="region" aria-label="Các trang trong tệp">
      <Table
        size="small"
        rowKey="index"
        pagination={false}
        dataSource={sheets}
        style={{ marginBottom: 8 }}
        scroll={{ y: 180 }}
        rowClassName={(s) => (s.index === active ? 'ant-table-row-selected' : '')}
        onRow={(s) => ({ onClick: () => onActivate(s.index) })}
        columns={[
          {
            title: 'Nhập',
            key: 'take',
            width: 56,
            render: (_: unknown, s) => (
              <Checkbox
                aria-label={`Nhập trang ${s.name}`}
                checked={s.take}
                disabled={disabled || s.problem?.kind === 'empty'}
                onChange={(e) => onTake(s, e.target.checked)}
              />
            ),
          },
          {
            title: 'Trang',
            dataIndex: 'name',
            width: 200,
            render: (name: string, s) => (
              <>
                {name} {s.hidden && <Tag>ẩn</Tag>}
              </>
            ),
          },
          {
            title: 'Số dòng',
            dataIndex: 'rowCount',
            width: 80,
            align: 'right',
            render: (n: number) => n.toLocaleString('vi-VN'),
          },
          { title: 'Tiêu đề ở dòng', dataIndex: 'headerRow', width: 110, render: (r: number) => (r ? r : '—') },
          {
            title: 'Công đoàn cơ sở nhận',
            key: 'unit',
            width: 380,
            render: (_: unknown, s) => (
              <span onClick={(e) => e.stopPropagation()}>
                <Select
                  size="small"
                  style={{ width: 260 }}
                  allowClear
                  aria-label={`Công đoàn cơ sở nhận trang ${s.name}`}
                  placeholder={s.unitSource === 'column' ? 'Theo cột “Đơn vị” trong trang' : 'Chọn đơn vị'}
                  showSearch={{ filterOption: foldedFilter }}
                  options={units}
                  value={s.unitSource === 'column' ? undefined : (s.unitId ?? undefined)}
                  onChange={(v) => onUnit(s, v ?? null)}
                />{' '}
                {s.unitSource && <span className="muted">{SOURCE[s.unitSource]}</span>}
              </span>
            ),
          },
          {
            title: 'Tình trạng',
            key: 'problem',
            render: (_: unknown, s) =>
              s.problem ? (
                <span style={{ color: s.take ? '#d92d20' : undefined }}>{s.problem.message}</span>
              ) : (
                <span className="muted">Đọc được</span>
              ),
          },
        ]}
      />
    </div>
  );
}
