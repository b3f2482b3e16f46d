import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { ActivityInput, Measure } from '../../../../shared/activities/schema';
import { MEASURE_SHORT, MEASURES } from '../../../../shared/activities/schema';
import { shortName } from '../../../../shared/documents/office-text';
import { errorMessage } from '../../api/client';
import { skipToken, useApi, useApiMutation, useSettings } from '../../api/hooks';
import { DATE_FORMAT, dayjsToIso, isoToDayjs, showFieldErrors } from '../../lib/forms';
import { foldedFilter } from '../../lib/select';
import { DraftNotice, useFormDraft } from '../../components/DraftNotice';
import { useCloseGuard } from '../../lib/useCloseGuard';
import { BeneficiaryPicker, type PickedBeneficiary } from './BeneficiaryPicker';
import { money, moneyInputProps } from './money';
import { useActivityTypes, useRoundOptions } from './useActivities';

/** 0 in the organiser field = the office itself (null in the API). */
const OFFICE = 0;
/** -1 in the round field = counts toward no round (null in the API). */
const NO_ROUND = -1;

interface FormValues {
  typeId: number;
  unitId: number;
  title: string;
  date: Dayjs | null;
  endDate: Dayjs | null;
  roundId: number;
  place: string;
  participants: number | null;
  otherBeneficiaries: number | null;
  moneyUnion: number | null;
  moneyEmployer: number | null;
  moneySocial: number | null;
  moneyGovernment: number | null;
  notes: string;
}

interface Props {
  /** 'new', an activity id, or null when closed. */
  open: 'new' | number | null;
  /** Defaults for a new activity (a day clicked in the calendar). */
  defaults?: { date?: string };
  onClose: () => void;
}

export function ActivityFormModal({ open, defaults, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const types = useActivityTypes();
  const { rounds, options: roundOptions } = useRoundOptions();
  const create = useApiMutation('activities.create');
  const update = useApiMutation('activities.update');
  const del = useApiMutation('activities.delete');
  const settings = useSettings();
  const units = useApi('units.list', { includeDissolved: false });
  const editingId = typeof open === 'number' ? open : null;
  const existing = useApi('activities.get', editingId !== null ? { id: editingId } : skipToken);
  const [beneficiaries, setBeneficiaries] = useState<PickedBeneficiary[]>([]);
  const [roundTouched, setRoundTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const draft = useFormDraft<{ values: FormValues; beneficiaries: PickedBeneficiary[] }>(open === null ? null : `activity:${open}`);
  const closeUnsaved = () => {
    if (dirty) draft.keep({ values: form.getFieldsValue(true) as FormValues, beneficiaries });
    onClose();
  };
  const guard = useCloseGuard({ open: open !== null, dirty, onClose: closeUnsaved, keepsDraft: true });

  const typeId = Form.useWatch('typeId', form);
  const date = Form.useWatch('date', form);
  const roundId = Form.useWatch('roundId', form);
  const moneyFields = [
    Form.useWatch('moneyUnion', form),
    Form.useWatch('moneyEmployer', form),
    Form.useWatch('moneySocial', form),
    Form.useWatch('moneyGovernment', form),
  ];
  const moneySum = moneyFields.reduce<number>((s, v) => s + (Number(v) || 0), 0);
  const type = types.data?.find((t) => t.id === typeId);

  const roundFor = (d: Dayjs | null): number => {
    const iso = dayjsToIso(d);
    if (!iso) return NO_ROUND;
    const r = rounds
      .filter((x) => x.periodFrom && x.periodTo && x.periodFrom <= iso && x.periodTo >= iso)
      .sort((a, b) => (a.deadline < b.deadline ? 1 : -1))[0];
    return r?.id ?? NO_ROUND;
  };

  // Fill the form when it opens (or when the activity or the types arrive), not when the rounds or
  // the defaults change under an open form.
  const fill = useEffectEvent(() => {
    if (open === null) return;
    setRoundTouched(false);
    setDirty(false);
    if (open === 'new') {
      const d = isoToDayjs(defaults?.date ?? null) ?? null;
      form.resetFields();
      form.setFieldsValue({ typeId: types.data?.[0]?.id, unitId: OFFICE, date: d, roundId: roundFor(d) });
      setBeneficiaries([]);
      return;
    }
    const a = existing.data;
    if (!a || a.id !== open) return;
    setRoundTouched(true);
    form.setFieldsValue({
      typeId: a.typeId,
      unitId: a.unitId ?? OFFICE,
      title: a.title,
      date: isoToDayjs(a.date),
      endDate: isoToDayjs(a.endDate),
      roundId: a.roundId ?? NO_ROUND,
      place: a.place ?? '',
      participants: a.participants || null,
      otherBeneficiaries: a.otherBeneficiaries || null,
      moneyUnion: a.moneyUnion || null,
      moneyEmployer: a.moneyEmployer || null,
      moneySocial: a.moneySocial || null,
      moneyGovernment: a.moneyGovernment || null,
      notes: a.notes ?? '',
    });
    setBeneficiaries(a.beneficiaries);
  });
  useEffect(() => fill(), [open, existing.data, types.data]);

  // The list of rounds may arrive after the clerk has typed the date: choose the round then.
  const chooseRound = useEffectEvent(() => {
    if (open === 'new' && !roundTouched && date) form.setFieldValue('roundId', roundFor(date));
  });
  useEffect(() => chooseRound(), [rounds]);

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

  const save = async () => {
    let v: FormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const lost = beneficiaries.filter((b) => b.memberId === null);
    const input: ActivityInput = {
      typeId: v.typeId,
      unitId: v.unitId === OFFICE ? null : v.unitId,
      title: v.title ?? '',
      date: dayjsToIso(v.date) ?? '',
      endDate: dayjsToIso(v.endDate) ?? '',
      roundId: v.roundId === NO_ROUND ? null : v.roundId,
      place: v.place ?? '',
      participants: v.participants ?? 0,
      otherBeneficiaries: (v.otherBeneficiaries ?? 0) + lost.length,
      moneyUnion: v.moneyUnion ?? 0,
      moneyEmployer: v.moneyEmployer ?? 0,
      moneySocial: v.moneySocial ?? 0,
      moneyGovernment: v.moneyGovernment ?? 0,
      notes: v.notes ?? '',
      beneficiaries: beneficiaries
        .filter((b) => b.memberId !== null)
        .map((b) => ({ memberId: b.memberId!, situation: b.situation, note: b.note ?? '' })),
    };
    setSaving(true);
    try {
      const r = editingId !== null ? await update.mutateAsync({ id: editingId, ...input }) : await create.mutateAsync(input);
      message.success(`Đã lưu hoạt động "${r.activity.title}".`);
      for (const w of r.warnings) message.warning(w, 8);
      draft.clear();
      onClose();
    } catch (e) {
      if (!showFieldErrors(form, e)) message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    try {
      await del.mutateAsync({ id: editingId! });
      message.success('Đã xóa hoạt động.');
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const showBeneficiaries = !!type?.hasBeneficiaries || beneficiaries.length > 0;
  const loading = editingId !== null && !existing.data;

  return (
    <Modal
      open={open !== null}
      {...guard.modalProps}
      width={900}
      title={editingId !== null ? 'Sửa hoạt động' : 'Ghi hoạt động'}
      destroyOnHidden
      footer={
        <div style={{ display: 'flex', justifyContent: 'space-between' }}>
          <div>
            {editingId !== null && (
              <Popconfirm
                title="Xóa hoạt động này?"
                description="Số liệu của hoạt động sẽ không còn được tính."
                okText="Xóa"
                cancelText="Không"
                okButtonProps={{ danger: true }}
                onConfirm={remove}
              >
                <Button danger>Xóa</Button>
              </Popconfirm>
            )}
          </div>
          <Space>
            <Button onClick={guard.requestClose}>Hủy</Button>
            <Button type="primary" loading={saving} onClick={save}>
              Lưu hoạt động
            </Button>
          </Space>
        </div>
      }
    >
      {loading ? (
        <Spin />
      ) : (
        <Form<FormValues> form={form} layout="vertical" className="activity-form" onValuesChange={() => setDirty(true)}>
          <DraftNotice
            draft={draft.pending}
            onRestore={(d) => {
              form.setFieldsValue(d.values);
              setBeneficiaries(d.beneficiaries);
              setRoundTouched(true);
              setDirty(true);
              draft.clear();
            }}
            onDiscard={draft.clear}
          />
          <div className="form-grid-2">
            <Form.Item name="typeId" label="Loại hoạt động" rules={[{ required: true, message: 'Hãy chọn loại hoạt động.' }]}>
              <Select
                showSearch={{ filterOption: foldedFilter }}
                options={(types.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
              />
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
              <Select
                options={[{ value: NO_ROUND, label: 'Không tính vào đợt nào' }, ...roundOptions]}
                onChange={() => setRoundTouched(true)}
              />
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
          {showBeneficiaries && (
            <div className="activity-beneficiaries">
              <div className="activity-money-head">
                <b>Đoàn viên được hỗ trợ ({beneficiaries.length})</b>
                <span className="muted">Hỗ trợ sẽ hiện trong hồ sơ của từng đoàn viên.</span>
              </div>
              <BeneficiaryPicker
                value={beneficiaries}
                onChange={(b) => {
                  setBeneficiaries(b);
                  setDirty(true);
                }}
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
        </Form>
      )}
    </Modal>
  );
}
