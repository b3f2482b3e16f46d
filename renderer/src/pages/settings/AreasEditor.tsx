import { App, Button, Input, List, Popconfirm, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { Area } from '../../../../shared/areas/schema';
import { areaNameSchema } from '../../../../shared/areas/schema';
import { errorMessage } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';

/** The editable list of communes/wards (địa bàn) units sit in. */
export function AreasEditor() {
  const { message, modal } = App.useApp();
  const areas = useApi('areas.list', {});
  const create = useApiMutation('areas.create');
  const rename = useApiMutation('areas.rename');
  const remove = useApiMutation('areas.remove');
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const parsed = areaNameSchema.safeParse(newName);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Tên xã/phường chưa đúng.');
      return;
    }
    setError(null);
    try {
      const a = await create.mutateAsync({ name: parsed.data });
      setNewName('');
      message.success(`Đã thêm "${a.name}".`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const doRename = async (a: Area, name: string) => {
    if (!name.trim() || name === a.name) return;
    try {
      await rename.mutateAsync({ id: a.id, name });
      message.success('Đã đổi tên xã/phường.');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const doRemove = async (a: Area, unlinkUnits: boolean) => {
    try {
      const r = await remove.mutateAsync({ id: a.id, unlinkUnits });
      message.success(r.unlinked ? `Đã xóa "${a.name}" và bỏ địa bàn của ${r.unlinked} đơn vị.` : `Đã xóa "${a.name}".`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  // Units still recording it: say how many and let the clerk clear it on them, or keep it.
  const askRemove = (a: Area) =>
    modal.confirm({
      title: `Xóa "${a.name}"?`,
      content: `Còn ${a.unitCount} công đoàn cơ sở ghi địa bàn này. Nếu xóa, các đơn vị đó sẽ thành "Chưa có địa bàn" (ghi vào lịch sử thay đổi của từng đơn vị). Muốn giữ, hãy chuyển các đơn vị sang xã/phường khác trước.`,
      okText: 'Bỏ địa bàn và xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: () => doRemove(a, true),
    });

  const list = areas.data ?? [];
  return (
    <div style={{ maxWidth: 760 }}>
      <p className="muted">
        Xã, phường, đặc khu nơi các công đoàn cơ sở đóng trụ sở. Từ 01/7/2025, công đoàn xã/phường có thể quản lý cả đơn vị ở xã, phường lân
        cận: ghi địa bàn cho từng đơn vị để lọc danh sách và cộng số liệu theo địa bàn. Bấm vào tên để sửa.
      </p>
      <Space.Compact style={{ width: '100%', marginBottom: 4 }}>
        <Input
          placeholder="Tên xã/phường mới, ví dụ: Xã Vĩnh Thuận"
          aria-label="Tên xã/phường mới"
          value={newName}
          maxLength={100}
          status={error ? 'error' : undefined}
          onChange={(e) => setNewName(e.target.value)}
          onPressEnter={add}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={add} loading={create.isPending}>
          Thêm xã/phường
        </Button>
      </Space.Compact>
      {error && (
        <div role="alert" style={{ color: '#d92d20', marginBottom: 8 }}>
          {error}
        </div>
      )}
      <List
        bordered
        style={{ background: '#fff', marginTop: 12 }}
        loading={areas.isLoading}
        dataSource={list}
        locale={{ emptyText: 'Chưa có xã/phường nào. Nhập tên ở trên rồi bấm "Thêm xã/phường".' }}
        renderItem={(a) => (
          <List.Item
            actions={[
              a.unitCount > 0 ? (
                <Button key="del" type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ${a.name}`} onClick={() => askRemove(a)} />
              ) : (
                <Popconfirm
                  key="del"
                  title={`Xóa "${a.name}"?`}
                  okText="Xóa"
                  cancelText="Không"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => doRemove(a, false)}
                >
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ${a.name}`} />
                </Popconfirm>
              ),
            ]}
          >
            <Typography.Text editable={{ tooltip: 'Sửa tên', onChange: (name) => void doRename(a, name) }}>{a.name}</Typography.Text>
            <span className="muted" style={{ marginLeft: 'auto', paddingRight: 16 }}>
              {a.activeUnits} đơn vị
              {a.unitCount > a.activeUnits ? ` (và ${a.unitCount - a.activeUnits} đã giải thể)` : ''}
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
