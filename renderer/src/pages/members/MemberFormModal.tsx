import { Alert, Form, Modal } from 'antd';
import { useEffect } from 'react';
import type { Member } from '../../../../shared/members/schema';
import { memberRuleIssues } from '../../../../shared/members/schema';
import { useApiMutation } from '../../api/hooks';
import { useGuardedForm } from '../../components/useGuardedForm';
import { useFormSave } from '../../lib/forms';
import { today } from '../../lib/clock';
import { MemberRecordFields, MemberStartFields } from './MemberFormFields';

interface Props {
  open: boolean;
  member: Member | null;
  defaultUnitId?: number | null;
  onClose: () => void;
  onSaved: (m: Member) => void;
}

const TEXT_FIELDS = ['ethnicity', 'religion', 'phone', 'jobTitle', 'education', 'notes', 'cccd', 'cmnd', 'memberCode'] as const;

/** Add a member (with how they start in the unit) or edit one's record. */
export function MemberFormModal({ open, member, defaultUnitId, onClose, onSaved }: Props) {
  const [form] = Form.useForm();
  const { saving, error, setError, run } = useFormSave(form);
  const create = useApiMutation('members.create');
  const update = useApiMutation('members.update');
  const guard = useGuardedForm({ open, form, onClose, draftKey: `member:${member?.id ?? 'new'}` });

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (member) form.setFieldsValue(member);
    else form.setFieldsValue({ unitId: defaultUnitId ?? undefined, startKind: 'register', ethnicity: 'Kinh', partyMember: false });
  }, [open, member, defaultUnitId, form, setError]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const fields = {
      name: v.name ?? '',
      birthDate: v.birthDate ?? '',
      gender: v.gender ?? null,
      unionPosition: v.unionPosition ?? null,
      joinedOn: v.joinedOn ?? '',
      partyMember: !!v.partyMember,
      partyDate: v.partyMember ? (v.partyDate ?? '') : '',
      ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, v[k] ?? ''])),
    };
    const issues = memberRuleIssues(
      { birthDate: fields.birthDate || null, joinedOn: fields.joinedOn || null, partyDate: fields.partyDate || null },
      today().format('YYYY-MM-DD'),
    );
    if (Object.keys(issues).length) {
      form.setFields(Object.entries(issues).map(([name, msg]) => ({ name, errors: [msg] })));
      return;
    }
    await run(async () => {
      const saved = member
        ? await update.mutateAsync({ id: member.id, ...fields })
        : await create.mutateAsync({
            ...fields,
            unitId: v.unitId,
            startKind: v.startKind,
            startDate: v.startDate ?? '',
            decisionNo: v.decisionNo ?? '',
            externalUnit: v.externalUnit ?? '',
          });
      guard.saved();
      onSaved(saved);
    });
  };

  return (
    <Modal
      open={open}
      title={member ? `Sửa thông tin: ${member.name}` : 'Thêm đoàn viên'}
      okText={member ? 'Lưu thay đổi' : 'Thêm đoàn viên'}
      cancelText="Hủy"
      onOk={submit}
      {...guard.modalProps}
      confirmLoading={saving}
      width={860}
      destroyOnHidden
      // The cursor starts on the first field the clerk fills: the unit for a new member without one.
      afterOpenChange={(o) => {
        if (o) form.focusField(!member && !defaultUnitId ? 'unitId' : 'name');
      }}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {guard.notice}
      <Form form={form} layout="vertical" onFinish={submit} {...guard.formProps}>
        {!member && <MemberStartFields />}
        <MemberRecordFields />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
