import { Table, Tag } from 'antd';
import type { ImportRowStatus, MemberImportPreview, MemberImportRow } from '../../../../../shared/members/import-schema';
import { GENDER_LABELS } from '../../../../../shared/members/schema';
import { showDate } from '../labels';

export const STATUS: Record<ImportRowStatus, { color: string; label: string }> = {
  new: { color: 'green', label: 'Mới' },
  exists: { color: 'blue', label: 'Đã có' },
  error: { color: 'red', label: 'Lỗi' },
};

/** Every row read, with what will happen to it and why. */
export function ImportRows({ preview, rows }: { preview: MemberImportPreview; rows: MemberImportRow[] }) {
  const multi = preview.sheets.filter((s) => s.take).length > 1;
  const sheetName = (i: number) => preview.sheets[i]?.name ?? '';
  return (
    <Table
      size="small"
      rowKey={(r) => `${r.sheetIndex}:${r.rowNumber}`}
      dataSource={rows}
      scroll={{ x: 1180, y: 340 }}
      pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        ...(multi
          ? [{ title: 'Trang', key: 'sheet', width: 140, render: (_: unknown, r: MemberImportRow) => sheetName(r.sheetIndex) }]
          : []),
        { title: 'Dòng', dataIndex: 'rowNumber', width: 56 },
        {
          title: 'Tình trạng',
          dataIndex: 'status',
          width: 90,
          render: (s: ImportRowStatus) => <Tag color={STATUS[s].color}>{STATUS[s].label}</Tag>,
        },
        { title: 'Họ và tên', dataIndex: 'name', width: 170 },
        { title: 'Ngày sinh', dataIndex: 'birthDate', width: 96, render: (d: string | null) => showDate(d) },
        {
          title: 'Giới tính',
          dataIndex: 'gender',
          width: 70,
          render: (g: keyof typeof GENDER_LABELS | null) => (g ? GENDER_LABELS[g] : <span className="muted">Chưa rõ</span>),
        },
        {
          title: 'Số CCCD',
          dataIndex: 'cccd',
          width: 120,
          render: (c: string | null, r: MemberImportRow) => (
            <>
              {c}
              {r.cmnd && <div className="muted">CMND {r.cmnd}</div>}
            </>
          ),
        },
        {
          title: 'Ngày vào CĐ',
          dataIndex: 'joinedOn',
          width: 96,
          render: (d: string | null, r: MemberImportRow) =>
            d ? (
              showDate(d)
            ) : r.status === 'new' && preview.missingJoin ? (
              <i className="muted">({showDate(preview.missingJoin.date)})</i>
            ) : (
              ''
            ),
        },
        {
          title: 'Đảng viên',
          key: 'party',
          width: 84,
          render: (_: unknown, r: MemberImportRow) => (r.partyMember ? (r.partyDate ? showDate(r.partyDate) : 'Có') : ''),
        },
        { title: 'Đơn vị', dataIndex: 'unitName', width: 150 },
        {
          title: 'Ghi chú',
          key: 'messages',
          render: (_: unknown, r: MemberImportRow) => (
            <>
              {r.messages.map((m, i) => (
                <div key={i} style={{ color: r.status === 'error' ? '#d92d20' : undefined }}>
                  {m}
                </div>
              ))}
              {r.warnings.map((w, i) => (
                <div key={`w${i}`} className="muted">
                  {w}
                </div>
              ))}
            </>
          ),
        },
      ]}
    />
  );
}
