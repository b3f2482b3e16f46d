import { DatePicker, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { MEASURE_SHORT, MEASURES, type Measure } from '../../../../shared/activities/schema';
import { shortName } from '../../../../shared/documents/office-text';
import { useApi, useSettings } from '../../api/hooks';
import { DATE_FORMAT, dayjsToIso } from '../../lib/forms';
import { foldedFilter } from '../../lib/select';
import { NO_ROUND, OFFICE, type ActivityFormValues, type PickedBeneficiary } from './activity-form-values';
import { BeneficiaryPicker } from './BeneficiaryPicker';
import { money, moneyInputProps } from './money';
import { useActivityTypes, useRoundOptions } from './useActivities';

interface Props {
  form: FormInstance<ActivityFormValues>;
  /** The round a day falls in, to follow the date until the clerk picks a round. */
  roundFor: (d: Dayjs | null) => number;
  roundTouched: boolean;
  onRoundTouched: () => void;
  beneficiaries: PickedBeneficiary[];
  onBeneficiaries: (next: PickedBeneficiary[]) => void;
  editingId: number | null;
}

/** What the organiser field lists: the office (named by the settings) and the units not dissolved. */
export function useOrganiserSources() {
  return { settings: useSettings(), units: useApi('units.list', { includeDissolved: false }) };
}

/** The fields of the activity form: what, who organised it, when, where, money and the members helped. */
export function ActivityFormFields({ form, roundFor, roundTouched, onRoundTouched, beneficiaries, onBeneficiaries, editingId }: Props) {
  const types = useActivityTypes();
  const { options: roundOptions } = useRoundOptions();
  const { settings, units } = useOrganiserSources();
  const typeId = Form.useWatch('typeId', form);
  const date = Form.useWatch('date', form);
  const roundId = Form.useWatch('roundId', form);
  const type = types.data?.find((t) => t.id === typeId);

  const officeName = settings.data?.settings ? shortName(settings.data.settings.issuingBody) : 'Văn phòng';
  const organiserOptions = useMemo(
    () => [
      { value: OFFICE, label: `${officeName} (văn phòng tự tổ chức)` },
      ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` })),
    ],
    [units.data, officeName],
  );

  const feeds = type
    ? MEASURES.filter((m) => type.indicators[m]?.length).map((m: Measure) => `${MEASURE_SHORT[m]} → ${type.indicators[m]!.join(', ')}`)
    : [];
  const showBeneficiaries = !!type?.hasBeneficiaries || beneficiaries.length > 0;

  return (
    <>
      <div className="form-grid-2">
        <Form.Item name="typeId" label="Loại hoạt động" rules={[{ required: true, message: 'Hãy chọn loại hoạt động.' }]}>
          <Select showSearch={{ filterOption: foldedFilter }} options={(types.data ?? []).map((t) => ({ value: t.id, label: t.name }))} />
        </Form.Item>
        <Form.Item name="unitId" label="Đơn vị tổ chức" rules={[{ required: true, message: 'Hãy chọn đơn vị tổ chức.' }]}>
          <Select showSearch={{ filterOption: foldedFilter }} options={organiserOptions} />
        </Form.Item>
      </div>
      {feeds.length > 0 && <div className="muted activity-feeds">Tính vào chỉ tiêu: {feeds.join('; ')}.</div>}
      <Form.Item name="title" label="Tên hoạt động" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên hoạt động.' }]}>
        <Input maxLength={300} placeholder="Ví dụ: Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn" />
      </Form.Item>
      <div className="form-grid-3">
        <Form.Item name="date" label="Ngày tổ chức" rules={[{ required: true, message: 'Hãy chọn ngày tổ chức.' }]}>
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            placeholder="ngày/tháng/năm"
            onChange={(d) => {
              if (!roundTouched) form.setFieldValue('roundId', roundFor(d));
            }}
          />
        </Form.Item>
        <Form.Item name="endDate" label="Đến ngày (nếu nhiều ngày)">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="ngày/tháng/năm" />
        </Form.Item>
        <Form.Item name="roundId" label="Tính vào đợt báo cáo" tooltip="Tự chọn theo ngày tổ chức: đợt có kỳ báo cáo chứa ngày đó.">
          <Select options={[{ value: NO_ROUND, label: 'Không tính vào đợt nào' }, ...roundOptions]} onChange={onRoundTouched} />
        </Form.Item>
      </div>
      <div className="form-grid-2">
        <Form.Item name="place" label="Địa điểm">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="participants" label="Số người tham gia">
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <MoneyFields form={form} />
      {showBeneficiaries && (
        <div className="activity-beneficiaries">
          <div className="activity-money-head">
            <b>Đoàn viên được hỗ trợ ({beneficiaries.length})</b>
            <span className="muted">Hỗ trợ sẽ hiện trong hồ sơ của từng đoàn viên.</span>
          </div>
          <BeneficiaryPicker
            value={beneficiaries}
            onChange={onBeneficiaries}
            roundId={roundId === undefined || roundId === NO_ROUND ? null : roundId}
            date={dayjsToIso(date)}
            activityId={editingId}
          />
          <Form.Item
            name="otherBeneficiaries"
            label="Số người được hỗ trợ không có trong danh sách đoàn viên"
            style={{ marginTop: 12, maxWidth: 420 }}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} suffix="người" />
          </Form.Item>
        </div>
      )}
      <Form.Item name="notes" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** The money by source, with their total as the clerk types. */
function MoneyFields({ form }: { form: FormInstance<ActivityFormValues> }) {
  const moneyFields = [
    Form.useWatch('moneyUnion', form),
    Form.useWatch('moneyEmployer', form),
    Form.useWatch('moneySocial', form),
    Form.useWatch('moneyGovernment', form),
  ];
  const moneySum = moneyFields.reduce<number>((s, v) => s + (Number(v) || 0), 0);
  return (
    <>
      <div className="activity-money-head">
        <b>Kinh phí theo nguồn</b>
        <span className="muted">Tổng: {money(moneySum)}</span>
      </div>
      <div className="form-grid-4">
        <Form.Item name="moneyUnion" label="Kinh phí công đoàn">
          <InputNumber<number> {...moneyInputProps} />
        </Form.Item>
        <Form.Item name="moneyEmployer" label="Người sử dụng lao động">
          <InputNumber<number> {...moneyInputProps} />
        </Form.Item>
        <Form.Item name="moneySocial" label="Xã hội hóa">
          <InputNumber<number> {...moneyInputProps} />
        </Form.Item>
        <Form.Item name="moneyGovernment" label="Chính quyền">
          <InputNumber<number> {...moneyInputProps} />
        </Form.Item>
      </div>
    </>
  );
}
