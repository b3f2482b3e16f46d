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
  QuestionCircleOutlined,
} from '@ant-design/icons';
import { lazy, Suspense, type ReactNode } from 'react';
import { useApi, useSettings } from '../api/hooks';
import { PAGES, SUBPAGES, useRoute, type PageKey } from './routes';
import { RoutePage } from './pages';
import { TopBar } from './TopBar';
import { useLeaveQuestion } from '../lib/useLeaveQuestion';

// Shown only when the database is damaged: not part of the first screen's download.
const RecoveryScreen = lazy(() => import('./RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })));

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
  'huong-dan': <QuestionCircleOutlined />,
};

export function AppShell() {
  const [page, go] = useRoute();
  useLeaveQuestion();
  const settings = useSettings();
  const office = settings.data?.settings;
  const info = useApi('app.info', {});
  if (info.data?.recovery)
    return (
      <Suspense fallback={null}>
        <RecoveryScreen reason={info.data.recovery} />
      </Suspense>
    );

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
        <TopBar page={page} />
        <RoutePage page={page} go={go} />
      </Layout.Content>
    </Layout>
  );
}
