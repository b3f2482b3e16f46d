import { Layout, Menu } from 'antd';
import {
  BankOutlined,
  DashboardOutlined,
  FileTextOutlined,
  SettingOutlined,
  TeamOutlined,
  BarChartOutlined,
  CalendarOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { call } from '../api/client';
import { PAGES, SUBPAGES, useRoute, type PageKey } from './routes';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { UnitsPage } from '../pages/units/UnitsPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { ReportsPage } from '../pages/reports/ReportsPage';
import { DocumentsPage } from '../pages/documents/DocumentsPage';
import { IncomingPage } from '../pages/incoming/IncomingPage';
import { MembersPage } from '../pages/members/MembersPage';
import { ActivitiesPage } from '../pages/activities/ActivitiesPage';
import { ResultsPage } from '../pages/results/LazyResultsPage';
import { RecoveryScreen } from './RecoveryScreen';

const ICONS: Record<PageKey, ReactNode> = {
  'tong-quan': <DashboardOutlined />,
  'cong-doan-co-so': <BankOutlined />,
  'doan-vien': <TeamOutlined />,
  'hoat-dong': <CalendarOutlined />,
  'ket-qua': <BarChartOutlined />,
  'van-ban': <FileTextOutlined />,
  'van-ban-den': <InboxOutlined />,
  'bao-cao': <BarChartOutlined />,
  'cai-dat': <SettingOutlined />,
};

export function AppShell() {
  const [page, go] = useRoute();
  const settings = useQuery({ queryKey: ['settings.get'], queryFn: () => call('settings.get', {}) });
  const office = settings.data?.settings;
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => call('app.info', {}) });
  if (info.data?.recovery) return <RecoveryScreen reason={info.data.recovery} />;

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
          selectedKeys={[SUBPAGES[page] ?? page]}
          onClick={(e) => go(e.key as PageKey)}
          items={PAGES.map((p) => ({ key: p.key, icon: ICONS[p.key], label: p.label }))}
        />
      </Layout.Sider>
      <Layout.Content>
        {page === 'tong-quan' && <DashboardPage go={go} />}
        {page === 'cong-doan-co-so' && <UnitsPage />}
        {page === 'cai-dat' && <SettingsPage />}
        {page === 'doan-vien' && <MembersPage />}
        {page === 'van-ban' && <DocumentsPage />}
        {page === 'van-ban-den' && <IncomingPage />}
        {page === 'bao-cao' && <ReportsPage />}
        {page === 'hoat-dong' && <ActivitiesPage />}
        {page === 'ket-qua' && <ResultsPage />}
      </Layout.Content>
    </Layout>
  );
}
