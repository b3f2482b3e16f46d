import { Alert, App, AutoComplete, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { INCOMING_KINDS, INCOMING_KIND_LABELS, kindFromNumber, type IncomingKind } from '../../../../shared/incoming/kinds';
import { incomingFields, type IncomingDocument } from '../../../../shared/incoming/schema';
import { call, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { today } from '../../lib/clock';
import { fileToBase64, saveDownload } from '../../lib/files';
import { DATE_FORMAT, dayjsToIso, isoToDayjs, useFormSave, zodRule } from '../../lib/forms';
import { useGuardedForm } from '../../components/useGuardedForm';

// "Thêm văn bản đến" / "Sửa": one entry of the register, with its file. The fields are checked with
// the API's own schemas; the server's messages (a used arrival number, a wrong file) land on them.

interface Values {
  receivedOn: Dayjs;
  arrivalNo?: number | null;
  docNumber?: string;
  docDate?: Dayjs;
  docKind?: IncomingKind;
  issuer?: string;
  subject?: string;
  deadline?: Dayjs | null;
  handler?: string;
  notes?: string;
  done?: boolean;
}

interface Props {
  open: boolean;
  entry: IncomingDocument | null;
  /** Bodies already in the register, offered while typing "Nơi ban hành". */
  issuers: string[];
  onClose: () => void;
  onSaved: (d: IncomingDocument) => void;
}

const notAfterToday = (what: string) => ({
  validator: async (_r: unknown, v: Dayjs | null | undefined) => {
    if (v && v.isAfter(today(), 'day')) throw new Error(`${what} không được sau ngày hôm nay.`);
  },
});

/** The number the app will give on that date of arrival, shown in the empty "Số đến" field. */
function useNextArrivalNo(open: boolean, receivedIso: string | null): number | null {
  const [nextNo, setNextNo] = useState<number | null>(null);
  useEffect(() => {
    if (!open || !receivedIso) return;
    let live = true;
    call('incoming.nextArrivalNo', { receivedOn: receivedIso })
      .then((r) => live && setNextNo(r.next))
      .catch(() => live && setNextNo(null));
    return () => {
      live = false;
    };
  }, [open, receivedIso]);
  return nextNo;
}

/** The form's values as the fields of a create or update call. */
function entryInput(v: Values, entry: IncomingDocument | null) {
  // A new year of arrival with the old number untouched: the next number of that year.
  const movedYear = !!entry && v.receivedOn.year() !== Number(entry.receivedOn.slice(0, 4)) && v.arrivalNo === entry.arrivalNo;
  return {
    receivedOn: dayjsToIso(v.receivedOn)!,
    arrivalNo: movedYear ? null : (v.arrivalNo ?? null),
    docNumber: v.docNumber ?? '',
    docDate: dayjsToIso(v.docDate) ?? '',
    docKind: v.docKind!,
    issuer: v.issuer ?? '',
    subject: v.subject ?? '',
    deadline: dayjsToIso(v.deadline) ?? '',
    handler: v.handler ?? '',
    notes: v.notes ?? '',
    done: !!v.done,
  };
}

export function IncomingFormModal({ open, entry, issuers, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiMutation('incoming.create');
  const update = useApiMutation('incoming.update');
  const { saving, error, setError, run } = useFormSave(form);
  const guard = useGuardedForm({ open, form, onClose, draftKey: `incoming:${entry?.id ?? 'new'}` });
  const [picked, setPicked] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [removeFile, setRemoveFile] = useState(false);
  const [kindTouched, setKindTouched] = useState(false);
  const receivedOn = Form.useWatch('receivedOn', form);

  useEffect(() => {
    if (!open) return;
    setError(null);
    setPicked(null);
    setRemoveFile(false);
    setKindTouched(!!entry);
    form.resetFields();
    if (entry) {
      form.setFieldsValue({
        ...entry,
        receivedOn: isoToDayjs(entry.receivedOn)!,
        docDate: isoToDayjs(entry.docDate)!,
        deadline: isoToDayjs(entry.deadline),
        handler: entry.handler ?? '',
        notes: entry.notes ?? '',
      });
    } else {
      form.setFieldsValue({ receivedOn: today(), done: false });
    }
  }, [open, entry, form, setError]);

  const nextNo = useNextArrivalNo(open, dayjsToIso(receivedOn));

  const pick = async (f: File) => {
    try {
      setPicked({ fileName: f.name, dataBase64: await fileToBase64(f) });
      setRemoveFile(false);
      form.setFields([{ name: 'file' as never, errors: [] }]);
    } catch {
      message.error(`Không đọc được tệp "${f.name}". Hãy chọn lại.`);
    }
  };

  const download = async () => {
    if (!entry) return;
    try {
      saveDownload(await call('incoming.file', { id: entry.id }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input = entryInput(v, entry);
    await run(async () => {
      const saved = entry
        ? await update.mutateAsync({ id: entry.id, ...input, file: picked, removeFile })
        : await create.mutateAsync({ ...input, file: picked });
      guard.saved();
      onSaved(saved);
    });
  };

  const currentFile = removeFile ? null : (picked?.fileName ?? entry?.file?.name ?? null);
  return (
    <Modal
      open={open}
      title={entry ? `Sửa văn bản đến số ${entry.arrivalNo}` : 'Thêm văn bản đến'}
      okText={entry ? 'Lưu thay đổi' : 'Vào sổ'}
      cancelText="Hủy"
      onOk={submit}
      confirmLoading={saving}
      {...guard.modalProps}
      width={820}
      style={{ top: 24 }}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {guard.notice}
      <Form form={form} layout="vertical" onFinish={submit} className="incoming-form" {...guard.formProps}>
        <EntryFields
          nextNo={nextNo}
          issuers={issuers}
          onKindPicked={() => setKindTouched(true)}
          onNumberTyped={(n) => {
            const kind = kindFromNumber(n);
            if (!kindTouched && kind) form.setFieldsValue({ docKind: kind });
          }}
        />
        <Form.Item name="file" label="Tệp văn bản (PDF hoặc Word, tối đa 20 MB)">
          <FileField
            current={currentFile}
            canDownload={!!entry?.file && !picked && !removeFile}
            onPick={(f) => void pick(f)}
            onDownload={download}
            onRemove={() => {
              setPicked(null);
              setRemoveFile(!!entry?.file);
            }}
          />
        </Form.Item>
        <Form.Item name="done" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>Đã xử lý xong (không nhắc hạn trên trang Tổng quan nữa)</Checkbox>
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}

/** The entry's own fields: dates and numbers, who issued it and about what, who handles it. */
function EntryFields(props: {
  nextNo: number | null;
  issuers: string[];
  onKindPicked: () => void;
  onNumberTyped: (docNumber: string) => void;
}) {
  const { nextNo, issuers, onKindPicked, onNumberTyped } = props;
  return (
    <>
      <div className="incoming-grid">
        <Form.Item
          required
          name="receivedOn"
          label="Ngày đến"
          rules={[{ required: true, message: 'Hãy chọn ngày đến.' }, notAfterToday('Ngày đến')]}
        >
          <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="arrivalNo" label="Số đến" tooltip="Để trống thì phần mềm lấy số tiếp theo trong năm.">
          <InputNumber
            min={1}
            max={99999}
            precision={0}
            style={{ width: '100%' }}
            placeholder={nextNo ? `Tự động: ${nextNo}` : 'Tự động'}
          />
        </Form.Item>
        <Form.Item required name="docKind" label="Loại văn bản" rules={[{ required: true, message: 'Hãy chọn loại văn bản.' }]}>
          <Select
            placeholder="Chọn loại"
            onChange={onKindPicked}
            options={INCOMING_KINDS.map((k) => ({ value: k, label: INCOMING_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item required name="docNumber" label="Số và ký hiệu" rules={[zodRule(incomingFields.docNumber)]}>
          <Input maxLength={60} placeholder="Ví dụ: 29/KH-LĐLĐ" onChange={(e) => onNumberTyped(e.target.value)} />
        </Form.Item>
        <Form.Item
          required
          name="docDate"
          label="Ngày văn bản"
          dependencies={['receivedOn']}
          rules={[
            { required: true, message: 'Hãy chọn ngày ghi trên văn bản.' },
            ({ getFieldValue }) => ({
              validator: async (_r, v: Dayjs | null) => {
                const got = getFieldValue('receivedOn') as Dayjs | null;
                if (v && got && v.isAfter(got, 'day')) throw new Error('Ngày văn bản phải trước hoặc bằng ngày đến.');
              },
            }),
          ]}
        >
          <DatePicker format={DATE_FORMAT} placeholder="ngày/tháng/năm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deadline" label="Hạn xử lý">
          <DatePicker format={DATE_FORMAT} placeholder="Không có hạn" style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item
        required
        name="issuer"
        label="Nơi ban hành"
        rules={[zodRule(incomingFields.issuer)]}
        tooltip="Ghi đầy đủ như khi viết trong câu “Thực hiện … của …”."
      >
        <AutoComplete
          maxLength={200}
          placeholder="Ví dụ: Ban Thường vụ Liên đoàn Lao động tỉnh An Giang"
          options={issuers.map((i) => ({ value: i }))}
          filterOption={(input, o) =>
            String(o?.value ?? '')
              .toLocaleLowerCase('vi')
              .includes(input.toLocaleLowerCase('vi'))
          }
        />
      </Form.Item>
      <Form.Item required name="subject" label="Trích yếu" rules={[zodRule(incomingFields.subject)]}>
        <Input.TextArea
          maxLength={500}
          autoSize={{ minRows: 2, maxRows: 4 }}
          placeholder="Ví dụ: Về việc tổ chức các hoạt động Tháng Công nhân năm 2026"
        />
      </Form.Item>
      <div className="incoming-grid">
        <Form.Item name="handler" label="Người xử lý" rules={[zodRule(incomingFields.handler)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="notes" label="Ghi chú" rules={[zodRule(incomingFields.notes)]} className="incoming-span2">
          <Input maxLength={500} />
        </Form.Item>
      </div>
    </>
  );
}

/** The kept file, or the one picked to replace it; sits in a form item so the server's message shows under it. */
function FileField(props: {
  current: string | null;
  canDownload: boolean;
  onPick: (f: File) => void;
  onDownload: () => void;
  onRemove: () => void;
  /** Given by Form.Item; the file travels beside the form's values. */
  value?: unknown;
}) {
  const { current, canDownload, onPick, onDownload, onRemove } = props;
  return (
    <Space wrap>
      {current ? (
        <span>
          <PaperClipOutlined /> {current}
        </span>
      ) : (
        <span className="muted">Chưa đính kèm tệp.</span>
      )}
      <Upload
        accept=".pdf,.docx,.doc"
        multiple={false}
        showUploadList={false}
        beforeUpload={(f) => {
          onPick(f);
          return false;
        }}
      >
        <Button>{current ? 'Chọn tệp khác…' : 'Chọn tệp…'}</Button>
      </Upload>
      {canDownload && (
        <Button icon={<DownloadOutlined />} onClick={onDownload}>
          Tải về
        </Button>
      )}
      {current && (
        <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove}>
          Bỏ tệp
        </Button>
      )}
    </Space>
  );
}
