import { Alert, DatePicker, Form, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { DocumentRecord } from '../../../../shared/documents/api';
import { documentCode, documentDateLine } from '../../../../shared/documents/dates';
import { KIND_NAMES } from '../../../../shared/documents/model';
import { isoToVn } from '../../../../shared/text/dates';
import { errorMessage } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { DATE_FORMAT, dayjsToIso, showFieldErrors } from '../../lib/forms';
import { today } from '../../lib/clock';
import { useGuardedForm } from '../../components/useGuardedForm';

// Issuing: the next number of the register (the clerk can type another), the date (today by
// default); then the document is locked.

interface Values {
  date: Dayjs;
  number: number | null;
}

export function IssueModal({
  record,
  open,
  onClose,
  beforeIssue,
  onIssued,
}: {
  record: DocumentRecord;
  open: boolean;
  onClose: () => void;
  /** Saves pending edits first; false stops the issue. */
  beforeIssue: () => Promise<boolean>;
  onIssued: (r: DocumentRecord) => void;
}) {
  const [form] = Form.useForm<Values>();
  const date = Form.useWatch('date', form);
  const number = Form.useWatch('number', form);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const iso = dayjsToIso(date) ?? today().format('YYYY-MM-DD');
  // Refreshed after every issue (api/invalidation); while another date's number loads, the last one stays.
  const proposal = useApi('documents.proposeNumber', { id: record.id, date: iso }, { enabled: open, placeholderData: (p) => p });
  const issue = useApiMutation('documents.issue');
  const guard = useGuardedForm({ open, form, onClose });

  useEffect(() => {
    if (open) {
      form.setFieldsValue({ date: today(), number: null });
      setTouched(false);
      setError(null);
    }
  }, [open, form]);

  useEffect(() => {
    if (proposal.data && !touched) form.setFieldsValue({ number: proposal.data.next });
  }, [proposal.data, touched, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      if (!(await beforeIssue())) {
        setError('Văn bản còn chỗ chưa lưu được (xem dòng trạng thái ở trên). Hãy sửa rồi ban hành lại.');
        return;
      }
      const issued = await issue.mutateAsync({ id: record.id, number: v.number ?? null, date: dayjsToIso(v.date)! });
      guard.saved();
      onIssued(issued);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const suffix = record.doc.header.codeSuffix;
  const last = proposal.data?.last;
  return (
    <Modal
      open={open}
      title={`Ban hành ${KIND_NAMES[record.kind].toLocaleLowerCase('vi')}`}
      okText="Ban hành"
      cancelText="Hủy"
      onOk={submit}
      {...guard.modalProps}
      confirmLoading={busy}
      destroyOnHidden
      width={560}
    >
      <p style={{ marginTop: 0 }}>
        <b>{record.title}</b>
      </p>
      <Form form={form} layout="vertical" requiredMark={false} {...guard.formProps}>
        <Form.Item name="date" label="Ngày ban hành" rules={[{ required: true, message: 'Hãy chọn ngày ban hành.' }]}>
          <DatePicker format={DATE_FORMAT} allowClear={false} disabledDate={(d) => d.isAfter(today(), 'day')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="number"
          label="Số văn bản"
          rules={[{ required: true, message: 'Hãy nhập số văn bản.' }]}
          extra={
            proposal.data &&
            (last
              ? `Số tiếp theo trong sổ văn bản đi năm ${proposal.data.year}: ${proposal.data.next}. Số cấp gần nhất: ${documentCode(last.number, record.kind, suffix)} ngày ${isoToVn(last.date)} (${last.title}).`
              : `Chưa có ${KIND_NAMES[record.kind].toLocaleLowerCase('vi')} nào được cấp số trong năm ${proposal.data.year}: số đầu tiên là 1.`)
          }
        >
          <InputNumber min={1} max={99999} style={{ width: 200 }} onChange={() => setTouched(true)} />
        </Form.Item>
      </Form>
      {number && date && (
        <div style={{ fontFamily: "'Times New Roman', serif", fontSize: 16, margin: '0 0 12px' }} aria-label="Số và ngày sẽ in">
          Số: {documentCode(number, record.kind, suffix)} &nbsp;·&nbsp; <i>{documentDateLine(record.doc.header.placeName, iso)}</i>
        </div>
      )}
      <Alert
        type="warning"
        showIcon
        title='Sau khi ban hành, văn bản được khóa và không sửa được nữa. Muốn sửa, hãy dùng "Tạo bản nháp mới từ văn bản này".'
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
