import { Layout, Menu } from 'antd';
import {
  BankOutlined,
  DashboardOutlined,
  FileTextOutlined,
  SettingOutlined,
  TeamOutlined,
  BarChartOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { call } from '../api/client';
import { PAGES, useRoute, type PageKey } from './routes';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { UnitsPage } from '../pages/units/UnitsPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { PlaceholderPage } from '../pages/placeholder/PlaceholderPage';

const ICONS: Record<PageKey, ReactNode> = {
  'tong-quan': <DashboardOutlined />,
  'cong-doan-co-so': <BankOutlined />,
  'doan-vien': <TeamOutlined />,
  'van-ban': <FileTextOutlined />,
  'bao-cao': <BarChartOutlined />,
  'cai-dat': <SettingOutlined />,
};

export function AppShell() {
  const [page, go] = useRoute();
  const settings = useQuery({ queryKey: ['settings.get'], queryFn: () => call('settings.get', {}) });
  const office = settings.data?.settings;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={232} breakpoint="lg" collapsedWidth={64} style={{ background: '#163f73' }}>
        <div className="brand">
          {office?.issuingBody ?? 'Công đoàn - Văn phòng'}
          <small>{office?.superiorBody ?? 'Quản lý văn phòng công đoàn'}</small>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          style={{ background: 'transparent' }}
          selectedKeys={[page]}
          onClick={(e) => go(e.key as PageKey)}
          items={PAGES.map((p) => ({ key: p.key, icon: ICONS[p.key], label: p.label }))}
        />
      </Layout.Sider>
      <Layout.Content>
        {page === 'tong-quan' && <DashboardPage go={go} />}
        {page === 'cong-doan-co-so' && <UnitsPage />}
        {page === 'cai-dat' && <SettingsPage />}
        {page === 'doan-vien' && <PlaceholderPage title="Đoàn viên" />}
        {page === 'van-ban' && <PlaceholderPage title="Kế hoạch & văn bản" />}
        {page === 'bao-cao' && <PlaceholderPage title="Báo cáo" />}
      </Layout.Content>
    </Layout>
  );
}
