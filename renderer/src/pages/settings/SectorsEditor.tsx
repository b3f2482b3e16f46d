import { App, Button, Input, List, Popconfirm, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MethodInput, MethodName } from '../../../../shared/api/contract';
import { call, errorMessage } from '../../api/client';
import { invalidateAfter } from '../../api/hooks';
import { useSectors } from '../units/useUnits';

/** The editable list of sectors (khối) units are grouped by. */
export function SectorsEditor() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const sectors = useSectors();
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const run = async <M extends MethodName>(method: M, input: MethodInput<M>, done?: string) => {
    try {
      await call(method, input);
      void invalidateAfter(qc, method);
      if (done) message.success(done);
      return true;
    } catch (e) {
      message.error(errorMessage(e));
      return false;
    }
  };

  const add = async () => {
    setError(null);
    if (!newName.trim()) {
      setError('Hãy nhập tên khối.');
      return;
    }
    if (await run('sectors.create', { name: newName }, `Đã thêm khối "${newName.trim()}".`)) setNewName('');
  };

  const list = sectors.data ?? [];
  return (
    <div style={{ maxWidth: 760 }}>
      <p className="muted">Các khối dùng để phân loại công đoàn cơ sở và cộng số liệu theo khối. Bấm vào tên để sửa.</p>
      <Space.Compact style={{ width: '100%', marginBottom: 4 }}>
        <Input
          placeholder="Tên khối mới, ví dụ: Doanh nghiệp ngoài nhà nước"
          aria-label="Tên khối mới"
          value={newName}
          status={error ? 'error' : undefined}
          onChange={(e) => setNewName(e.target.value)}
          onPressEnter={add}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={add}>
          Thêm khối
        </Button>
      </Space.Compact>
      {error && <div style={{ color: '#d92d20', marginBottom: 8 }}>{error}</div>}
      <List
        bordered
        style={{ background: '#fff', marginTop: 12 }}
        loading={sectors.isLoading}
        dataSource={list}
        locale={{ emptyText: 'Chưa có khối nào.' }}
        renderItem={(s, i) => (
          <List.Item
            actions={[
              <Button
                key="up"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={i === 0}
                aria-label="Lên"
                onClick={() => void run('sectors.move', { id: s.id, direction: 'up' })}
              />,
              <Button
                key="down"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={i === list.length - 1}
                aria-label="Xuống"
                onClick={() => void run('sectors.move', { id: s.id, direction: 'down' })}
              />,
              <Popconfirm
                key="del"
                title={`Xóa khối "${s.name}"?`}
                okText="Xóa"
                cancelText="Không"
                okButtonProps={{ danger: true }}
                onConfirm={() => run('sectors.delete', { id: s.id }, `Đã xóa khối "${s.name}".`)}
              >
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa khối ${s.name}`} />
              </Popconfirm>,
            ]}
          >
            <Typography.Text
              editable={{
                tooltip: 'Sửa tên',
                onChange: (name) => {
                  if (name.trim() && name !== s.name) void run('sectors.update', { id: s.id, name }, 'Đã đổi tên khối.');
                },
              }}
            >
              {s.name}
            </Typography.Text>
            <span className="muted" style={{ marginLeft: 'auto', paddingRight: 16 }}>
              {s.unitCount} đơn vị
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
