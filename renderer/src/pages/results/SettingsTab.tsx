import { App, Button, Form, Input, InputNumber, Select, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import type { ResultsSettingsInput, RoundResults, SectorKind, ShareGroup } from '../../../../shared/results/schema';
import { SECTOR_KIND_LABELS, SECTOR_KINDS } from '../../../../shared/results/schema';
import { errorMessage } from '../../api/client';
import { useSaveResultsSettings } from './useResults';
import { pct } from './format';

interface Values {
  enterpriseTarget: number | null;
  publicTarget: number | null;
  activityCode: string;
  compare: 'auto' | 'none' | number;
  kinds: Record<number, SectorKind>;
}

type ShareRow = ShareGroup | (ShareGroup & { total: true });

/** The share of units with activities, per group of sectors, against the target. */
const SHARE_COLUMNS: TableColumnsType<ShareRow> = [
  { title: 'Nhóm khối', render: (_v, g) => (g.kind === ('total' as SectorKind) ? <b>{g.label}</b> : g.label) },
  { title: 'Số đơn vị', width: 100, align: 'right', render: (_v, g) => g.units },
  { title: 'Có hoạt động', width: 110, align: 'right', render: (_v, g) => g.active },
  { title: 'Tỷ lệ', width: 90, align: 'right', render: (_v, g) => <b>{pct(g.percent)}</b> },
  { title: 'Chỉ tiêu', width: 90, align: 'right', render: (_v, g) => (g.target !== null ? `≥ ${pct(g.target)}` : '') },
  {
    title: 'Đánh giá',
    width: 110,
    render: (_v, g) => (g.met === null ? '' : g.met ? <Tag color="green">Đạt</Tag> : <Tag color="red">Chưa đạt</Tag>),
  },
];

/** Share of units with at least one activity against the targets, and the settings of this round's results. */
/** How the share of units with activities is counted, and its figures per group of sectors. */
function ShareSection({ results }: { results: RoundResults }) {
  return (
    <>
      <h3>Tỷ lệ công đoàn cơ sở tổ chức ít nhất 01 hoạt động</h3>
      <p className="muted">
        Một đơn vị được tính là có hoạt động khi báo cáo của đơn vị ghi chỉ tiêu{' '}
        {results.share.activityIndicator
          ? `${results.share.activityIndicator.code} (“${results.share.activityIndicator.label}”)`
          : '(chưa có chỉ tiêu này trong đợt: tính theo mọi số liệu đếm)'}{' '}
        lớn hơn 0, hoặc có hoạt động được ghi cho đơn vị ở trang Hoạt động. Mẫu số là các đơn vị phải báo cáo trong đợt.
      </p>
      <Table<ShareRow>
        size="small"
        rowKey="kind"
        pagination={false}
        style={{ maxWidth: 860, marginBottom: 24 }}
        dataSource={[
          ...results.share.groups,
          {
            kind: 'total' as SectorKind,
            label: 'Chung',
            units: results.share.total.units,
            active: results.share.total.active,
            percent: results.share.total.percent,
            target: null,
            met: null,
          },
        ]}
        columns={SHARE_COLUMNS}
      />
    </>
  );
}

export function SettingsTab({ results }: { results: RoundResults }) {
  const { message } = App.useApp();
  const saveSettings = useSaveResultsSettings();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const s = results.settings;

  useEffect(() => {
    form.setFieldsValue({
      enterpriseTarget: s.enterpriseTarget,
      publicTarget: s.publicTarget,
      activityCode: s.activityCode,
      compare: s.compare,
      kinds: Object.fromEntries(s.sectorKinds.map((k) => [k.sectorId, k.kind])),
    });
  }, [results, form, s]);

  const save = async () => {
    const v = form.getFieldsValue(true) as Values;
    const input: ResultsSettingsInput = {
      roundId: results.round.id,
      enterpriseTarget: v.enterpriseTarget ?? null,
      publicTarget: v.publicTarget ?? null,
      activityCode: v.activityCode ?? '',
      countUnitActivities: s.countUnitActivities,
      compare: v.compare,
      sectorKinds: Object.entries(v.kinds ?? {}).map(([sectorId, kind]) => ({ sectorId: Number(sectorId), kind })),
    };
    setSaving(true);
    try {
      await saveSettings.mutateAsync(input);
      message.success('Đã lưu cài đặt và tính lại kết quả.');
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="settings-tab">
      <ShareSection results={results} />
      <h3>Cài đặt của đợt này</h3>
      <Form<Values> form={form} layout="vertical" style={{ maxWidth: 860 }}>
        <div className="form-grid-3">
          <Form.Item name="enterpriseTarget" label="Chỉ tiêu khối doanh nghiệp (%)">
            <InputNumber min={0} max={100} style={{ width: '100%' }} placeholder="Không giao" />
          </Form.Item>
          <Form.Item name="publicTarget" label="Chỉ tiêu khối hành chính, sự nghiệp (%)">
            <InputNumber min={0} max={100} style={{ width: '100%' }} placeholder="Không giao" />
          </Form.Item>
          <Form.Item
            name="activityCode"
            label="Mã chỉ tiêu “số hoạt động”"
            tooltip="Đơn vị có số liệu chỉ tiêu này lớn hơn 0 được tính là có hoạt động."
          >
            <Input maxLength={20} />
          </Form.Item>
        </div>
        <Form.Item name="compare" label="So sánh với">
          <Select
            style={{ maxWidth: 520 }}
            options={[
              {
                value: 'auto',
                label: `Tự tìm cùng kỳ năm trước${results.settings.compare === 'auto' && results.previous ? ` (đang dùng: ${results.previous.name})` : ''}`,
              },
              { value: 'none', label: 'Không so sánh' },
              ...results.otherRounds.map((r) => ({ value: r.id, label: r.name })),
            ]}
          />
        </Form.Item>
        <div className="chart-title">
          <span>Nhóm của từng khối</span>
        </div>
        <table className="kinds-table">
          <tbody>
            {s.sectorKinds.map((k) => (
              <tr key={k.sectorId}>
                <td>{k.name}</td>
                <td>
                  <Form.Item name={['kinds', k.sectorId]} noStyle>
                    <Select
                      size="small"
                      style={{ width: 330 }}
                      aria-label={`Nhóm của khối ${k.name}`}
                      options={SECTOR_KINDS.map((x) => ({ value: x, label: SECTOR_KIND_LABELS[x] }))}
                    />
                  </Form.Item>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Button type="primary" loading={saving} onClick={save} style={{ marginTop: 16 }}>
          Lưu cài đặt và tính lại
        </Button>
      </Form>
    </div>
  );
}

export function CountUnitActivitiesSwitch({ results }: { results: RoundResults }) {
  const { message } = App.useApp();
  const saveSettings = useSaveResultsSettings();
  const [busy, setBusy] = useState(false);
  const s = results.settings;
  const toggle = async (on: boolean) => {
    setBusy(true);
    try {
      await saveSettings.mutateAsync({
        roundId: results.round.id,
        enterpriseTarget: s.enterpriseTarget,
        publicTarget: s.publicTarget,
        activityCode: s.activityCode,
        countUnitActivities: on,
        compare: s.compare,
        sectorKinds: [],
      });
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Switch
      size="small"
      checked={s.countUnitActivities}
      loading={busy}
      onChange={toggle}
      aria-label="Cộng hoạt động của công đoàn cơ sở chưa nộp báo cáo"
    />
  );
}
