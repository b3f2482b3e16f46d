import { Tabs } from 'antd';
import { OfficeForm } from './OfficeForm';
import { SectorsEditor } from './SectorsEditor';
import { AnniversariesEditor } from '../documents/AnniversariesEditor';

export function SettingsPage() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>Cài đặt</h1>
      </div>
      <Tabs
        items={[
          { key: 'office', label: 'Thông tin đơn vị', children: <OfficeForm /> },
          { key: 'sectors', label: 'Danh mục khối', children: <SectorsEditor /> },
          { key: 'anniversaries', label: 'Ngày kỷ niệm', children: <AnniversariesEditor /> },
        ]}
      />
    </div>
  );
}
