import { Alert, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { Unit } from '../../../../shared/units/schema';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DATE_FORMAT, showFieldErrors } from '../../lib/forms';
import { useGuardedForm } from '../../components/useGuardedForm';
import { today } from '../../lib/clock';

/** Marks a unit dissolved on a date; it stays in history and can be restored. */
export function DissolveModal({ unit, onClose, onDone }: { unit: Unit | null; onClose: () => void; onDone: (u: Unit) => void }) {
  const [form] = Form.useForm<{ dissolvedOn: Dayjs }>();
  const dissolve = useApiMutation('units.dissolve');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const guard = useGuardedForm({ open: !!unit, form, onClose });
  useEffect(() => {
    if (unit) {
      form.setFieldsValue({ dissolvedOn: today() });
      setError(null);
    }
  }, [unit, form]);
  const submit = async () => {
    if (!unit) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      const done = await dissolve.mutateAsync({ id: unit.id, dissolvedOn: v.dissolvedOn.format('YYYY-MM-DD') });
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
      open={!!unit}
      title={`Giải thể: ${unit?.name ?? ''}`}
      okText="Giải thể"
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={submit}
      {...guard.modalProps}
      destroyOnHidden
    >
      <p>
        Đơn vị đã giải thể được ẩn khỏi danh sách nhưng vẫn giữ trong lịch sử và số liệu các kỳ trước. Có thể khôi phục lại bất cứ lúc nào.
      </p>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" {...guard.formProps}>
        <Form.Item name="dissolvedOn" label="Ngày giải thể" rules={[{ required: true, message: 'Hãy chọn ngày giải thể.' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: 200 }} disabledDate={(d) => d.isAfter(today(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
