import { App } from 'antd';
import { call, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { saveDownload } from '../../lib/files';
import { goToEditor, goToList } from './useDocuments';

/** The document an action is about. */
export interface DocumentRef {
  id: number;
  title: string;
}

/** What the editor holding the document does around an action. */
export interface OpenEditor {
  /** Saves what was typed; called before a download or a copy. */
  flush: () => Promise<boolean>;
  /** Drops what was typed; called before the draft is deleted. */
  discard: () => void;
}

/**
 * What can be done to a document as a whole, from the list's "…" menu or from its editor: download
 * it as Word, copy it into a new draft (opened in the editor), delete the draft. From the editor
 * (`editor` given) typing is saved first, and the delete drops it and goes back to the list.
 */
export function useDocumentActions(editor?: OpenEditor) {
  const { message, modal } = App.useApp();
  const duplicateDoc = useApiMutation('documents.duplicate');
  const deleteDoc = useApiMutation('documents.delete');

  const download = async ({ id }: DocumentRef) => {
    try {
      await editor?.flush();
      saveDownload(await call('documents.exportDocx', { id }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const duplicate = async ({ id }: DocumentRef) => {
    try {
      await editor?.flush();
      const copy = await duplicateDoc.mutateAsync({ id });
      message.success('Đã tạo bản nháp mới. Bạn đang sửa bản nháp này.');
      goToEditor(copy.id);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const remove = ({ id, title }: DocumentRef) =>
    modal.confirm({
      title: `Xóa dự thảo "${title}"?`,
      content: 'Dự thảo và lịch sử phiên bản của nó bị xóa hẳn, không hoàn tác được.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          editor?.discard();
          await deleteDoc.mutateAsync({ id });
          message.success(`Đã xóa dự thảo "${title}".`);
          if (editor) goToList();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return { download, duplicate, remove };
}

/** The same actions bound to the document open in the editor. */
export function useOpenDocumentActions(doc: DocumentRef, editor: OpenEditor) {
  const { download, duplicate, remove } = useDocumentActions(editor);
  return { downloadDocx: () => void download(doc), duplicate: () => duplicate(doc), remove: () => void remove(doc) };
}
