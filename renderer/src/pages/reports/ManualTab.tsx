import { Alert, App, Button, DatePicker, Empty, Form, Input, Select, Space, Tag } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { formatNumberVi } from '../../../../shared/reports/parse-number';
import type { Indicator, RoundDetail, SubmissionDetail } from '../../../../shared/reports/schema';
import { saveManualSchema } from '../../../../shared/reports/schema';
import { foldVi } from '../../../../shared/text/vi';
import { errorMessage } from '../../api/client';
import { skipToken, useApi, useApiMutation } from '../../api/hooks';
import { DATE_FORMAT, dayjsToIso, showFieldErrors, zodRule } from '../../lib/forms';
import { ManualTable } from './ManualTable';
import { submissionText, SubmissionHistory } from './SubmissionHistory';
import { StateTag } from './ui';
import { useRoundStatus } from './useReports';
import { today } from '../../lib/clock';

/** The form filled from the report in use (numbers written the Vietnamese way), received today. */
function formValues(cur: SubmissionDetail | null, indicators: Indicator[]) {
  const byId = new Map((cur?.values ?? []).map((v) => [v.indicatorId, v.value]));
  return {
    receivedOn: today(),
    values: Object.fromEntries(
      indicators.map((i) => {
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
  };
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
  const status = useRoundStatus(round.id);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const subs = useApi('reports.unitSubmissions', unitId ? { roundId: round.id, unitId } : skipToken);
  const row = status.data?.rows.find((r) => r.unitId === unitId);

  useEffect(() => {
    form.resetFields();
    setError(null);
    const cur = subs.data?.current;
    form.setFieldsValue(formValues(cur ?? null, round.indicators));
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

  return (
    <div>
      <UnitSelect roundId={round.id} unitId={unitId} selectUnit={selectUnit} />
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
                ? `Số liệu đang dùng: ${submissionText(subs.data.current)}.`
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
          <ManualTable indicators={round.indicators} />
          <ReportTextFields />
          {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
            Lưu số liệu (nhập tay)
          </Button>
          {subs.data.history.length > 0 && <SubmissionHistory history={subs.data.history} current={subs.data.current} />}
        </Form>
      )}
    </div>
  );
}

/** The unit to type for, each marked when it has not reported or was typed by hand; its state beside. */
function UnitSelect({ roundId, unitId, selectUnit }: { roundId: number; unitId: number | null; selectUnit: (id: number | null) => void }) {
  const status = useRoundStatus(roundId);
  const row = status.data?.rows.find((r) => r.unitId === unitId);
  return (
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
              {r.state === 'missing' ? <Tag color="red">chưa nộp</Tag> : r.source === 'manual' ? <Tag color="purple">nhập tay</Tag> : null}
            </span>
          ),
        }))}
      />
      {row && <StateTag state={row.state} />}
    </Space>
  );
}

/** What the report says in words, and who made it and when it came. */
function ReportTextFields() {
  return (
    <>
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
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isAfter(today(), 'day')} />
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
    </>
  );
}
