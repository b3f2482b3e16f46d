import { App, Button } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { EVENT_KIND_LABELS, type Member } from '../../../../shared/members/schema';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';

/**
 * "Xóa hồ sơ (nhập nhầm)" in the member drawer: removes a record entered by mistake (a test entry,
 * the same person twice). Offered only while the record has nothing but its entry into the union;
 * a member with a history is never deleted — they leave or move, recorded as an event.
 */
export function DeleteMemberButton({ member, eventCount, onDeleted }: { member: Member; eventCount: number; onDeleted: () => void }) {
  const { message, modal } = App.useApp();
  const remove = useApiMutation('members.delete');
  if (eventCount !== 1) return null;

  const confirm = () =>
    modal.confirm({
      title: `Xóa hẳn hồ sơ "${member.name}"?`,
      content: (
        <>
          <p>
            Chỉ dùng khi hồ sơ này được <b>nhập nhầm</b>: nhập thử, nhập trùng một người đã có, hoặc nhầm hẳn người khác. Hồ sơ sẽ bị xóa
            khỏi danh sách đoàn viên và không còn trong số liệu thống kê; việc xóa được ghi vào nhật ký thay đổi.
          </p>
          <p>
            Nếu đoàn viên thôi sinh hoạt hay chuyển đi, <b>đừng xóa</b> — hãy bấm &quot;Ghi biến động…&quot; và chọn &quot;
            {EVENT_KIND_LABELS.leave}&quot; hoặc &quot;{EVENT_KIND_LABELS.transferOut}&quot; để giữ lịch sử.
          </p>
        </>
      ),
      okText: 'Xóa hồ sơ',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          await remove.mutateAsync({ id: member.id });
          message.success(`Đã xóa hồ sơ "${member.name}".`);
          onDeleted();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <Button danger type="link" icon={<DeleteOutlined />} onClick={confirm}>
      Xóa hồ sơ (nhập nhầm)
    </Button>
  );
}
