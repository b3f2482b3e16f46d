import { Alert, Button, Card, Select, Space, Spin, Statistic, Tabs } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { RoundResults } from '../../../../shared/results/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { errorMessage } from '../../api/client';
import { CompareBars, ProgressChart, ShareChart } from './charts';
import { IndicatorTable } from './IndicatorTable';
import { SectorTab } from './SectorTab';
import { AreaTab } from './AreaTab';
import { CountUnitActivitiesSwitch, SettingsTab } from './SettingsTab';
import { SourcesDrawer } from './SourcesDrawer';
import { pct } from './format';
import { ResultsActions } from './ResultsActions';
import { UnitTab } from './UnitTab';
import { resultsHref, useResults, type ResultsLocation } from './useResults';
import { HelpButton } from '../../components/HelpButton';

interface Props {
  loc: ResultsLocation;
  go: (l: Partial<ResultsLocation>) => void;
  rounds: { id: number; name: string }[];
}

/** The round's headline figures: reports received, activities, the share of units with one. */
function HeadlineFigures({ results }: { results: RoundResults }) {
  return (
    <div className="results-stats">
      <Card size="small">
        <Statistic title="Đơn vị đã nộp báo cáo" value={results.counts.received} suffix={`/ ${results.counts.required}`} />
      </Card>
      <Card size="small">
        <Statistic title="Hoạt động văn phòng tổ chức" value={results.activities.office} />
      </Card>
      <Card size="small">
        <Statistic
          title="Hoạt động ghi cho CĐCS"
          value={results.activities.unitCounted + results.activities.unitInformational + results.activities.unitExcluded}
          suffix={results.activities.unitCounted ? `(${results.activities.unitCounted} được cộng)` : ''}
        />
      </Card>
      <Card size="small">
        <Statistic
          title="CĐCS có ít nhất 01 hoạt động"
          value={pct(results.share.total.percent)}
          suffix={`${results.share.total.active}/${results.share.total.units}`}
        />
      </Card>
    </div>
  );
}

/** The results of one round: figures, charts, drill-down to the sources, print, Word and Excel. */
export function ResultsView({ loc, go, rounds }: Props) {
  const q = useResults(loc.roundId);
  const r = q.data;
  const [sources, setSources] = useState<number | null>(null);
  const countGroups = r ? [...new Set(r.indicators.filter((i) => i.kind === 'count').map((i) => i.group))] : [];
  const [compareGroup, setCompareGroup] = useState<string | null | undefined>(undefined);
  const group = compareGroup === undefined ? (countGroups[0] ?? null) : compareGroup;

  return (
    <div className="page results-page">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0, marginBottom: 4 }} href={`#/bao-cao?dot=${loc.roundId}`}>
        Về đợt báo cáo
      </Button>
      <div className="page-header">
        <h1>Kết quả tổng hợp</h1>
        <HelpButton topic="ket-qua" />
        <ResultsActions loc={loc} go={go} rounds={rounds} ready={!!r} />
      </div>
      {q.error && <Alert type="error" showIcon title={errorMessage(q.error)} />}
      {!r && !q.error && <Spin style={{ display: 'block', margin: 40 }} />}
      {r && (
        <>
          <div className="reports-sub" style={{ color: '#667085', margin: '-8px 0 16px' }}>
            <b style={{ color: '#344054' }}>{r.round.name}</b> · Hạn nộp {isoToVn(r.round.deadline)}
            {r.previous ? ` · So sánh với: ${r.previous.name}` : ' · Chưa có đợt cùng kỳ năm trước để so sánh'}
          </div>
          <HeadlineFigures results={r} />
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
