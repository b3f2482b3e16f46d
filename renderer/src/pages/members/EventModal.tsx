import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { Member, MemberEventKind, MemberWithEvents } from '../../../../shared/members/schema';
import { EVENT_KIND_LABELS } from '../../../../shared/members/schema';
import type { MethodInput } from '../../../../shared/api/contract';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DATE_FORMAT, showFieldErrors } from '../../lib/forms';
import { useGuardedForm } from '../../components/useGuardedForm';
import { foldedFilter } from '../../lib/select';
import { useUnitOptions } from './useUnitOptions';
import { today } from '../../lib/clock';

export type EventChoice = Exclude<MemberEventKind, 'register'>;

/** Which events make sense for a member in a given status. */
export function eventChoices(m: Member): EventChoice[] {
  return m.status === 'active' ? ['transfer', 'transferOut', 'leave', 'card'] : ['admit', 'transferIn', 'card'];
}

/** What the event form holds; which fields are shown depends on the kind. */
interface EventFormValues {
  date: dayjs.Dayjs;
  note?: string;
  unitId: number;
  toUnitId: number;
  externalUnit?: string;
  decisionNo?: string;
  reason?: string;
  cardNo?: string;
}

/** The form's values as the API input of one event of `kind`. */
function eventInput(kind: EventChoice, memberId: number, v: EventFormValues): MethodInput<'members.addEvent'> {
  const base = { memberId, date: v.date.format('YYYY-MM-DD'), note: v.note ?? '' };
  switch (kind) {
    case 'admit':
      return { ...base, kind, unitId: v.unitId, decisionNo: v.decisionNo ?? '' };
    case 'transferIn':
      return { ...base, kind, unitId: v.unitId, externalUnit: v.externalUnit ?? '', decisionNo: v.decisionNo ?? '' };
    case 'transfer':
      return { ...base, kind, toUnitId: v.toUnitId, decisionNo: v.decisionNo ?? '' };
    case 'transferOut':
      return { ...base, kind, externalUnit: v.externalUnit ?? '', decisionNo: v.decisionNo ?? '' };
    case 'leave':
      return { ...base, kind, reason: v.reason ?? '', decisionNo: v.decisionNo ?? '' };
    case 'card':
      return { ...base, kind, cardNo: v.cardNo ?? '' };
  }
}

/** Records one dated life event (kết nạp, chuyển sinh hoạt, thôi sinh hoạt, cấp thẻ…). */
export function EventModal({
  member,
  kind,
  onClose,
  onDone,
}: {
  member: Member | null;
  kind: EventChoice | null;
  onClose: () => void;
  onDone: (r: MemberWithEvents) => void;
}) {
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const addEvent = useApiMutation('members.addEvent');
  const units = useUnitOptions().filter((u) => u.value !== member?.unitId || kind !== 'transfer');
  useEffect(() => {
    if (member && kind) {
      form.resetFields();
      form.setFieldsValue({ date: today(), unitId: member.unitId });
      setError(null);
    }
  }, [member, kind, form]);
  const guard = useGuardedForm({ open: !!member && !!kind, form, onClose });
  if (!member || !kind) return null;

  const submit = async () => {
    const v = (await form.validateFields().catch(() => null)) as EventFormValues | null;
    if (!v) return;
    setSaving(true);
    setError(null);
    const input = eventInput(kind, member.id, v);
    try {
      const done = await addEvent.mutateAsync(input);
      guard.saved();
      onDone(done);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`${EVENT_KIND_LABELS[kind]}: ${member.name}`}
      okText="Ghi nhận"
      cancelText="Hủy"
      onOk={submit}
      {...guard.modalProps}
      confirmLoading={saving}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" {...guard.formProps}>
        <Form.Item name="date" label="Ngày" rules={[{ required: true, message: 'Hãy chọn ngày.' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: 200 }} disabledDate={(d) => d.isAfter(today(), 'day')} />
        </Form.Item>
        {(kind === 'admit' || kind === 'transferIn') && (
          <Form.Item name="unitId" label="Vào công đoàn cơ sở" rules={[{ required: true, message: 'Hãy chọn công đoàn cơ sở.' }]}>
            <Select showSearch={{ filterOption: foldedFilter }} options={units} />
          </Form.Item>
        )}
        {kind === 'transfer' && (
          <Form.Item
            name="toUnitId"
            label="Chuyển sang công đoàn cơ sở"
            rules={[{ required: true, message: 'Hãy chọn đơn vị chuyển đến.' }]}
          >
            <Select showSearch={{ filterOption: foldedFilter }} options={units} placeholder="Chọn đơn vị" />
          </Form.Item>
        )}
        {(kind === 'transferIn' || kind === 'transferOut') && (
          <Form.Item name="externalUnit" label={kind === 'transferIn' ? 'Chuyển đến từ (ngoài đơn vị)' : 'Chuyển đến nơi (ngoài đơn vị)'}>
            <Input maxLength={255} />
          </Form.Item>
        )}
        {kind === 'leave' && (
          <Form.Item name="reason" label="Lý do" rules={[{ required: true, message: 'Hãy nhập lý do thôi sinh hoạt.' }]}>
            <Input maxLength={500} placeholder="Ví dụ: nghỉ hưu, nghỉ việc, chuyển công tác ra ngoài" />
          </Form.Item>
        )}
        {kind === 'card' && (
          <Form.Item name="cardNo" label="Số thẻ">
            <Input maxLength={30} />
          </Form.Item>
        )}
        {kind !== 'card' && (
          <Form.Item name="decisionNo" label="Số quyết định (nếu có)">
            <Input maxLength={50} />
          </Form.Item>
        )}
        <Form.Item name="note" label="Ghi chú">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
