import { Alert, App, Button, Card, Descriptions, Input, Space } from 'antd';
import { useState } from 'react';
import type { MethodResult } from '../../../../shared/api/contract';
import { call, errorMessage, ApiCallError } from '../../api/client';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { countsText, KIND_LABEL, timeText } from './backup-text';

type Inspected = MethodResult<'backup.inspect'>;

/** Pick a backup file → see what it holds beside what is here now → confirm → restore → the app reloads. */
export function BackupRestore({ file, onFile }: { file: string; onFile: (f: string) => void }) {
  const { modal } = App.useApp();
  const [password, setPassword] = useState('');
  const [seen, setSeen] = useState<Inspected | null>(null);
  const [busy, setBusy] = useState<'inspect' | 'restore' | null>(null);
  const [error, setError] = useState<{ message: string; password?: string } | null>(null);

  // Cancellable while the backup is read and checked; not once the current data is being saved.
  const restoring = useCallProgress();

  const fail = (e: unknown) => setError({ message: errorMessage(e), password: e instanceof ApiCallError ? e.fields.password : undefined });

  const inspect = async () => {
    setBusy('inspect');
    setError(null);
    setSeen(null);
    try {
      setSeen(await call('backup.inspect', { file, password: password || undefined }));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const runRestore = async () => {
    setBusy('restore');
    setError(null);
    try {
      await restoring.run('backup.restore', { file, password: password || undefined });
      modal.success({
        title: 'Đã khôi phục dữ liệu',
        content: 'Phần mềm sẽ tải lại để hiện dữ liệu vừa khôi phục.',
        okText: 'Tải lại',
        onOk: () => window.location.reload(),
      });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const restore = () => {
    if (!seen) return;
    modal.confirm({
      title: 'Khôi phục dữ liệu từ bản sao lưu này?',
      content: (
        <>
          <p>
            Dữ liệu hiện tại ({countsText(seen.current)}) sẽ được thay bằng dữ liệu của bản sao lưu ngày {timeText(seen.manifest.createdAt)}{' '}
            ({countsText(seen.manifest.counts)}).
          </p>
          <p>Trước khi thay, phần mềm tự sao lưu dữ liệu hiện tại vào thư mục sao lưu tự động, nên vẫn lấy lại được nếu chọn nhầm.</p>
        </>
      ),
      okText: 'Khôi phục',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      width: 560,
      // The dialog closes at once: the progress bar below shows the restore.
      onOk: () => void runRestore(),
    });
  };

  return (
    <Card title="Khôi phục từ bản sao lưu">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input
          aria-label="Tệp sao lưu"
          placeholder="Đường dẫn tệp .cdbk, ví dụ E:\CongDoan_..._2026-12-02_1045.cdbk (hoặc chọn trong danh sách sao lưu tự động bên dưới)"
          value={file}
          onChange={(e) => {
            onFile(e.target.value);
            setSeen(null);
          }}
          allowClear
        />
        <Input.Password
          aria-label="Mật khẩu của bản sao lưu"
          placeholder="Mật khẩu (nếu bản sao lưu có mật khẩu)"
          value={password}
          status={error?.password ? 'error' : undefined}
          onChange={(e) => setPassword(e.target.value)}
          style={{ maxWidth: 360 }}
          autoComplete="off"
        />
        <Button onClick={inspect} disabled={!file.trim()} loading={busy === 'inspect'}>
          Xem bản sao lưu
        </Button>
        {error && <Alert type="error" showIcon title={error.message} />}
        {seen && (
          <>
            <Descriptions bordered size="small" column={1} title="Bản sao lưu đã được kiểm tra: đầy đủ, không bị sửa">
              <Descriptions.Item label="Ngày sao lưu">{timeText(seen.manifest.createdAt)}</Descriptions.Item>
              <Descriptions.Item label="Đơn vị">{seen.manifest.office ?? '(chưa nhập thông tin đơn vị)'}</Descriptions.Item>
              <Descriptions.Item label="Loại">
                {KIND_LABEL[seen.manifest.kind]}
                {seen.encrypted ? ', có mật khẩu' : ''}
              </Descriptions.Item>
              <Descriptions.Item label="Trong bản sao lưu">{countsText(seen.manifest.counts)}</Descriptions.Item>
              <Descriptions.Item label="Hiện có trong máy">{countsText(seen.current)}</Descriptions.Item>
              <Descriptions.Item label="Phiên bản phần mềm">{seen.manifest.appVersion}</Descriptions.Item>
            </Descriptions>
            <Button type="primary" danger onClick={restore} loading={busy === 'restore'}>
              Khôi phục dữ liệu từ bản này…
            </Button>
            <CallProgress progress={restoring.progress} onCancel={restoring.cancel} />
          </>
        )}
      </Space>
    </Card>
  );
}
