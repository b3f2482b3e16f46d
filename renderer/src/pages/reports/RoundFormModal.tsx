import { Alert, Form, Modal } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { PlanRoundDraft } from '../../../../shared/reports/round-from-plan';
import type { IndicatorInput, RoundDetail } from '../../../../shared/reports/schema';
import { indicatorCopy } from '../../../../shared/reports/schema';
import { call } from '../../api/client';
import { skipToken, useApi, useApiMutation } from '../../api/hooks';
import { isoToDayjs, useFormSave } from '../../lib/forms';
import { useGuardedForm } from '../../components/useGuardedForm';
import { RoundFormFields } from './RoundFormFields';
import { roundInput, startingSet, type RoundFormValues } from './round-form-values';
import { suggestRoundCode } from './ui';
import { useUnitsWithDissolved } from './useReports';

/** The indicator set a new round starts with (see startingSet), fetched when it is not at hand. */
async function startingIndicators(v: RoundFormValues, plan: PlanRoundDraft | null): Promise<IndicatorInput[]> {
  const start = startingSet(v, plan);
  if (start.from === 'default') return call('reports.defaultIndicators', {});
  if (start.from === 'round') return (await call('reports.getRound', { id: start.roundId })).indicators.map(indicatorCopy);
  return start.indicators;
}

interface Props {
  open: boolean;
  /** null: create a new round. */
  roundId: number | null;
  onClose: () => void;
  onSaved: (r: RoundDetail, created: boolean) => void;
  /** Create the round from this plan (pre-filled from it, and linked to it). */
  plan?: PlanRoundDraft | null;
}

/** Create or edit a reporting round: name, code, period, deadline, units; on creation, the starting indicator set. */
export function RoundFormModal({ open, roundId, onClose, onSaved, plan = null }: Props) {
  const [form] = Form.useForm();
  const { saving, error, setError, run } = useFormSave(form);
  const guard = useGuardedForm({ open, form, onClose });
  const [codeTouched, setCodeTouched] = useState(false);
  const units = useUnitsWithDissolved();
  const round = useApi('reports.getRound', roundId ? { id: roundId } : skipToken, { enabled: open });
  const updateRound = useApiMutation('reports.updateRound');
  const createRound = useApiMutation('reports.createRound');
  const createFromPlan = useApiMutation('reports.createRoundFromPlan');

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
    let v: RoundFormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const fields = roundInput(v);
    await run(async () => {
      if (roundId) {
        const saved = await updateRound.mutateAsync({ id: roundId, ...fields });
        guard.saved();
        onSaved(saved, false);
      } else {
        const indicators = await startingIndicators(v, plan);
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
        <RoundFormFields roundId={roundId} plan={plan} activeCount={activeUnits.length} unitOptions={unitOptions} />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
