import { Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { OfficeForm } from './OfficeForm';
import { SectorsEditor } from './SectorsEditor';
import { BackupPanel } from './BackupPanel';
import { AnniversariesEditor } from '../documents/AnniversariesEditor';

/** '#/cai-dat?tab=sao-luu' opens that tab (from the desktop menu and the dashboard's reminder). */
const tabFromHash = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('tab') ?? 'office';

export function SettingsPage() {
  const [tab, setTab] = useState(tabFromHash);
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Cài đặt</h1>
      </div>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'office', label: 'Thông tin đơn vị', children: <OfficeForm /> },
          { key: 'sectors', label: 'Danh mục khối', children: <SectorsEditor /> },
          { key: 'anniversaries', label: 'Ngày kỷ niệm', children: <AnniversariesEditor /> },
          { key: 'sao-luu', label: 'Sao lưu & khôi phục', children: <BackupPanel /> },
        ]}
      />
    </div>
  );
}
