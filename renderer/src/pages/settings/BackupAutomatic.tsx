import { Alert, App, Button, Card, Form, InputNumber, Space, Table } from 'antd';
import { useEffect } from 'react';
import type { BackupSettingsInput } from '../../../../shared/backup/schema';
import { useApi, useApiMutation } from '../../api/hooks';
import { useFormSave } from '../../lib/forms';
import { KIND_LABEL, sizeText, timeText } from './backup-text';

/** The automatic backups in the data folder, their total size, and how many of them are kept. */
export function BackupAutomatic({ onPick }: { onPick: (file: string) => void }) {
  const { message } = App.useApp();
  const list = useApi('backup.list', {});
  const settings = useApi('backup.settings', {});
  const update = useApiMutation('backup.updateSettings', { waitForRefresh: true });
  const [form] = Form.useForm<BackupSettingsInput>();
  const { saving, error, run } = useFormSave(form);
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  const save = (v: BackupSettingsInput) =>
    run(async () => {
      await update.mutateAsync(v);
      message.success('Đã lưu cài đặt sao lưu tự động.');
    });

  const rows = [...(list.data?.external ?? []), ...(list.data?.automatic ?? [])];
  return (
    <Card title="Sao lưu tự động">
      <p>
        Phần mềm tự sao lưu vào thư mục dữ liệu khi mở lần đầu trong ngày và khi đóng
        {list.data ? (
          <>
            {' '}
            (<span className="muted">{list.data.folder}</span>)
          </>
        ) : null}
        . Đang giữ {list.data?.automatic.length ?? 0} bản, tổng {sizeText(list.data?.automaticBytes ?? 0)}. Bản sao lưu tự động nằm trên
        cùng máy: nếu máy hỏng thì mất cả hai, nên vẫn cần sao lưu ra USB.
      </p>
      <Table
        size="small"
        rowKey="file"
        loading={list.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có bản sao lưu tự động nào (phần mềm chưa có dữ liệu, hoặc chưa đóng/mở lại lần nào).' }}
        columns={[
          { title: 'Thời gian', dataIndex: 'createdAt', render: (v: string) => timeText(v), width: 170 },
          { title: 'Loại', dataIndex: 'kind', render: (k: keyof typeof KIND_LABEL) => KIND_LABEL[k] },
          { title: 'Dung lượng', dataIndex: 'size', render: (n: number) => sizeText(n), width: 120, align: 'right' },
          {
            title: '',
            key: 'pick',
            width: 170,
            render: (_v, r) => (
              <Button size="small" onClick={() => onPick(r.file)} aria-label={`Chọn bản sao lưu ${timeText(r.createdAt)} để khôi phục`}>
                Chọn để khôi phục
              </Button>
            ),
          },
        ]}
      />
      <Form form={form} layout="inline" onFinish={save} style={{ marginTop: 16, rowGap: 8 }}>
        <Form.Item name="keepDaily" label="Giữ bản hằng ngày" rules={[{ required: true, message: 'Hãy nhập số.' }]}>
          <InputNumber min={0} max={60} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="keepWeekly" label="hằng tuần" rules={[{ required: true, message: 'Hãy nhập số.' }]}>
          <InputNumber min={0} max={52} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="keepMonthly" label="hằng tháng" rules={[{ required: true, message: 'Hãy nhập số.' }]}>
          <InputNumber min={0} max={120} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="remindAfterDays" label="Nhắc sao lưu ra USB sau (ngày)" rules={[{ required: true, message: 'Hãy nhập số ngày.' }]}>
          <InputNumber min={1} max={365} style={{ width: 80 }} />
        </Form.Item>
        <Space>
          <Button htmlType="submit" loading={saving}>
            Lưu cài đặt
          </Button>
        </Space>
      </Form>
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} />}
    </Card>
  );
}
