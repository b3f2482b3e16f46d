import { keepPreviousData, skipToken } from '@tanstack/react-query';
import { Alert, Table, Tag } from 'antd';
import { useState } from 'react';
import {
  IMPORT_ROWS_PAGE,
  type ImportRowStatus,
  type MemberImportPreview,
  type MemberImportRow,
} from '../../../../../shared/members/import-schema';
import { useApi } from '../../../api/hooks';
import { GENDER_LABELS } from '../../../../../shared/members/schema';
import { showDate } from '../labels';

export const STATUS: Record<ImportRowStatus, { color: string; label: string }> = {
  new: { color: 'green', label: 'Mới' },
  exists: { color: 'blue', label: 'Đã có' },
  error: { color: 'red', label: 'Lỗi' },
};

/**
 * Every row read (or those of one status), with what will happen to it and why, a page at a time:
 * the preview brings the first page, the server keeps the others (members.importRows). Give it a
 * `key` that changes with the preview and the status, so that a new one starts at the first page.
 */
export function ImportRows({ preview, status }: { preview: MemberImportPreview; status: ImportRowStatus | null }) {
  const [page, setPage] = useState(1);
  const inPreview = page === 1 && status === null;
  const asked = inPreview
    ? skipToken
    : { batchId: preview.batchId, revision: preview.revision, status, offset: (page - 1) * IMPORT_ROWS_PAGE, limit: IMPORT_ROWS_PAGE };
  const fetched = useApi('members.importRows', asked, { placeholderData: keepPreviousData });
  const rows = inPreview ? preview.rows : (fetched.data?.rows ?? []);
  const { counts } = preview;
  const total = status ? counts[status] : counts.new + counts.exists + counts.error;
  const multi = preview.sheets.filter((s) => s.take).length > 1;
  const sheetName = (i: number) => preview.sheets[i]?.name ?? '';
  if (!inPreview && fetched.error) {
    return <Alert type="error" showIcon message={`Không xem được các dòng này: ${fetched.error.message}`} />;
  }
  return (
    <Table
      size="small"
      rowKey={(r) => `${r.sheetIndex}:${r.rowNumber}`}
      dataSource={rows}
      loading={!inPreview && fetched.isFetching}
      scroll={{ x: 1180, y: 340 }}
      pagination={{
        current: page,
        total,
        pageSize: IMPORT_ROWS_PAGE,
        onChange: setPage,
        hideOnSinglePage: true,
        showSizeChanger: false,
      }}
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
