import { App } from 'antd';
import { call, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { saveDownload } from '../../lib/files';
import { goToEditor, goToList } from './useDocuments';

/**
 * What the editor does to the document as a whole: download it as Word, copy it into a new draft,
 * delete the draft. Each first saves what was typed (`flush`); the delete drops it instead.
 */
export function useDocumentActions({
  id,
  title,
  flush,
  discard,
}: {
  id: number;
  title: string;
  flush: () => Promise<boolean>;
  discard: () => void;
}) {
  const { message, modal } = App.useApp();
  const duplicateDoc = useApiMutation('documents.duplicate');
  const deleteDoc = useApiMutation('documents.delete');

  const downloadDocx = async () => {
    try {
      await flush();
      saveDownload(await call('documents.exportDocx', { id }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const duplicate = async () => {
    try {
      await flush();
      const copy = await duplicateDoc.mutateAsync({ id });
      message.success('Đã tạo bản nháp mới. Bạn đang sửa bản nháp này.');
      goToEditor(copy.id);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const remove = () =>
    modal.confirm({
      title: 'Xóa dự thảo này?',
      content: 'Dự thảo và lịch sử phiên bản của nó bị xóa hẳn, không hoàn tác được.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          discard();
          await deleteDoc.mutateAsync({ id });
          message.success(`Đã xóa dự thảo "${title}".`);
          goToList();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return { downloadDocx, duplicate, remove };
}
