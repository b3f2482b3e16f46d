import { Alert, App, Button, Card, Dropdown, Select, Space, Spin, Statistic, Tabs } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { isoToVn } from '../../../../shared/text/dates';
import { call, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import { saveDownload } from '../../lib/files';
import { CompareBars, ProgressChart, ShareChart } from './charts';
import { IndicatorTable } from './IndicatorTable';
import { SectorTab } from './SectorTab';
import { AreaTab } from './AreaTab';
import { CountUnitActivitiesSwitch, SettingsTab } from './SettingsTab';
import { SourcesDrawer } from './SourcesDrawer';
import { pct } from './format';
import { UnitTab } from './UnitTab';
import { resultsHref, useResults, type ResultsLocation } from './useResults';
import { todayIsoNow } from '../../lib/clock';
import { HelpButton } from '../../components/HelpButton';

interface Props {
  loc: ResultsLocation;
  go: (l: Partial<ResultsLocation>) => void;
  rounds: { id: number; name: string }[];
}

/** The results of one round: figures, charts, drill-down to the sources, print, Word and Excel. */
export function ResultsView({ loc, go, rounds }: Props) {
  const { message, modal } = App.useApp();
  const q = useResults(loc.roundId);
  const r = q.data;
  const [sources, setSources] = useState<number | null>(null);
  const [drafting, setDrafting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const draftReport = useApiMutation('results.draftReport');
  const countGroups = r ? [...new Set(r.indicators.filter((i) => i.kind === 'count').map((i) => i.group))] : [];
  const [compareGroup, setCompareGroup] = useState<string | null | undefined>(undefined);
  const group = compareGroup === undefined ? (countGroups[0] ?? null) : compareGroup;

  const draft = async () => {
    setDrafting(true);
    try {
      const res = await draftReport.mutateAsync({ roundId: loc.roundId!, date: todayIsoNow() });
      const open = () => navigate(`#/van-ban?id=${res.document.id}`);
      modal.success({
        title: 'Đã soạn bản nháp báo cáo',
        content: (
          <div>
            <p>
              “Báo cáo {res.document.title.charAt(0).toLocaleLowerCase('vi') + res.document.title.slice(1)}” đã được tạo trong Kế hoạch
              &amp; văn bản (dự thảo). Hãy đọc lại, viết phần thuận lợi, khó khăn, đề xuất, rồi ban hành và tải tệp Word.
            </p>
            {res.warnings.length > 0 && (
              <ul className="muted">
                {res.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </div>
        ),
        okText: 'Mở bản nháp',
        onOk: open,
      });
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setDrafting(false);
    }
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      saveDownload(await call('results.exportXlsx', { roundId: loc.roundId! }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="page results-page">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0, marginBottom: 4 }} href={`#/bao-cao?dot=${loc.roundId}`}>
        Về đợt báo cáo
      </Button>
      <div className="page-header">
        <h1>Kết quả tổng hợp</h1>
        <HelpButton topic="ket-qua" />
        <Space wrap>
          <Select
            style={{ width: 340 }}
            aria-label="Chọn đợt báo cáo"
            value={loc.roundId}
            onChange={(id) => go({ roundId: id })}
            options={rounds.map((x) => ({ value: x.id, label: x.name }))}
          />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'ket-qua', label: 'Bảng kết quả (A4)' },
                { key: 'chua-nop', label: 'Danh sách đơn vị chưa nộp báo cáo' },
                { key: 'doan-vien', label: 'Thống kê đoàn viên theo ngày' },
              ],
              onClick: (e) => go({ roundId: loc.roundId, print: e.key as ResultsLocation['print'] }),
            }}
          >
            <Button icon={<PrinterOutlined />}>In…</Button>
          </Dropdown>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx}>
            Xuất Excel
          </Button>
          <Button type="primary" icon={<FileWordOutlined />} loading={drafting} onClick={draft} disabled={!r}>
            Soạn báo cáo (Word)
          </Button>
        </Space>
      </div>
      {q.error && <Alert type="error" showIcon title={errorMessage(q.error)} />}
      {!r && !q.error && <Spin style={{ display: 'block', margin: 40 }} />}
      {r && (
        <>
          <div className="reports-sub" style={{ color: '#667085', margin: '-8px 0 16px' }}>
            <b style={{ color: '#344054' }}>{r.round.name}</b> · Hạn nộp {isoToVn(r.round.deadline)}
            {r.previous ? ` · So sánh với: ${r.previous.name}` : ' · Chưa có đợt cùng kỳ năm trước để so sánh'}
          </div>
          <div className="results-stats">
            <Card size="small">
              <Statistic title="Đơn vị đã nộp báo cáo" value={r.counts.received} suffix={`/ ${r.counts.required}`} />
            </Card>
            <Card size="small">
              <Statistic title="Hoạt động văn phòng tổ chức" value={r.activities.office} />
            </Card>
            <Card size="small">
              <Statistic
                title="Hoạt động ghi cho CĐCS"
                value={r.activities.unitCounted + r.activities.unitInformational + r.activities.unitExcluded}
                suffix={r.activities.unitCounted ? `(${r.activities.unitCounted} được cộng)` : ''}
              />
            </Card>
            <Card size="small">
              <Statistic
                title="CĐCS có ít nhất 01 hoạt động"
                value={pct(r.share.total.percent)}
                suffix={`${r.share.total.active}/${r.share.total.units}`}
              />
            </Card>
          </div>
          <div className="results-charts">
            <Card size="small" title="Tiến độ nhận báo cáo">
              <ProgressChart counts={r.counts} />
            </Card>
            <Card size="small" title="CĐCS có ít nhất 01 hoạt động so với chỉ tiêu">
              <ShareChart share={r.share} />
            </Card>
            <Card
              size="small"
              title={r.previous ? `So với ${r.previous.name}` : 'So với cùng kỳ năm trước'}
              extra={
                r.previous && (
                  <Select
                    size="small"
                    style={{ width: 200 }}
                    aria-label="Nhóm chỉ tiêu so sánh"
                    value={group}
                    onChange={setCompareGroup}
                    options={countGroups.map((g) => ({ value: g, label: g ?? 'Không có nhóm' }))}
                  />
                )
              }
            >
              {r.previous ? (
                <CompareBars results={r} group={group} />
              ) : (
                <div className="muted chart-empty">
                  Chưa có đợt báo cáo cùng kỳ năm trước. Có thể chọn đợt so sánh ở thẻ “Tỷ lệ và cài đặt”.
                </div>
              )}
            </Card>
          </div>
          <Alert
            type="info"
            className="results-rule"
            title="Cách cộng số liệu (không tính trùng)"
            description={
              <div>
                <ul>
                  {r.rule.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
                <Space>
                  <CountUnitActivitiesSwitch results={r} />
                  <span>Cộng hoạt động ghi cho công đoàn cơ sở chưa nộp báo cáo</span>
                </Space>
              </div>
            }
          />
          {r.activities.unmatched.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="Một số số liệu của hoạt động không được cộng vì đợt này không có chỉ tiêu tương ứng"
              description={`${r.activities.unmatched.map((u) => `${u.typeName}: ${u.measure} → mã ${u.code}`).join('; ')}. Sửa ở Hoạt động → Loại hoạt động, hoặc thêm chỉ tiêu vào đợt.`}
            />
          )}
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              destroyOnHidden
              items={[
                { key: 'chi-tieu', label: 'Theo chỉ tiêu', children: <IndicatorTable results={r} onSources={setSources} /> },
                { key: 'khoi', label: 'Theo khối', children: <SectorTab results={r} /> },
                { key: 'xa-phuong', label: 'Theo xã/phường', children: <AreaTab roundId={r.round.id} /> },
                { key: 'don-vi', label: 'Theo đơn vị', children: <UnitTab results={r} /> },
                { key: 'ty-le', label: 'Tỷ lệ và cài đặt', children: <SettingsTab results={r} /> },
              ]}
            />
          </Card>
          <SourcesDrawer roundId={r.round.id} indicatorId={sources} onClose={() => setSources(null)} />
        </>
      )}
    </div>
  );
}

export { resultsHref };
