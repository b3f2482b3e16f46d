import { Alert, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { PlanRoundDraft } from '../../../../shared/reports/round-from-plan';
import type { IndicatorInput, RoundDetail } from '../../../../shared/reports/schema';
import { indicatorCopy, roundFields } from '../../../../shared/reports/schema';
import { foldVi } from '../../../../shared/text/vi';
import { call } from '../../api/client';
import { skipToken, useApi, useApiMutation } from '../../api/hooks';
import { DATE_FORMAT, dayjsToIso, isoToDayjs, useFormSave, zodRule } from '../../lib/forms';
import { useGuardedForm } from '../../components/useGuardedForm';
import { today } from '../../lib/clock';
import { suggestRoundCode } from './ui';
import { useRounds, useUnitsWithDissolved } from './useReports';

interface Props {
  open: boolean;
  /** null: create a new round. */
  roundId: number | null;
  onClose: () => void;
  onSaved: (r: RoundDetail, created: boolean) => void;
  /** Create the round from this plan (pre-filled from it, and linked to it). */
  plan?: PlanRoundDraft | null;
}

type Start = 'default' | 'copy' | 'empty' | 'plan';

/** Create or edit a reporting round: name, code, period, deadline, units; on creation, the starting indicator set. */
export function RoundFormModal({ open, roundId, onClose, onSaved, plan = null }: Props) {
  const [form] = Form.useForm();
  const { saving, error, setError, run } = useFormSave(form);
  const guard = useGuardedForm({ open, form, onClose });
  const [codeTouched, setCodeTouched] = useState(false);
  const units = useUnitsWithDissolved();
  const rounds = useRounds();
  const round = useApi('reports.getRound', roundId ? { id: roundId } : skipToken, { enabled: open });
  const updateRound = useApiMutation('reports.updateRound');
  const createRound = useApiMutation('reports.createRound');
  const createFromPlan = useApiMutation('reports.createRoundFromPlan');
  const unitMode = Form.useWatch('unitMode', form) as 'all' | 'some' | undefined;
  const start = Form.useWatch('start', form) as Start | undefined;

  const activeUnits = useMemo(() => (units.data?.items ?? []).filter((u) => !u.dissolvedOn), [units.data]);
  const unitOptions = useMemo(() => {
    const inRound = new Set(round.data?.unitIds ?? []);
    return (units.data?.items ?? [])
      .filter((u) => !u.dissolvedOn || inRound.has(u.id))
      .map((u) => ({ value: u.id, label: `${u.code} – ${u.name}${u.dissolvedOn ? ' (đã giải thể)' : ''}` }));
  }, [units.data, round.data]);

  useEffect(() => {
    if (!open) return;
    setError(null);
    setCodeTouched(!!roundId || !!plan);
    form.resetFields();
    if (!roundId) form.setFieldsValue({ unitMode: 'all', start: plan ? 'plan' : 'default' });
    if (!roundId && plan) {
      form.setFieldsValue({
        name: plan.name,
        code: plan.code,
        periodFrom: isoToDayjs(plan.periodFrom),
        periodTo: isoToDayjs(plan.periodTo),
        deadline: isoToDayjs(plan.deadline),
        notes: plan.notes,
      });
    }
  }, [open, roundId, plan, form, setError]);

  useEffect(() => {
    const r = round.data;
    if (!open || !roundId || !r) return;
    const active = new Set(activeUnits.map((u) => u.id));
    const isAll = r.unitIds.length === active.size && r.unitIds.every((id) => active.has(id));
    form.setFieldsValue({
      name: r.name,
      code: r.code,
      periodFrom: isoToDayjs(r.periodFrom),
      periodTo: isoToDayjs(r.periodTo),
      deadline: isoToDayjs(r.deadline),
      notes: r.notes,
      unitMode: isAll ? 'all' : 'some',
      unitIds: r.unitIds,
    });
  }, [open, roundId, round.data, activeUnits, form]);

  const submit = async () => {
    let v;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const fields = {
      name: v.name ?? '',
      code: v.code ?? '',
      periodFrom: dayjsToIso(v.periodFrom),
      periodTo: dayjsToIso(v.periodTo),
      deadline: dayjsToIso(v.deadline) ?? '',
      notes: v.notes ?? '',
      unitIds: v.unitMode === 'all' ? null : (v.unitIds ?? []),
    };
    await run(async () => {
      if (roundId) {
        const saved = await updateRound.mutateAsync({ id: roundId, ...fields });
        guard.saved();
        onSaved(saved, false);
      } else {
        let indicators: IndicatorInput[] = [];
        if (v.start === 'plan' && plan) indicators = plan.indicators;
        if (v.start === 'default') indicators = await call('reports.defaultIndicators', {});
        if (v.start === 'copy') {
          const prev = await call('reports.getRound', { id: v.copyFrom });
          indicators = prev.indicators.map(indicatorCopy);
        }
        const created = plan
          ? await createFromPlan.mutateAsync({ documentId: plan.documentId, ...fields, indicators })
          : await createRound.mutateAsync({ ...fields, indicators });
        guard.saved();
        onSaved(created, true);
      }
    });
  };

  return (
    <Modal
      open={open}
      title={
        roundId ? 'Sửa thông tin đợt báo cáo' : plan ? `Tạo đợt báo cáo từ ${plan.kindName.toLocaleLowerCase('vi')}` : 'Tạo đợt báo cáo'
      }
      okText={roundId ? 'Lưu thay đổi' : 'Tạo đợt'}
      cancelText="Hủy"
      onOk={submit}
      confirmLoading={saving}
      {...guard.modalProps}
      width={760}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {plan && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Kỳ báo cáo, hạn nộp và bộ chỉ tiêu lấy từ ${plan.kindName.toLocaleLowerCase('vi')}. Đợt được gắn với ${plan.kindName.toLocaleLowerCase('vi')}: mẫu báo cáo kèm theo (khi chưa ban hành) luôn có đúng các dòng của mẫu Excel gửi cơ sở.`}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed) => {
          guard.markDirty();
          if ('code' in changed) setCodeTouched(true);
          if ('name' in changed && !codeTouched) form.setFieldValue('code', suggestRoundCode(changed.name ?? ''));
        }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: '0 16px' }}>
          <Form.Item required name="name" label="Tên đợt báo cáo" rules={[zodRule(roundFields.name)]}>
            <Input autoFocus maxLength={200} placeholder={`Ví dụ: Kết quả Tháng Công nhân năm ${today().year()}`} />
          </Form.Item>
          <Form.Item required name="code" label="Mã đợt" rules={[zodRule(roundFields.code)]} extra="Dùng trong tên tệp mẫu">
            <Input maxLength={20} placeholder={`Ví dụ: TCN${today().year()}`} />
          </Form.Item>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: '0 16px' }}>
          <Form.Item name="periodFrom" label="Kỳ báo cáo từ ngày">
            <DatePicker format={DATE_FORMAT} placeholder="ngày/tháng/năm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="periodTo"
            label="Đến ngày"
            dependencies={['periodFrom']}
            rules={[
              {
                validator: async (_r, v) => {
                  const from = form.getFieldValue('periodFrom');
                  if (v && from && v.isBefore(from, 'day')) throw new Error('Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.');
                },
              },
            ]}
          >
            <DatePicker format={DATE_FORMAT} placeholder="ngày/tháng/năm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="deadline" label="Hạn nộp báo cáo" rules={[{ required: true, message: 'Hãy chọn hạn nộp báo cáo.' }]}>
            <DatePicker format={DATE_FORMAT} placeholder="ngày/tháng/năm" style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="unitMode" label="Đơn vị phải báo cáo">
          <Radio.Group>
            <Space orientation="vertical">
              <Radio value="all">Tất cả công đoàn cơ sở đang hoạt động ({activeUnits.length} đơn vị)</Radio>
              <Radio value="some">Chỉ một số đơn vị (chọn bên dưới)</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {unitMode === 'some' && (
          <Form.Item name="unitIds" rules={[{ required: true, message: 'Hãy chọn ít nhất một đơn vị.' }]}>
            <Select
              mode="multiple"
              aria-label="Chọn đơn vị phải báo cáo"
              placeholder="Gõ tên hoặc mã đơn vị để tìm (không dấu cũng được)"
              options={unitOptions}
              showSearch={{ filterOption: (input, opt) => foldVi(String(opt?.label ?? '')).includes(foldVi(input)) }}
              maxTagCount={12}
            />
          </Form.Item>
        )}
        {!roundId && (
          <Form.Item name="start" label="Bộ chỉ tiêu ban đầu" extra="Có thể sửa, thêm, bớt chỉ tiêu sau khi tạo đợt (thẻ Chỉ tiêu).">
            <Radio.Group>
              <Space orientation="vertical">
                {plan && (
                  <Radio value="plan">
                    Dùng bộ chỉ tiêu trong mẫu báo cáo kèm theo {plan.kindName.toLocaleLowerCase('vi')} ({plan.indicators.length} chỉ tiêu)
                  </Radio>
                )}
                <Radio value="default">Dùng bộ chỉ tiêu mặc định Tháng Công nhân</Radio>
                <Radio value="copy" disabled={!rounds.data?.length}>
                  Sao chép từ đợt trước
                </Radio>
                <Radio value="empty">Để trống, tự nhập chỉ tiêu</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
        )}
        {!roundId && start === 'copy' && (
          <Form.Item
            name="copyFrom"
            label="Sao chép chỉ tiêu từ đợt"
            rules={[{ required: true, message: 'Hãy chọn đợt để sao chép chỉ tiêu.' }]}
          >
            <Select
              placeholder="Chọn đợt báo cáo trước"
              options={(rounds.data ?? []).map((r) => ({ value: r.id, label: `${r.name} (${r.indicatorCount} chỉ tiêu)` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="notes" label="Ghi chú" rules={[zodRule(roundFields.notes)]}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={1000}
            placeholder={`Ví dụ: theo Kế hoạch số 15/KH-LĐLĐ ngày 10/4/${today().year()}`}
          />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
