import { App, Button } from 'antd';
import type { Unit } from '../../../../shared/units/schema';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';

/** What the list does to one unit: restore a dissolved one, delete one made by mistake, offer to undo a dissolution. */
export function useUnitActions() {
  const { message, modal } = App.useApp();
  const restoreUnit = useApiMutation('units.restore');
  const deleteUnit = useApiMutation('units.delete');

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

  /** "Đã giải thể …" with an undo button that restores the unit quietly. */
  const announceDissolved = (u: Unit) => {
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
  };

  return { restore, remove, announceDissolved };
}
