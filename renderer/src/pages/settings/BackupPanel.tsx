import { Space } from 'antd';
import { useState } from 'react';
import { BackupAutomatic } from './BackupAutomatic';
import { BackupCreate } from './BackupCreate';
import { BackupRestore } from './BackupRestore';

/** Cài đặt → Sao lưu & khôi phục. */
export function BackupPanel() {
  // A backup chosen in the list of automatic ones fills the restore form.
  const [restoreFile, setRestoreFile] = useState('');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 900 }}>
      <BackupCreate />
      <BackupRestore file={restoreFile} onFile={setRestoreFile} />
      <BackupAutomatic onPick={setRestoreFile} />
    </Space>
  );
}
