import { Alert, App, Button, Col, Form, Input, Row, Space, Spin } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { officeSettingsSchema, type OfficeSettingsInput } from '../../../../shared/settings/schema';
import { OFFICE_EXAMPLES } from './examples';
import { errorMessage } from '../../api/client';
import { useApiMutation, useSettings } from '../../api/hooks';
import { showFieldErrors, zodRule } from '../../lib/forms';
import { HeaderPreview } from './HeaderPreview';
import { useUnsavedMark } from '../../lib/useUnsavedMark';

const f = officeSettingsSchema.shape;

/** Names wrap by themselves in the header; a line break typed here is kept as the clerk wants it. */
const BREAK_HINT = 'Tên dài được tự xuống dòng cân đối; muốn ngắt ở chỗ khác thì nhấn Enter tại chỗ đó.';

/** The office identity printed on every document. */
export function OfficeForm() {
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficeSettingsInput>();
  const values = Form.useWatch([], form) ?? {};
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const q = useSettings();
  const update = useApiMutation('settings.update', { writes: 'settings.get' });
  const [dirty, setDirty] = useState(false);
  useUnsavedMark(dirty);

  useEffect(() => {
    if (q.data) form.setFieldsValue(q.data.settings ?? { recipients: ['Lưu: VT'] });
  }, [q.data, form]);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    setError(null);
    try {
      const input = officeInput(v);
      await update.mutateAsync(input);
      setDirty(false);
      message.success('Đã lưu thông tin đơn vị.');
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  if (q.isLoading) return <Spin />;
  return (
    <Row gutter={24}>
      <Col xs={24} xl={13}>
        {q.data?.isEmpty && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message="Nhập thông tin đơn vị một lần; mọi văn bản, báo cáo sẽ dùng các thông tin này."
          />
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={save} onValuesChange={() => setDirty(true)}>
          <OfficeNameFields />
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="signerAuthority" label="Thẩm quyền ký" rules={[zodRule(f.signerAuthority)]} extra="Ví dụ: TM. BAN THƯỜNG VỤ">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item required name="signerTitle" label="Chức danh" rules={[zodRule(f.signerTitle)]} extra="Ví dụ: CHỦ TỊCH">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item required name="signerName" label="Người ký" rules={[zodRule(f.signerName)]} extra="Ví dụ: Lê Kim Thoa">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <RecipientsField />
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item name="address" label="Địa chỉ" rules={[zodRule(f.address)]}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="phone" label="Điện thoại" rules={[zodRule(f.phone)]}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="email" label="Email" rules={[zodRule(f.email)]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={saving}>
            Lưu thông tin đơn vị
          </Button>
        </Form>
      </Col>
      <Col xs={24} xl={11}>
        <div className="muted" style={{ marginBottom: 8 }}>
          Xem trước đầu và cuối văn bản:
        </div>
        <HeaderPreview v={values} />
      </Col>
    </Row>
  );
}

/** The form as the API's input: empty boxes as empty texts, blank recipient lines dropped. */
function officeInput(v: OfficeSettingsInput): OfficeSettingsInput {
  return {
    superiorBody: v.superiorBody ?? '',
    issuingBody: v.issuingBody ?? '',
    placeName: v.placeName ?? '',
    codeSuffix: v.codeSuffix ?? '',
    signerAuthority: v.signerAuthority ?? '',
    signerTitle: v.signerTitle ?? '',
    signerName: v.signerName ?? '',
    recipients: (v.recipients ?? []).filter((r) => r && r.trim()),
    address: v.address ?? '',
    phone: v.phone ?? '',
    email: v.email ?? '',
  };
}

/** The names in the document header: superior body, issuing body, the place of the date line and the code suffix. */
function OfficeNameFields() {
  return (
    <>
      <Form.Item
        name="superiorBody"
        label="Cơ quan cấp trên (dòng đầu, không in đậm)"
        rules={[zodRule(f.superiorBody)]}
        extra={`Ví dụ: ${OFFICE_EXAMPLES.superiorBody}. Để trống nếu không có. ${BREAK_HINT}`}
      >
        <Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        required
        name="issuingBody"
        label="Tên đơn vị ban hành văn bản"
        rules={[zodRule(f.issuingBody)]}
        extra={`Ví dụ: ${OFFICE_EXAMPLES.issuingBody} hoặc ${OFFICE_EXAMPLES.otherIssuingBody} ${BREAK_HINT}`}
      >
        <Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            required
            name="placeName"
            label="Địa danh ở dòng ngày tháng"
            rules={[zodRule(f.placeName)]}
            extra={`Ví dụ: ${OFFICE_EXAMPLES.placeName}`}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            required
            name="codeSuffix"
            label="Ký hiệu trong số văn bản"
            rules={[zodRule(f.codeSuffix)]}
            extra={`Ví dụ: ${OFFICE_EXAMPLES.codeSuffix} → Số: 29/KH-${OFFICE_EXAMPLES.codeSuffix}`}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** The default recipients, one line each; new ones go above the closing "Lưu: VT" line. */
function RecipientsField() {
  const form = Form.useFormInstance<OfficeSettingsInput>();
  return (
    <Form.Item label="Nơi nhận mặc định (mỗi dòng một nơi; dòng cuối thường là Lưu: VT)">
      <Form.List name="recipients">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item {...field} rules={[zodRule(f.recipients.element)]} style={{ marginBottom: 8, width: 460 }}>
                  <Input aria-label={`Nơi nhận ${i + 1}`} maxLength={200} />
                </Form.Item>
                <MinusCircleOutlined aria-label="Bỏ nơi nhận này" onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              // New recipients go above the closing "Lưu: VT" line, which stays last.
              onClick={() => {
                const list: string[] = form.getFieldValue('recipients') ?? [];
                const lastIsArchive = /^lưu/i.test(list[list.length - 1] ?? '');
                add('', lastIsArchive ? list.length - 1 : undefined);
              }}
            >
              Thêm nơi nhận
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
