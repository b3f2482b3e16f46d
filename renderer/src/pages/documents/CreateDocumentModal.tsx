import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Tag } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { CreateDocumentResult, TemplateInfo } from '../../../../shared/documents/api';
import { KIND_NAMES } from '../../../../shared/documents/model';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DATE_FORMAT, dayjsToIso, showFieldErrors } from '../../lib/forms';
import { AnniversaryPicker } from './AnniversaryPicker';
import { useTemplates } from './useDocuments';
import { IncomingSelect } from '../incoming/IncomingSelect';
import { today } from '../../lib/clock';
import { useGuardedForm } from '../../components/useGuardedForm';

// "Tạo văn bản": choose a template and the year (and, for Tháng Công nhân, the theme, the period
// and the report deadline), then the editor opens.

interface Values {
  templateKey: string;
  year: number;
  date: Dayjs;
  theme?: string;
  period?: [Dayjs, Dayjs];
  deadline?: Dayjs | null;
  /** The incoming document carried out (its basis line is written in). */
  incomingId?: number | null;
  /** Suggestion ids ticked in the anniversaries list. */
  anniversaries?: string[];
}

const inYear = (year: number, mmdd: string) => dayjs(`${year}-${mmdd}`, 'YYYY-MM-DD');

/** The year a clerk most likely writes for: next year from October on (plans are made ahead). */
/** The template the dialog starts on, and falls back to when the chosen one is deleted: the Tháng Công nhân plan. */
const DEFAULT_TEMPLATE = 'tcn-ke-hoach';
const defaultDocumentYear = () => (today().month() >= 9 ? today().year() + 1 : today().year());

function templateName(t: TemplateInfo, year: number | null | undefined): string {
  return t.name.replaceAll('{năm}', year ? String(year) : '…');
}

export function CreateDocumentModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (r: CreateDocumentResult) => void;
}) {
  const [form] = Form.useForm<Values>();
  const templates = useTemplates();
  const create = useApiMutation('documents.create');
  const key = Form.useWatch('templateKey', form);
  const year = Form.useWatch('year', form);
  const period = Form.useWatch('period', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The anniversaries list ticks its suggestions itself whenever the period changes.
  const guard = useGuardedForm({ open, form, onClose, selfFilled: ['anniversaries'] });
  const template = useMemo(() => templates.data?.find((t) => t.key === key) ?? null, [templates.data, key]);

  useEffect(() => {
    if (open) {
      form.setFieldsValue({ templateKey: DEFAULT_TEMPLATE, year: defaultDocumentYear(), date: today(), theme: '' });
      setError(null);
    }
  }, [open, form]);

  // The period and deadline follow the template and the year.
  useEffect(() => {
    if (!template || !year) return;
    form.setFieldsValue({
      period: template.period ? [inYear(year, template.period.from), inYear(year, template.period.to)] : undefined,
      deadline: template.deadline ? inYear(year, template.deadline) : null,
    });
  }, [template, year, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const created = await create.mutateAsync({
        templateKey: v.templateKey,
        year: v.year,
        date: dayjsToIso(v.date)!,
        theme: v.theme ?? '',
        deadline: dayjsToIso(v.deadline) ?? '',
        periodFrom: dayjsToIso(v.period?.[0]) ?? '',
        periodTo: dayjsToIso(v.period?.[1]) ?? '',
        incomingId: template?.kind === 'KH' || template?.kind === 'HD' ? (v.incomingId ?? null) : null,
        anniversaries: template?.period ? (v.anniversaries ?? []) : undefined,
      });
      guard.saved();
      onCreated(created);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="Tạo văn bản"
      okText="Tạo văn bản"
      cancelText="Hủy"
      onOk={submit}
      {...guard.modalProps}
      confirmLoading={busy}
      width={860}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} {...guard.formProps}>
        <TemplateField year={year} />
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Hãy nhập năm, ví dụ 2025.' }]}>
            <InputNumber min={2000} max={2100} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name="date"
            label="Ngày ghi trên văn bản"
            rules={[{ required: true, message: 'Hãy chọn ngày.' }]}
            tooltip="Khi ban hành, ngày này được thay bằng ngày ban hành."
          >
            <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: 170 }} />
          </Form.Item>
          {template?.period && (
            <Form.Item name="period" label="Thời gian thực hiện">
              <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: 280 }} />
            </Form.Item>
          )}
          {template?.deadline && (
            <Form.Item name="deadline" label="Hạn gửi báo cáo">
              <DatePicker format={DATE_FORMAT} style={{ width: 170 }} />
            </Form.Item>
          )}
        </div>
        <TemplateExtraFields template={template} year={year} period={period} />
      </Form>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}

/** The templates to choose from; the clerk's own templates can be deleted here. */
function TemplateField({ year }: { year: number | undefined }) {
  const { modal, message } = App.useApp();
  const form = Form.useFormInstance<Values>();
  const key = Form.useWatch('templateKey', form);
  const deleteTemplate = useApiMutation('documents.deleteTemplate');
  const templates = useTemplates();
  const removeTemplate = (t: TemplateInfo) =>
    modal.confirm({
      title: `Xóa mẫu "${t.name}"?`,
      content: 'Các văn bản đã tạo từ mẫu này không bị ảnh hưởng.',
      okText: 'Xóa mẫu',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          await deleteTemplate.mutateAsync({ key: t.key });
          if (key === t.key) form.setFieldsValue({ templateKey: DEFAULT_TEMPLATE });
          message.success(`Đã xóa mẫu "${t.name}".`);
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <Form.Item name="templateKey" label="Mẫu văn bản" rules={[{ required: true, message: 'Hãy chọn mẫu văn bản.' }]}>
      <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
        {(templates.data ?? []).map((t) => (
          <Radio key={t.key} value={t.key} style={{ alignItems: 'flex-start' }}>
            <span style={{ fontWeight: 500 }}>{templateName(t, year)}</span> <Tag>{KIND_NAMES[t.kind]}</Tag>
            {!t.builtIn && <Tag color="purple">Mẫu riêng</Tag>}
            {!t.builtIn && (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`Xóa mẫu ${t.name}`}
                onClick={(e) => {
                  e.preventDefault();
                  removeTemplate(t);
                }}
              />
            )}
            <div className="muted" style={{ fontSize: 13 }}>
              {t.description}
            </div>
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}

/** The fields a template asks for beyond the year and date: theme, anniversaries, the incoming document. */
function TemplateExtraFields({
  template,
  year,
  period,
}: {
  template: TemplateInfo | null;
  year: number | undefined;
  period: Values['period'];
}) {
  return (
    <>
      {template?.theme !== null && template?.theme !== undefined && (
        <Form.Item
          name="theme"
          label="Chủ đề của năm"
          extra='Ví dụ năm 2024: "Đoàn kết công nhân - Triển khai nghị quyết". Để trống thì văn bản ghi "…" để điền sau.'
        >
          <Input maxLength={300} />
        </Form.Item>
      )}
      {template?.period && (
        <Form.Item
          name="anniversaries"
          label="Ngày kỷ niệm đưa vào văn bản"
          extra="Mặc định chọn các ngày kỷ niệm năm chẵn (5, 10, 15… năm); năm tròn chục là kỷ niệm trọng thể."
        >
          <AnniversaryPicker from={dayjsToIso(period?.[0]) ?? null} to={dayjsToIso(period?.[1]) ?? null} />
        </Form.Item>
      )}
      {(template?.kind === 'KH' || template?.kind === 'HD') && (
        <Form.Item
          name="incomingId"
          label="Thực hiện văn bản"
          extra="Chọn văn bản của cấp trên trong sổ văn bản đến: dòng “Thực hiện …” ở đầu văn bản được ghi sẵn số, ngày và nơi ban hành."
        >
          <IncomingSelect />
        </Form.Item>
      )}
      {template && !template.builtIn && (
        <Alert
          type="info"
          showIcon
          title={`Mẫu này lưu từ văn bản năm ${template.baseYear}: năm, ngày tháng và số năm kỷ niệm sẽ được đổi sang năm ${year ?? '…'}.`}
        />
      )}
    </>
  );
}
