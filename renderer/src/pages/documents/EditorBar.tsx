import { Alert, Button, Dropdown, Space, Tag, Tooltip } from 'antd';
import {
  ArrowLeftOutlined,
  CopyOutlined,
  DeleteOutlined,
  FileWordOutlined,
  ForwardOutlined,
  HistoryOutlined,
  MoreOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { STATE_LABELS, type DocumentRecord } from '../../../../shared/documents/api';
import { KIND_NAMES, hasNextYear } from '../../../../shared/documents/model';
import { hasReportForm } from '../../../../shared/documents/round-annex';
import { isoToVn } from '../../../../shared/text/dates';
import type { SaveStatus } from './autosave';
import type { EditorDoc } from './editor-model';
import { IssuedPdfButton } from './IssuedPdf';
import { PlanRoundButton } from './PlanRound';
import { SaveStatusText } from './SaveStatusText';
import { goToList } from './useDocuments';

/** The dialogs the editor opens over itself. */
export type EditorDialog = 'issue' | 'versions' | 'template' | 'next-year';

export interface EditorActions {
  openPrint: () => void;
  saveNow: () => void;
  downloadDocx: () => void;
  duplicate: () => Promise<void>;
  remove: () => void;
  open: (dialog: EditorDialog) => void;
  beforePlanRound: () => Promise<boolean>;
}

/** The editor's top bar: back, the document's name, state and save status, and what can be done with it. */
export function EditorBar({
  record,
  doc,
  code,
  status,
  actions,
}: {
  record: DocumentRecord;
  doc: EditorDoc;
  code: string | null;
  status: SaveStatus;
  actions: EditorActions;
}) {
  const { openPrint, saveNow, downloadDocx, duplicate, remove, open } = actions;
  const readOnly = record.state === 'issued';
  const kindName = KIND_NAMES[doc.kind];
  return (
    <div className="doc-editor-bar">
      <div className="doc-editor-title">
        <Tooltip title="Về danh sách văn bản">
          <Button icon={<ArrowLeftOutlined />} onClick={goToList} aria-label="Danh sách" />
        </Tooltip>
        <h1 title={doc.title}>
          {kindName}
          {code ? ` số ${code}` : ''}: {doc.title}
        </h1>
        <Tag color={readOnly ? 'green' : 'gold'}>{STATE_LABELS[record.state]}</Tag>
        {!readOnly && <SaveStatusText status={status} />}
      </div>
      <Space wrap size={8}>
        <Button icon={<HistoryOutlined />} onClick={() => open('versions')}>
          Lịch sử
        </Button>
        <Tooltip title="Xem trang in, in hoặc lưu PDF (Ctrl+P)">
          <Button icon={<PrinterOutlined />} onClick={openPrint}>
            Xem bản in
          </Button>
        </Tooltip>
        <Button icon={<FileWordOutlined />} onClick={downloadDocx}>
          Tải Word
        </Button>
        {readOnly && <IssuedPdfButton id={record.id} />}
        {hasReportForm(doc) && <PlanRoundButton record={record} beforeOpen={actions.beforePlanRound} />}
        {!readOnly && (
          <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => open('issue')}>
            Ban hành…
          </Button>
        )}
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              ...(readOnly
                ? []
                : [
                    {
                      key: 'save',
                      icon: <SaveOutlined />,
                      label: 'Lưu ngay (Ctrl+S)',
                      onClick: saveNow,
                    },
                  ]),
              { key: 'template', icon: <SaveOutlined />, label: 'Lưu thành mẫu…', onClick: () => open('template') },
              { key: 'duplicate', icon: <CopyOutlined />, label: 'Tạo bản nháp mới từ văn bản này', onClick: () => void duplicate() },
              ...(hasNextYear(doc.kind)
                ? [
                    {
                      key: 'next-year',
                      icon: <ForwardOutlined />,
                      label: `Làm ${kindName.toLocaleLowerCase('vi')} năm sau…`,
                      onClick: () => open('next-year'),
                    },
                  ]
                : []),
              ...(readOnly
                ? []
                : [
                    { type: 'divider' as const },
                    { key: 'delete', icon: <DeleteOutlined />, danger: true, label: 'Xóa dự thảo…', onClick: remove },
                  ]),
            ],
          }}
        >
          <Button icon={<MoreOutlined />}>Thao tác khác</Button>
        </Dropdown>
      </Space>
    </div>
  );
}

/** Over an issued document: it is locked; a new draft (or next year's) is made from it. */
export function IssuedNotice({
  code,
  record,
  doc,
  actions,
}: {
  code: string | null;
  record: DocumentRecord;
  doc: EditorDoc;
  actions: Pick<EditorActions, 'duplicate' | 'open'>;
}) {
  const { duplicate, open } = actions;
  const kindName = KIND_NAMES[doc.kind];
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 12 }}
      title={`Đã ban hành: số ${code}, ngày ${isoToVn(record.date)}. Văn bản đã khóa, không sửa được.`}
      description={
        <Space wrap style={{ marginTop: 6 }}>
          <Button icon={<CopyOutlined />} onClick={() => void duplicate()}>
            Tạo bản nháp mới từ văn bản này
          </Button>
          {hasNextYear(doc.kind) && (
            <Button icon={<ForwardOutlined />} onClick={() => open('next-year')}>
              Làm {kindName.toLocaleLowerCase('vi')} năm sau
            </Button>
          )}
        </Space>
      }
    />
  );
}
