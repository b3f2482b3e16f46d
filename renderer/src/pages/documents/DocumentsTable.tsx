import { Button, Dropdown, Empty, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FileWordOutlined, MoreOutlined } from '@ant-design/icons';
import { STATE_LABELS, type DocumentState, type DocumentSummary } from '../../../../shared/documents/api';
import { KIND_NAMES, hasNextYear, type DocumentKind } from '../../../../shared/documents/model';
import { isoToVn } from '../../../../shared/text/dates';
import { useDocumentActions } from './useDocumentActions';
import { goToEditor, goToPrint, type useDocumentList } from './useDocuments';

type RowActions = ReturnType<typeof useDocumentActions>;

function documentColumns(
  { download, duplicate, remove }: RowActions,
  onNextYear: (d: DocumentSummary) => void,
): ColumnsType<DocumentSummary> {
  return [
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
                        onClick: () => onNextYear(d),
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
  ];
}

/** The documents as a table; double-click or "Sửa"/"Xem" opens one, the "…" menu holds the rest. */
export function DocumentsTable({
  list,
  query,
  filtered,
  onNextYear,
}: {
  list: ReturnType<typeof useDocumentList>;
  query: string;
  filtered: boolean;
  onNextYear: (d: DocumentSummary) => void;
}) {
  const actions = useDocumentActions();
  const data = list.data;
  return (
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
              description={filtered && query ? `Không tìm thấy văn bản nào khớp với "${query}".` : 'Không có văn bản nào theo bộ lọc này.'}
            />
          ),
      }}
      columns={documentColumns(actions, onNextYear)}
    />
  );
}
