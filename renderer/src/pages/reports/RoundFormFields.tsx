import { DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import type { PlanRoundDraft } from '../../../../shared/reports/round-from-plan';
import { roundFields } from '../../../../shared/reports/schema';
import { foldVi } from '../../../../shared/text/vi';
import { today } from '../../lib/clock';
import { DATE_FORMAT, zodRule } from '../../lib/forms';
import type { RoundStart } from './round-form-values';
import { useRounds } from './useReports';

interface Props {
  roundId: number | null;
  plan: PlanRoundDraft | null;
  /** How many units are active now ("all units" means these). */
  activeCount: number;
  unitOptions: { value: number; label: string }[];
}

/** The round's own fields: name and code, period and deadline, the units that report, the start set, notes. */
export function RoundFormFields({ roundId, plan, activeCount, unitOptions }: Props) {
  const form = Form.useFormInstance();
  const unitMode = Form.useWatch('unitMode', form) as 'all' | 'some' | undefined;
  return (
    <>
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
            <Radio value="all">Tất cả công đoàn cơ sở đang hoạt động ({activeCount} đơn vị)</Radio>
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
      {!roundId && <RoundStartFields plan={plan} />}
      <Form.Item name="notes" label="Ghi chú" rules={[zodRule(roundFields.notes)]}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={1000}
          placeholder={`Ví dụ: theo Kế hoạch số 15/KH-LĐLĐ ngày 10/4/${today().year()}`}
        />
      </Form.Item>
    </>
  );
}

/** A new round only: which indicator set it starts with (the plan's, the default, a copy, none). */
function RoundStartFields({ plan }: { plan: PlanRoundDraft | null }) {
  const form = Form.useFormInstance();
  const start = Form.useWatch('start', form) as RoundStart | undefined;
  const rounds = useRounds();
  return (
    <>
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
      {start === 'copy' && (
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
    </>
  );
}
