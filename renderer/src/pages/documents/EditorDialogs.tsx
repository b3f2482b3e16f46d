import { App } from 'antd';
import type { DocumentRecord } from '../../../../shared/documents/api';
import { fromEditorDoc, type EditorDoc } from './editor-model';
import type { EditorDialog } from './EditorBar';
import { IssueModal } from './IssueModal';
import { NextYearModal } from './NextYearModal';
import { SaveTemplateModal } from './SaveTemplateModal';
import { goToEditor } from './useDocuments';
import { VersionDrawer } from './VersionDrawer';

/** The dialogs opened over the editor (issue, versions, save as template, next year); each saves what was typed first. */
export function EditorDialogs({
  dialog,
  onClose,
  record,
  doc,
  flush,
  load,
}: {
  dialog: EditorDialog | null;
  onClose: () => void;
  record: DocumentRecord;
  doc: EditorDoc;
  flush: () => Promise<boolean>;
  /** Shows another state of the document (issued, a version restored). */
  load: (r: DocumentRecord) => void;
}) {
  const { message } = App.useApp();
  return (
    <>
      <IssueModal
        record={{ ...record, doc: fromEditorDoc(doc) }}
        open={dialog === 'issue'}
        onClose={onClose}
        beforeIssue={() => flush()}
        onIssued={(r) => {
          onClose();
          load(r);
          message.success(`Đã ban hành: số ${r.code}. Văn bản đã khóa.`);
        }}
      />
      <VersionDrawer record={record} open={dialog === 'versions'} onClose={onClose} beforeRestore={() => flush()} onRestored={load} />
      <SaveTemplateModal
        record={record}
        open={dialog === 'template'}
        onClose={onClose}
        beforeSave={() => flush()}
        onSaved={(t) => {
          onClose();
          message.success(`Đã lưu mẫu "${t.name}". Chọn mẫu này khi bấm "Tạo văn bản".`);
        }}
      />
      <NextYearModal
        source={dialog === 'next-year' ? record : null}
        onClose={onClose}
        onOpen={(newId) => {
          onClose();
          goToEditor(newId);
        }}
      />
    </>
  );
}
