import { Alert, App, Button, Card, Space, Statistic, Tabs } from 'antd';
import { ArrowLeftOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { isoToVn } from '../../../../shared/text/dates';
import { errorMessage } from '../../api/client';
import { IndicatorsTab } from './IndicatorsTab';
import { ManualTab } from './ManualTab';
import { ReceiveTab } from './ReceiveTab';
import { RoundFormModal } from './RoundFormModal';
import { SendTab } from './SendTab';
import { StatusTab } from './StatusTab';
import { UpwardModal } from './UpwardModal';
import { DeadlineTag, periodText } from './ui';
import { useRound, type ReportsLocation, type RoundTab } from './useReports';
import { HelpButton } from '../../components/HelpButton';

export function RoundDetailPage({ loc, go }: { loc: ReportsLocation; go: (l: Partial<ReportsLocation>) => void }) {
  const { message } = App.useApp();
  const q = useRound(loc.roundId);
  const [editing, setEditing] = useState(false);
  const [upward, setUpward] = useState(false);
  const r = q.data;
  const tab = (t: RoundTab, unitId?: number) => go({ roundId: loc.roundId, tab: t, unitId: unitId ?? null });

  return (
    <div className="page">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0, marginBottom: 4 }} onClick={() => go({})}>
        Tất cả đợt báo cáo
      </Button>
      {q.error && <Alert type="error" showIcon title={errorMessage(q.error)} />}
      {r && (
        <>
          <div className="page-header">
            <h1>{r.name}</h1>
            <HelpButton topic={loc.tab === 'gui-mau' || loc.tab === 'chi-tieu' ? 'gui-mau' : 'nhan-bao-cao'} />
            <Button type="primary" href={`#/ket-qua?dot=${r.id}`} style={{ marginLeft: 'auto' }}>
              Kết quả tổng hợp, in, soạn báo cáo
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setUpward(true)}>
              Điền mẫu của cấp trên
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              Sửa thông tin đợt
            </Button>
          </div>
          <div className="reports-sub">
            <Space wrap size={[12, 4]}>
              <span>
                Mã đợt <b>{r.code}</b>
              </span>
              {periodText(r.periodFrom, r.periodTo) && <span>Kỳ báo cáo: {periodText(r.periodFrom, r.periodTo)}</span>}
              <span>
                Hạn nộp: <b>{isoToVn(r.deadline)}</b>
              </span>
              <DeadlineTag daysLeft={r.daysLeft} missing={r.required ? r.missing : undefined} />
              {r.notes && <span>{r.notes}</span>}
            </Space>
          </div>
          <div className="reports-stats">
            <Card size="small">
              <Statistic title="Phải nộp" value={r.required} suffix="đơn vị" />
            </Card>
            <Card size="small">
              <Statistic title="Đã nộp" value={r.received} suffix={`/ ${r.required}`} styles={{ content: { color: '#067647' } }} />
            </Card>
            <Card size="small">
              <Statistic title="Nộp trễ hạn" value={r.late} styles={{ content: { color: r.late ? '#b54708' : undefined } }} />
            </Card>
            <Card size="small">
              <Statistic title="Chưa nộp" value={r.missing} styles={{ content: { color: r.missing ? '#b42318' : undefined } }} />
            </Card>
          </div>
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              activeKey={loc.tab}
              onChange={(k) => tab(k as RoundTab)}
              destroyOnHidden
              items={[
                {
                  key: 'tinh-hinh',
                  label: 'Tình hình nộp',
                  children: <StatusTab round={r} openManual={(unitId) => tab('nhap-tay', unitId)} />,
                },
                { key: 'nhan', label: 'Nhận báo cáo', children: <ReceiveTab round={r} showStatus={() => tab('tinh-hinh')} /> },
                { key: 'gui-mau', label: 'Gửi mẫu', children: <SendTab round={r} /> },
                { key: 'chi-tieu', label: `Chỉ tiêu (${r.indicators.length})`, children: <IndicatorsTab round={r} /> },
                {
                  key: 'nhap-tay',
                  label: 'Nhập tay',
                  children: <ManualTab round={r} unitId={loc.unitId} selectUnit={(id) => tab('nhap-tay', id ?? undefined)} />,
                },
              ]}
            />
          </Card>
          <UpwardModal round={r} open={upward} onClose={() => setUpward(false)} />
          <RoundFormModal
            open={editing}
            roundId={r.id}
            onClose={() => setEditing(false)}
            onSaved={(saved) => {
              setEditing(false);
              message.success(`Đã lưu đợt "${saved.name}".`);
            }}
          />
        </>
      )}
    </div>
  );
}
