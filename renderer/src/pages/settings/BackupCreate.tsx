import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import type { BackupCreateResult } from '../../../../shared/backup/schema';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { useFormSave } from '../../lib/forms';
import { FolderInput } from '../reports/FolderInput';
import { countsText, sizeText } from './backup-text';

interface Values {
  folder: string;
  protect: boolean;
  password: string;
  confirm: string;
}

export function BackupCreate() {
  const [form] = Form.useForm<Values>();
  const { saving, error, run } = useFormSave(form);
  const [done, setDone] = useState<BackupCreateResult | null>(null);
  const protect = Form.useWatch('protect', form) ?? true;
  const folder = Form.useWatch('folder', form) ?? '';
  // A backup changes no data but writes to the USB from its first step: it is not cancelled.
  const creating = useCallProgress();

  const submit = (v: Values) =>
    run(async () => {
      setDone(null);
      const r = await creating.run(
        'backup.create',
        { folder: v.folder ?? '', password: v.protect ? v.password : undefined },
        { refresh: true },
      );
      setDone(r);
      form.setFieldsValue({ password: '', confirm: '' });
    });

  return (
    <Card title="Sao lưu ra USB hoặc thư mục khác">
      <p>
        Sao lưu toàn bộ dữ liệu (đơn vị, đoàn viên, văn bản, báo cáo đã nhận) vào <b>một tệp</b>. Nên sao lưu ra USB ít nhất mỗi tuần và cất
        USB ở nơi khác máy tính.
      </p>
      <Form form={form} layout="vertical" initialValues={{ folder: '', protect: true, password: '', confirm: '' }} onFinish={submit}>
        <Form.Item
          name="folder"
          label="Thư mục lưu bản sao"
          rules={[{ required: true, whitespace: true, message: 'Hãy chọn USB hoặc thư mục.' }]}
        >
          <FolderInput
            value={folder}
            onChange={(v) => form.setFieldValue('folder', v)}
            ariaLabel="Thư mục lưu bản sao"
            placeholder="Chọn USB trong danh sách hoặc ghi đường dẫn, ví dụ E:\ hoặc C:\Users\Ten\Desktop"
          />
        </Form.Item>
        <Form.Item name="protect" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>Đặt mật khẩu cho bản sao lưu (nên dùng)</Checkbox>
        </Form.Item>
        <p className="muted" style={{ marginTop: 0 }}>
          <SafetyCertificateOutlined /> Bản sao lưu chứa thông tin cá nhân của đoàn viên (số CCCD, ngày sinh, đảng viên); theo Nghị định
          13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, khi mang ra khỏi máy cần được bảo vệ. Hãy ghi nhớ mật khẩu: quên mật khẩu thì không khôi
          phục được.
        </p>
        {protect && (
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Form.Item
              name="password"
              label="Mật khẩu"
              style={{ minWidth: 260 }}
              rules={[
                { required: true, message: 'Hãy đặt mật khẩu.' },
                { min: 6, message: 'Mật khẩu cần ít nhất 6 ký tự.' },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label="Nhập lại mật khẩu"
              style={{ minWidth: 260 }}
              dependencies={['password']}
              rules={[
                { required: true, message: 'Hãy nhập lại mật khẩu.' },
                ({ getFieldValue }) => ({
                  validator: async (_r, v) => {
                    if (v && v !== getFieldValue('password')) throw new Error('Hai lần nhập mật khẩu chưa giống nhau.');
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={saving}>
          Sao lưu ngay
        </Button>
      </Form>
      {saving && (
        <div style={{ marginTop: 12 }} role="status">
          <CallProgress progress={creating.progress} />
          Đừng rút USB cho đến khi sao lưu xong.
        </div>
      )}
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} />}
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          title="Đã sao lưu và kiểm tra lại: tệp đọc được, dữ liệu trong tệp đầy đủ."
          description={
            <>
              <div>
                Tệp: <b>{done.file}</b> ({sizeText(done.size)}
                {done.encrypted ? ', có mật khẩu' : ', không có mật khẩu'})
              </div>
              <div>Gồm: {countsText(done.manifest.counts)}.</div>
            </>
          }
        />
      )}
    </Card>
  );
}
