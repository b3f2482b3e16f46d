import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { GENDER_LABELS, memberFields, UNION_POSITION_LABELS } from '../../../../shared/members/schema';
import { cccdWarnings } from '../../../../shared/members/cccd';
import { PartialDateInput } from '../../components/PartialDateInput';
import { zodRule } from '../../lib/forms';
import { foldedFilter } from '../../lib/select';
import { useUnitOptions } from './useUnitOptions';

/** A new member only: the unit, and how they come into it (already a member, admitted, transferred in). */
export function MemberStartFields() {
  const form = Form.useFormInstance();
  const units = useUnitOptions();
  const startKind = Form.useWatch('startKind', form);
  return (
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
  );
}

/** The member's own record: name, birth, papers, work, union and party details. */
export function MemberRecordFields() {
  const form = Form.useFormInstance();
  const partyMember = Form.useWatch('partyMember', form);
  return (
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
  );
}
