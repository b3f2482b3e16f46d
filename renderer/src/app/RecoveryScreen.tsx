import { Alert, App, Button, Card, Input, List, Result, Space } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../api/client';
import { useApi } from '../api/hooks';
import { useCallProgress } from '../api/useCallProgress';
import { CallProgress } from '../components/CallProgress';
import { countsText, timeText } from '../pages/settings/backup-text';
import { FolderInput } from '../pages/reports/FolderInput';

/** Shown instead of the pages when the database is damaged: restore the newest good backup. */
export function RecoveryScreen({ reason }: { reason: string }) {
  const { modal } = App.useApp();
  const status = useApi('recovery.status', {});
  const [file, setFile] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [folder, setFolder] = useState('');
  const [salvaged, setSalvaged] = useState<string | null>(null);
  const restoring = useCallProgress();

  const salvage = async () => {
    setBusy(true);
    setError(null);
    setSalvaged(null);
    try {
      const r = await call('recovery.exportReadable', { folder });
      setSalvaged(
        `Đã lưu ${r.file}: ${r.rows.units ?? 0} đơn vị, ${r.rows.members ?? 0} đoàn viên, ${r.rows.documents ?? 0} văn bản` +
          (r.unreadable ? ` (${r.unreadable} dòng nằm ở phần hỏng, không đọc được).` : '.'),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const restore = (target: string, pw: string | undefined, label: string) =>
    modal.confirm({
      title: 'Khôi phục từ bản sao lưu này?',
      content: `${label}. Tệp dữ liệu hỏng được giữ nguyên bên cạnh (không xóa) để nhờ kỹ thuật xem nếu cần.`,
      okText: 'Khôi phục',
      cancelText: 'Hủy',
      // The dialog closes at once: the restore's progress shows on the screen, with its cancel
      // button while the backup is still being checked.
      onOk: () => {
        setBusy(true);
        setError(null);
        restoring.run('recovery.restore', { file: target, password: pw }).then(
          () => window.location.reload(),
          (e: unknown) => {
            setError(errorMessage(e));
            setBusy(false);
          },
        );
      },
    });

  const candidates = status.data?.candidates ?? [];
  return (
    <div className="page" style={{ maxWidth: 900, margin: '0 auto' }}>
      <Result status="warning" title="Dữ liệu cần được khôi phục" subTitle={reason} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {restoring.progress && (
        <Card style={{ marginBottom: 16 }}>
          <CallProgress progress={restoring.progress} onCancel={restoring.cancel} />
        </Card>
      )}
      <Card title="Bản sao lưu tự động còn tốt (mới nhất trước)" loading={status.isLoading}>
        <List
          dataSource={candidates}
          locale={{ emptyText: 'Không có bản sao lưu tự động nào dùng được. Hãy khôi phục từ bản sao lưu trên USB bên dưới.' }}
          renderItem={(c, i) => (
            <List.Item
              actions={[
                <Button
                  key="restore"
                  type={i === 0 ? 'primary' : 'default'}
                  loading={busy}
                  onClick={() => restore(c.file, undefined, `Bản sao lưu ngày ${timeText(c.createdAt)} gồm ${countsText(c.counts)}`)}
                >
                  Khôi phục bản này
                </Button>,
              ]}
            >
              <List.Item.Meta title={`Ngày ${timeText(c.createdAt)}`} description={countsText(c.counts)} />
            </List.Item>
          )}
        />
      </Card>
      <Card title="Hoặc khôi phục từ bản sao lưu trên USB" style={{ marginTop: 16 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input
            aria-label="Tệp sao lưu trên USB"
            placeholder="Đường dẫn tệp .cdbk, ví dụ E:\CongDoan_..._2026-12-01_1630.cdbk"
            value={file}
            onChange={(e) => setFile(e.target.value)}
          />
          <Input.Password
            aria-label="Mật khẩu của bản sao lưu"
            placeholder="Mật khẩu (nếu có)"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            style={{ maxWidth: 360 }}
          />
          <Button disabled={!file.trim()} loading={busy} onClick={() => restore(file, password || undefined, `Tệp ${file}`)}>
            Khôi phục từ tệp này
          </Button>
        </Space>
      </Card>
      <Card title="Không có bản sao lưu? Lấy ra những gì còn đọc được" style={{ marginTop: 16 }}>
        <p>
          Phần mềm mở tệp hỏng ở chế độ chỉ đọc và lưu những đơn vị, đoàn viên, văn bản còn đọc được ra một tệp Excel để nhập lại. Tệp có
          thông tin cá nhân của đoàn viên: hãy lưu vào nơi an toàn.
        </p>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <FolderInput value={folder} onChange={setFolder} ariaLabel="Thư mục lưu tệp Excel" placeholder="Ví dụ C:\Users\Ten\Desktop" />
          <Button disabled={!folder.trim()} loading={busy} onClick={salvage}>
            Lưu dữ liệu còn đọc được ra Excel
          </Button>
          {salvaged && <Alert type="success" showIcon title={salvaged} />}
        </Space>
      </Card>
    </div>
  );
}
