import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import type { Unit } from '../../../../shared/units/schema';
import { unitFields } from '../../../../shared/units/schema';
import { useApiMutation } from '../../api/hooks';
import { DATE_FORMAT, dayjsToIso, isoToDayjs, useFormSave, zodRule } from '../../lib/forms';
import { useGuardedForm } from '../../components/useGuardedForm';
import { useSectors } from './useUnits';
import { AreaPicker } from './AreaSelect';
import { AREA_LABEL } from '../../../../shared/areas/schema';
import { today } from '../../lib/clock';

interface Props {
  open: boolean;
  unit: Unit | null;
  onClose: () => void;
  onSaved: (u: Unit) => void;
}

/** Create or edit a grassroots unit. Validates with the API's own schemas; server messages land on the fields. */
export function UnitFormModal({ open, unit, onClose, onSaved }: Props) {
  const [form] = Form.useForm();
  const { saving, error, setError, run } = useFormSave(form);
  const sectors = useSectors();
  const create = useApiMutation('units.create');
  const update = useApiMutation('units.update');
  const guard = useGuardedForm({ open, form, onClose });

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (unit) form.setFieldsValue({ ...unit, foundedOn: isoToDayjs(unit.foundedOn) });
  }, [open, unit, form, setError]);

  const submit = async () => {
    let values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input = {
      code: values.code ?? '',
      name: values.name ?? '',
      shortName: values.shortName ?? '',
      sectorId: values.sectorId ?? null,
      areaId: values.areaId ?? null,
      address: values.address ?? '',
      chairName: values.chairName ?? '',
      phone: values.phone ?? '',
      email: values.email ?? '',
      foundedOn: dayjsToIso(values.foundedOn),
    };
    await run(async () => {
      const saved = unit ? await update.mutateAsync({ id: unit.id, ...input }) : await create.mutateAsync(input);
      guard.saved();
      onSaved(saved);
    });
  };

  return (
    <Modal
      open={open}
      title={unit ? `Sửa thông tin: ${unit.name}` : 'Thêm công đoàn cơ sở'}
      okText={unit ? 'Lưu thay đổi' : 'Thêm đơn vị'}
      cancelText="Hủy"
      onOk={submit}
      confirmLoading={saving}
      {...guard.modalProps}
      width={720}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} {...guard.formProps}>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: '0 16px' }}>
          <Form.Item required name="code" label="Mã đơn vị" rules={[zodRule(unitFields.code)]} extra="Ví dụ: CD001, THCS-VT">
            <Input autoFocus maxLength={30} />
          </Form.Item>
          <Form.Item required name="name" label="Tên công đoàn cơ sở" rules={[zodRule(unitFields.name)]}>
            <Input maxLength={255} placeholder="Ví dụ: Công đoàn cơ sở Trường THCS Vĩnh Thuận" />
          </Form.Item>
          <Form.Item name="shortName" label="Tên viết tắt" rules={[zodRule(unitFields.shortName)]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="sectorId" label="Khối">
            <Select
              allowClear
              placeholder="Chọn khối"
              loading={sectors.isLoading}
              options={(sectors.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
          <Form.Item name="areaId" label={AREA_LABEL} extra="Gõ tên mới để thêm vào danh sách.">
            <AreaPicker />
          </Form.Item>
          <Form.Item name="chairName" label="Chủ tịch công đoàn" rules={[zodRule(unitFields.chairName)]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="address" label="Địa chỉ" rules={[zodRule(unitFields.address)]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="phone" label="Điện thoại" rules={[zodRule(unitFields.phone)]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="email" label="Email" rules={[zodRule(unitFields.email)]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="foundedOn"
            label="Ngày thành lập"
            rules={[
              {
                validator: async (_r, v) => {
                  if (v && v.isAfter(today(), 'day')) throw new Error('Ngày thành lập không được sau ngày hôm nay.');
                },
              },
            ]}
          >
            <DatePicker format={DATE_FORMAT} placeholder="ngày/tháng/năm" style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
