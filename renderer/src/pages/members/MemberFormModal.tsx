import { Alert, Checkbox, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useEffect } from 'react';
import type { Member } from '../../../../shared/members/schema';
import { GENDER_LABELS, memberFields, memberRuleIssues, UNION_POSITION_LABELS } from '../../../../shared/members/schema';
import { useApiMutation } from '../../api/hooks';
import { PartialDateInput } from '../../components/PartialDateInput';
import { useGuardedForm } from '../../components/useGuardedForm';
import { useFormSave, zodRule } from '../../lib/forms';
import { foldedFilter } from '../../lib/select';
import { useUnitOptions } from './useUnitOptions';
import { today } from '../../lib/clock';
import { cccdWarnings } from '../../../../shared/members/cccd';

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
  const units = useUnitOptions();
  const create = useApiMutation('members.create');
  const update = useApiMutation('members.update');
  const partyMember = Form.useWatch('partyMember', form);
  const startKind = Form.useWatch('startKind', form);
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
        {!member && (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="unitId" label="Công đoàn cơ sở" rules={[{ required: true, message: 'Hãy chọn công đoàn cơ sở.' }]}>
                <Select showSearch={{ filterOption: foldedFilter }} options={units} placeholder="Chọn đơn vị" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="startKind" label="Vào sổ theo hình thức">
                <Radio.Group
                  options={[
                    { value: 'register', label: 'Đã là đoàn viên' },
                    { value: 'admit', label: 'Kết nạp mới' },
                    { value: 'transferIn', label: 'Chuyển đến' },
                  ]}
                />
              </Form.Item>
            </Col>
            {startKind && startKind !== 'register' && (
              <>
                <Col span={8}>
                  <Form.Item name="startDate" label={startKind === 'admit' ? 'Ngày kết nạp' : 'Ngày chuyển đến'} required>
                    <PartialDateInput placeholder="ngày/tháng/năm" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="decisionNo" label="Số quyết định">
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                {startKind === 'transferIn' && (
                  <Col span={8}>
                    <Form.Item name="externalUnit" label="Chuyển đến từ đơn vị">
                      <Input maxLength={255} />
                    </Form.Item>
                  </Col>
                )}
              </>
            )}
          </Row>
        )}
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="name" label="Họ và tên" required rules={[zodRule(memberFields.name)]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="birthDate" label="Ngày sinh" rules={[zodRule(memberFields.birthDate)]}>
              <PartialDateInput />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="gender" label="Giới tính">
              <Select allowClear options={Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="ethnicity" label="Dân tộc" rules={[zodRule(memberFields.ethnicity)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="cccd"
              label="Số CCCD"
              dependencies={['gender', 'birthDate']}
              rules={[
                zodRule(memberFields.cccd),
                // A number that does not fit the person is worth a second look, but the card is what counts.
                ({ getFieldValue }) => ({
                  warningOnly: true,
                  validator: async (_r, v: string | undefined) => {
                    const w = cccdWarnings((v ?? '').replace(/[\s.-]/g, ''), getFieldValue('gender'), getFieldValue('birthDate'));
                    if (w.length) throw new Error(w.join(' '));
                  },
                }),
              ]}
            >
              <Input maxLength={20} placeholder="12 chữ số" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="cmnd" label="Số CMND cũ (nếu có)" rules={[zodRule(memberFields.cmnd)]}>
              <Input maxLength={20} placeholder="9 chữ số" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="memberCode" label="Mã số đoàn viên / số thẻ" rules={[zodRule(memberFields.memberCode)]}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="phone" label="Điện thoại" rules={[zodRule(memberFields.phone)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="religion" label="Tôn giáo" rules={[zodRule(memberFields.religion)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="jobTitle" label="Nghề nghiệp, chức vụ nơi làm việc" rules={[zodRule(memberFields.jobTitle)]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="unionPosition" label="Chức vụ công đoàn">
              <Select allowClear options={Object.entries(UNION_POSITION_LABELS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="joinedOn" label="Ngày vào Công đoàn" rules={[zodRule(memberFields.joinedOn)]}>
              <PartialDateInput />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="partyMember" valuePropName="checked" label="Đảng viên">
              <Checkbox>Là đảng viên</Checkbox>
            </Form.Item>
          </Col>
          {partyMember && (
            <Col span={6}>
              <Form.Item name="partyDate" label="Ngày vào Đảng" rules={[zodRule(memberFields.partyDate)]}>
                <PartialDateInput />
              </Form.Item>
            </Col>
          )}
          <Col span={partyMember ? 12 : 18}>
            <Form.Item name="education" label="Trình độ" rules={[zodRule(memberFields.education)]}>
              <Input maxLength={100} placeholder="Ví dụ: Đại học, Cao đẳng, 12/12" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label="Ghi chú" rules={[zodRule(memberFields.notes)]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
