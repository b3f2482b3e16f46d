import { App, Button, Form, Modal, Popconfirm, Space, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useEffectEvent, useState } from 'react';
import { errorMessage } from '../../api/client';
import { skipToken, useApi, useApiMutation } from '../../api/hooks';
import { isoToDayjs, showFieldErrors } from '../../lib/forms';
import { DraftNotice, useFormDraft } from '../../components/DraftNotice';
import { useCloseGuard } from '../../lib/useCloseGuard';
import { ActivityFormFields, useOrganiserSources } from './ActivityFormFields';
import {
  activityInput,
  OFFICE,
  roundForDate,
  valuesFromActivity,
  type ActivityFormValues,
  type PickedBeneficiary,
} from './activity-form-values';
import { useActivityTypes, useRoundOptions } from './useActivities';

interface Props {
  /** 'new', an activity id, or null when closed. */
  open: 'new' | number | null;
  /** Defaults for a new activity (a day clicked in the calendar). */
  defaults?: { date?: string };
  onClose: () => void;
}

export function ActivityFormModal({ open, defaults, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityFormValues>();
  const types = useActivityTypes();
  const { rounds } = useRoundOptions();
  // Asked for as the dialog mounts, not only once the fields show (after activities.get answers for an edit).
  useOrganiserSources();
  const create = useApiMutation('activities.create');
  const update = useApiMutation('activities.update');
  const editingId = typeof open === 'number' ? open : null;
  const existing = useApi('activities.get', editingId !== null ? { id: editingId } : skipToken);
  const [beneficiaries, setBeneficiaries] = useState<PickedBeneficiary[]>([]);
  const [roundTouched, setRoundTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const draft = useFormDraft<{ values: ActivityFormValues; beneficiaries: PickedBeneficiary[] }>(open === null ? null : `activity:${open}`);
  const closeUnsaved = () => {
    if (dirty) draft.keep({ values: form.getFieldsValue(true) as ActivityFormValues, beneficiaries });
    onClose();
  };
  const guard = useCloseGuard({ open: open !== null, dirty, onClose: closeUnsaved, keepsDraft: true });

  const date = Form.useWatch('date', form);
  const roundFor = (d: Dayjs | null): number => roundForDate(rounds, d);

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
    form.setFieldsValue(valuesFromActivity(a));
    setBeneficiaries(a.beneficiaries);
  });
  useEffect(() => fill(), [open, existing.data, types.data]);

  // The list of rounds may arrive after the clerk has typed the date: choose the round then.
  const chooseRound = useEffectEvent(() => {
    if (open === 'new' && !roundTouched && date) form.setFieldValue('roundId', roundFor(date));
  });
  useEffect(() => chooseRound(), [rounds]);

  const save = async () => {
    let v: ActivityFormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const input = activityInput(v, beneficiaries);
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

  const loading = editingId !== null && !existing.data;

  return (
    <Modal
      open={open !== null}
      {...guard.modalProps}
      width={900}
      title={editingId !== null ? 'Sửa hoạt động' : 'Ghi hoạt động'}
      destroyOnHidden
      footer={<ActivityFormFooter editingId={editingId} saving={saving} onSave={save} onCancel={guard.requestClose} onDeleted={onClose} />}
    >
      {loading ? (
        <Spin />
      ) : (
        <Form<ActivityFormValues> form={form} layout="vertical" className="activity-form" onValuesChange={() => setDirty(true)}>
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
          <ActivityFormFields
            form={form}
            roundFor={roundFor}
            roundTouched={roundTouched}
            onRoundTouched={() => setRoundTouched(true)}
            beneficiaries={beneficiaries}
            onBeneficiaries={(b) => {
              setBeneficiaries(b);
              setDirty(true);
            }}
            editingId={editingId}
          />
        </Form>
      )}
    </Modal>
  );
}

/** Delete (for a saved activity) on the left; cancel and save on the right. */
function ActivityFormFooter(props: {
  editingId: number | null;
  saving: boolean;
  onSave: () => void;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const { editingId, saving, onSave, onCancel, onDeleted } = props;
  const { message } = App.useApp();
  const del = useApiMutation('activities.delete');
  const remove = async () => {
    try {
      await del.mutateAsync({ id: editingId! });
      message.success('Đã xóa hoạt động.');
      onDeleted();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
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
        <Button onClick={onCancel}>Hủy</Button>
        <Button type="primary" loading={saving} onClick={onSave}>
          Lưu hoạt động
        </Button>
      </Space>
    </div>
  );
}
