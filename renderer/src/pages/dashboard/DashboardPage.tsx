import { Alert, Button, Card, Col, Row, Statistic } from 'antd';
import { useApi } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import type { PageKey } from '../../app/routes';
import { ReportsDashboardCard } from '../reports/ReportsDashboardCard';
import { IncomingDashboardCard } from '../incoming/IncomingDashboardCard';
import { HelpButton } from '../../components/HelpButton';
import { CompactList } from '../../components/CompactList';
import { FirstRunChecklist } from './FirstRunChecklist';

export function DashboardPage({ go }: { go: (k: PageKey) => void }) {
  const q = useApi('app.dashboard', {});
  const d = q.data;
  return (
    <div className="page">
      <div className="page-header">
        <h1>Tổng quan</h1>
        <HelpButton topic="bat-dau" />
      </div>
      {q.error && <Alert type="error" showIcon message={(q.error as Error).message} style={{ marginBottom: 16 }} />}
      {d && !d.officeConfigured && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="Chưa có thông tin đơn vị"
          description="Tên đơn vị, địa danh, người ký… được dùng để in ở đầu mọi văn bản. Hãy nhập một lần trước khi soạn văn bản."
          action={
            <Button type="primary" onClick={() => go('cai-dat')}>
              Nhập thông tin đơn vị
            </Button>
          }
        />
      )}
      <FirstRunChecklist />
      {d?.backup.remind && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={
            d.backup.lastExternalAt
              ? `Đã hơn ${d.backup.remindAfterDays} ngày chưa sao lưu ra USB (lần gần nhất: ${new Date(d.backup.lastExternalAt).toLocaleDateString('vi-VN')})`
              : 'Chưa sao lưu dữ liệu ra USB lần nào'
          }
          description="Máy tính hỏng hoặc bị nhiễm mã độc thì mất toàn bộ danh sách đoàn viên, văn bản, báo cáo. Hãy sao lưu ra USB và cất ở nơi khác."
          action={
            <Button type="primary" onClick={() => navigate('#/cai-dat?tab=sao-luu')}>
              Sao lưu ngay
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card className="dashboard-card">
            <Statistic title="Công đoàn cơ sở đang hoạt động" value={d?.activeUnits ?? 0} loading={q.isLoading} />
            {d && d.dissolvedUnits > 0 && <span className="muted">{d.dissolvedUnits} đơn vị đã giải thể (lưu lịch sử)</span>}
            <div>
              <Button type="link" style={{ padding: 0 }} onClick={() => go('cong-doan-co-so')}>
                Xem danh sách
              </Button>
            </div>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card className="dashboard-card">
            <Statistic title="Đoàn viên đang sinh hoạt" value={d?.activeMembers ?? 0} loading={q.isLoading} groupSeparator="." />
            <span className="muted">trong đó nữ: {(d?.activeWomen ?? 0).toLocaleString('vi-VN')}</span>
            <div>
              <Button type="link" style={{ padding: 0 }} onClick={() => go('doan-vien')}>
                Xem đoàn viên
              </Button>
            </div>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card title="Số đơn vị theo khối" size="small" loading={q.isLoading} className="dashboard-card">
            <CompactList
              items={(d?.unitsBySector ?? []).map((s) => ({ key: s.sectorName, content: s.sectorName, extra: <b>{s.count}</b> }))}
              empty="Chưa có đơn vị nào."
            />
          </Card>
        </Col>
        <ReportsDashboardCard />
        <IncomingDashboardCard />
      </Row>
    </div>
  );
}
