import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentRecord, TemplateInfo } from '../../../../shared/documents/api';
import { saveTemplateSchema } from '../../../../shared/documents/api';
import { KIND_NAMES } from '../../../../shared/documents/model';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { showFieldErrors, zodRule } from '../../lib/forms';
import { useGuardedForm } from '../../components/useGuardedForm';

export function SaveTemplateModal({
  record,
  open,
  onClose,
  beforeSave,
  onSaved,
}: {
  record: DocumentRecord;
  open: boolean;
  onClose: () => void;
  beforeSave: () => Promise<unknown>;
  onSaved: (t: TemplateInfo) => void;
}) {
  const [form] = Form.useForm<{ name: string }>();
  const saveAsTemplate = useApiMutation('documents.saveAsTemplate');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const guard = useGuardedForm({ open, form, onClose });

  useEffect(() => {
    if (open) {
      const title = record.title.charAt(0).toLocaleLowerCase('vi') + record.title.slice(1);
      form.setFieldsValue({ name: `${KIND_NAMES[record.kind]} ${title}`.replace(new RegExp(`\\s*năm ${record.year}\\b`), '') });
      setError(null);
    }
  }, [open, record, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      await beforeSave();
      const saved = await saveAsTemplate.mutateAsync({ id: record.id, name: v.name });
      guard.saved();
      onSaved(saved);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="Lưu thành mẫu văn bản"
      okText="Lưu mẫu"
      cancelText="Hủy"
      onOk={submit}
      {...guard.modalProps}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p style={{ marginTop: 0 }}>
        Mẫu giữ toàn bộ nội dung văn bản này. Khi tạo văn bản từ mẫu cho năm khác, phần mềm tự đổi năm, ngày tháng và số năm kỷ niệm.
      </p>
      <Form form={form} layout="vertical" requiredMark={false} {...guard.formProps}>
        <Form.Item name="name" label="Tên mẫu" rules={[zodRule(saveTemplateSchema.shape.name)]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
