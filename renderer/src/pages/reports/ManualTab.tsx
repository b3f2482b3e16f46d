import { Alert, App, Button, DatePicker, Empty, Form, Input, List, Select, Space, Table, Tag } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { formatIndicatorValue, formatNumberVi, parseIndicatorValue } from '../../../../shared/reports/parse-number';
import type { Indicator, RoundDetail, SubmissionInfo } from '../../../../shared/reports/schema';
import { saveManualSchema } from '../../../../shared/reports/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { foldVi } from '../../../../shared/text/vi';
import { call, errorMessage } from '../../api/client';
import { skipToken, useApi, useApiMutation } from '../../api/hooks';
import { saveDownload } from '../../lib/files';
import { DATE_FORMAT, dayjsToIso, showFieldErrors, zodRule } from '../../lib/forms';
import { StateTag } from './ui';
import { useRoundStatus } from './useReports';
import { today } from '../../lib/clock';

type Line = { key: string; group: string } | { key: string; ind: Indicator };

const PLACEHOLDER: Record<Indicator['kind'], string> = {
  count: 'ví dụ 12',
  money: 'ví dụ 1.500.000',
  percent: 'ví dụ 85',
  text: 'ghi tóm tắt',
};

function describe(s: SubmissionInfo): string {
  const when = `nhận ngày ${isoToVn(s.receivedOn)}`;
  return s.source === 'manual' ? `Nhập tay, ${when}` : `Tệp "${s.fileName ?? ''}", ${when}`;
}

/** Manual entry: type or correct one unit's figures (a paper report, a fix); saved as a new version flagged "nhập tay". */
export function ManualTab({
  round,
  unitId,
  selectUnit,
}: {
  round: RoundDetail;
  unitId: number | null;
  selectUnit: (id: number | null) => void;
}) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm();
  const saveManual = useApiMutation('reports.saveManual');
  const pickSubmission = useApiMutation('reports.useSubmission');
  const status = useRoundStatus(round.id);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const subs = useApi('reports.unitSubmissions', unitId ? { roundId: round.id, unitId } : skipToken);
  const row = status.data?.rows.find((r) => r.unitId === unitId);

  const lines = useMemo(() => {
    const out: Line[] = [];
    let group: string | null = null;
    for (const ind of round.indicators) {
      if (ind.group && ind.group !== group) out.push({ key: `g${out.length}`, group: ind.group });
      group = ind.group;
      out.push({ key: `i${ind.id}`, ind });
    }
    return out;
  }, [round.indicators]);

  useEffect(() => {
    form.resetFields();
    setError(null);
    const cur = subs.data?.current;
    const byId = new Map((cur?.values ?? []).map((v) => [v.indicatorId, v.value]));
    form.setFieldsValue({
      receivedOn: today(),
      values: Object.fromEntries(
        round.indicators.map((i) => {
          const v = byId.get(i.id);
          return [`v${i.id}`, v === undefined || v === null ? '' : typeof v === 'number' ? formatNumberVi(v) : v];
        }),
      ),
      highlights: cur?.highlights ?? '',
      difficulties: cur?.difficulties ?? '',
      proposals: cur?.proposals ?? '',
      reporterName: cur?.reporterName ?? '',
      reporterPhone: cur?.reporterPhone ?? '',
      note: '',
    });
  }, [subs.data, round.indicators, form, unitId]);

  const submit = async () => {
    let v;
    try {
      v = await form.validateFields();
    } catch {
      setError('Có chỉ tiêu nhập chưa đúng; hãy xem các ô tô đỏ.');
      return;
    }
    const empty = round.indicators.filter((i) => i.required && !String(v.values?.[`v${i.id}`] ?? '').trim()).map((i) => i.code);
    if (empty.length) {
      const go = await modal.confirm({
        title: `Còn ${empty.length} chỉ tiêu bắt buộc chưa có số liệu`,
        content: `Chỉ tiêu ${empty.join(', ')} chưa được điền. Vẫn lưu thì đơn vị được tính là đã báo cáo nhưng nằm trong danh sách "Thiếu số liệu" để nhắc bổ sung.`,
        okText: 'Vẫn lưu',
        cancelText: 'Quay lại điền tiếp',
      });
      if (!go) return;
    }
    setSaving(true);
    setError(null);
    try {
      await saveManual.mutateAsync({
        roundId: round.id,
        unitId: unitId!,
        receivedOn: dayjsToIso(v.receivedOn) ?? '',
        values: round.indicators.map((i) => ({ indicatorId: i.id, value: String(v.values?.[`v${i.id}`] ?? '').trim() || null })),
        highlights: v.highlights ?? '',
        difficulties: v.difficulties ?? '',
        proposals: v.proposals ?? '',
        reporterName: v.reporterName ?? '',
        reporterPhone: v.reporterPhone ?? '',
        note: v.note ?? '',
      });
      message.success(`Đã lưu số liệu của "${row?.unitName ?? ''}" (nhập tay).`);
    } catch (e) {
      showFieldErrors(form, e);
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const chooseVersion = (h: SubmissionInfo) => {
    const cur = subs.data?.current;
    modal.confirm({
      title: 'Dùng lại bản báo cáo này?',
      content: `Số liệu của đơn vị sẽ lấy theo: ${describe(h)}.${cur ? ` Bản đang dùng (${describe(cur)}) vẫn được giữ trong lịch sử và có thể dùng lại.` : ''}`,
      okText: 'Dùng bản này',
      cancelText: 'Không',
      onOk: async () => {
        try {
          await pickSubmission.mutateAsync({ submissionId: h.id });
          message.success('Đã chuyển sang dùng bản báo cáo đã chọn.');
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>Đơn vị:</span>
        <Select
          style={{ width: 460 }}
          aria-label="Chọn đơn vị để nhập tay"
          placeholder="Chọn đơn vị (gõ tên hoặc mã để tìm)"
          value={unitId ?? undefined}
          onChange={(v) => selectUnit(v ?? null)}
          loading={status.isLoading}
          showSearch={{ filterOption: (input, opt) => foldVi(String(opt?.title ?? '')).includes(foldVi(input)) }}
          options={(status.data?.rows ?? []).map((r) => ({
            value: r.unitId,
            title: `${r.unitCode} ${r.unitName}`,
            label: (
              <span>
                {r.unitCode} – {r.unitName}{' '}
                {r.state === 'missing' ? (
                  <Tag color="red">chưa nộp</Tag>
                ) : r.source === 'manual' ? (
                  <Tag color="purple">nhập tay</Tag>
                ) : null}
              </span>
            ),
          }))}
        />
        {row && <StateTag state={row.state} />}
      </Space>
      {!unitId && <Empty description="Chọn một đơn vị để nhập số liệu từ báo cáo giấy, hoặc sửa số liệu đơn vị đã gửi." />}
      {unitId && subs.error && <Alert type="error" showIcon title={errorMessage(subs.error)} />}
      {unitId && subs.data && (
        <Form form={form} layout="vertical" onFinish={submit}>
          <Alert
            type={subs.data.current ? 'info' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            title={
              subs.data.current
                ? `Số liệu đang dùng: ${describe(subs.data.current)}.`
                : 'Đơn vị này chưa có báo cáo. Số liệu nhập dưới đây sẽ được đánh dấu "nhập tay".'
            }
            description={
              subs.data.current
                ? 'Sửa số liệu rồi bấm "Lưu" để tạo bản mới (đánh dấu nhập tay); bản đang dùng vẫn được giữ trong lịch sử.'
                : undefined
            }
          />
          {round.indicators.some((i) => i.required) && (
            <p className="muted" style={{ margin: '0 0 8px' }}>
              Chỉ tiêu có dấu <span className="required-mark">*</span> là bắt buộc.
            </p>
          )}
          <Table<Line>
            className="manual-table"
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={lines}
            rowClassName={(l) => ('group' in l ? 'indicator-group' : '')}
            columns={[
              {
                title: 'Mã',
                key: 'code',
                width: 70,
                onCell: (l) => ({ colSpan: 'group' in l ? 5 : 1 }),
                render: (_: unknown, l) => ('group' in l ? l.group : l.ind.code),
              },
              {
                title: 'Nội dung chỉ tiêu',
                key: 'label',
                onCell: (l) => ({ colSpan: 'group' in l ? 0 : 1 }),
                render: (_: unknown, l) =>
                  'ind' in l ? (
                    <>
                      {l.ind.label}
                      {l.ind.required && (
                        <span className="required-mark" title="Chỉ tiêu bắt buộc">
                          {' '}
                          *
                        </span>
                      )}
                    </>
                  ) : null,
              },
              {
                title: 'Đơn vị tính',
                key: 'unit',
                width: 110,
                onCell: (l) => ({ colSpan: 'group' in l ? 0 : 1 }),
                render: (_: unknown, l) => ('ind' in l ? l.ind.unit : null),
              },
              {
                title: 'Chỉ tiêu giao',
                key: 'target',
                width: 110,
                align: 'right',
                onCell: (l) => ({ colSpan: 'group' in l ? 0 : 1 }),
                render: (_: unknown, l) => ('ind' in l && l.ind.target !== null ? formatIndicatorValue(l.ind.target, l.ind.kind) : null),
              },
              {
                title: 'Kết quả',
                key: 'value',
                width: 260,
                onCell: (l) => ({ colSpan: 'group' in l ? 0 : 1 }),
                render: (_: unknown, l) => {
                  if (!('ind' in l)) return null;
                  const ind = l.ind;
                  return (
                    <Form.Item
                      name={['values', `v${ind.id}`]}
                      rules={[
                        {
                          validator: async (_r, v) => {
                            const res = parseIndicatorValue(typeof v === 'string' ? v : null, ind.kind, { unit: ind.unit });
                            if (!res.ok) throw new Error(`'${String(v).trim()}' ${res.reason}`);
                          },
                        },
                      ]}
                    >
                      {ind.kind === 'text' ? (
                        <Input.TextArea
                          aria-label={`Kết quả chỉ tiêu ${ind.code}`}
                          autoSize={{ minRows: 1, maxRows: 4 }}
                          maxLength={2000}
                          placeholder={PLACEHOLDER.text}
                        />
                      ) : (
                        <Input
                          aria-label={`Kết quả chỉ tiêu ${ind.code}`}
                          placeholder={PLACEHOLDER[ind.kind]}
                          suffix={<span className="muted">{ind.kind === 'money' ? 'đ' : ind.kind === 'percent' ? '%' : ''}</span>}
                        />
                      )}
                    </Form.Item>
                  );
                },
              },
            ]}
          />
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: '0 16px', marginTop: 16 }}>
            <Form.Item name="highlights" label="Kết quả nổi bật" rules={[zodRule(saveManualSchema.shape.highlights)]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
            <Form.Item name="difficulties" label="Khó khăn, vướng mắc" rules={[zodRule(saveManualSchema.shape.difficulties)]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
            <Form.Item name="proposals" label="Đề xuất, kiến nghị" rules={[zodRule(saveManualSchema.shape.proposals)]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr 2fr', gap: '0 16px' }}>
            <Form.Item name="receivedOn" label="Ngày nhận báo cáo" rules={[{ required: true, message: 'Hãy chọn ngày nhận báo cáo.' }]}>
              <DatePicker
                format={DATE_FORMAT}
                style={{ width: '100%' }}
                allowClear={false}
                disabledDate={(d) => d.isAfter(today(), 'day')}
              />
            </Form.Item>
            <Form.Item name="reporterName" label="Người lập báo cáo" rules={[zodRule(saveManualSchema.shape.reporterName)]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="reporterPhone" label="Điện thoại" rules={[zodRule(saveManualSchema.shape.reporterPhone)]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="note" label="Ghi chú của văn phòng" rules={[zodRule(saveManualSchema.shape.note)]}>
              <Input maxLength={500} placeholder="Ví dụ: đơn vị gửi bản giấy ngày 20/5" />
            </Form.Item>
          </div>
          {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
            Lưu số liệu (nhập tay)
          </Button>
          {subs.data.history.length > 0 && (
            <List
              style={{ marginTop: 24 }}
              size="small"
              header={<b>Các lần báo cáo của đơn vị trong đợt này</b>}
              dataSource={subs.data.history}
              renderItem={(h) => (
                <List.Item
                  actions={[
                    ...(!h.isCurrent
                      ? [
                          <Button key="use" type="link" size="small" onClick={() => chooseVersion(h)}>
                            Dùng bản này
                          </Button>,
                        ]
                      : []),
                    ...(h.sha256
                      ? [
                          <Button
                            key="dl"
                            type="link"
                            size="small"
                            onClick={async () => {
                              try {
                                saveDownload(await call('reports.archivedFile', { submissionId: h.id }));
                              } catch (e) {
                                message.error(errorMessage(e));
                              }
                            }}
                          >
                            Tải tệp gốc
                          </Button>,
                        ]
                      : []),
                  ]}
                >
                  <span>
                    {h.isCurrent ? <Tag color="green">Đang dùng</Tag> : <Tag>Bản cũ</Tag>} {describe(h)}
                    <span className="muted"> — lưu vào phần mềm lúc {dayjs(h.createdAt).format('HH:mm DD/MM/YYYY')}</span>
                  </span>
                </List.Item>
              )}
            />
          )}
        </Form>
      )}
    </div>
  );
}
