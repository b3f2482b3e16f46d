import { Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useHashRoute, type HashRoute } from '../../app/useHashRoute';
import { OfficeForm } from './OfficeForm';
import { SectorsEditor } from './SectorsEditor';
import { AreasEditor } from './AreasEditor';
import { BackupPanel } from './BackupPanel';
import { AnniversariesEditor } from '../documents/AnniversariesEditor';
import { HelpButton } from '../../components/HelpButton';

/** '#/cai-dat?tab=sao-luu' opens that tab (from the desktop menu and the dashboard's reminder). */
const tabFromHash = ({ query }: HashRoute) => query.get('tab') ?? 'office';

export function SettingsPage() {
  const asked = useHashRoute(tabFromHash);
  const [tab, setTab] = useState(asked);
  // A new address ('#/cai-dat?tab=sao-luu' from the menu) opens its tab; clicking a tab leaves the address alone.
  useEffect(() => setTab(asked), [asked]);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Cài đặt</h1>
        <HelpButton topic={tab === 'sao-luu' ? 'sao-luu' : 'cai-dat'} />
      </div>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'office', label: 'Thông tin đơn vị', children: <OfficeForm /> },
          { key: 'sectors', label: 'Danh mục khối', children: <SectorsEditor /> },
          { key: 'xa-phuong', label: 'Danh mục xã/phường', children: <AreasEditor /> },
          { key: 'anniversaries', label: 'Ngày kỷ niệm', children: <AnniversariesEditor /> },
          { key: 'sao-luu', label: 'Sao lưu & khôi phục', children: <BackupPanel /> },
        ]}
      />
    </div>
  );
}
