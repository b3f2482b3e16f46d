import { Button, DatePicker, InputNumber, Select, Space } from 'antd';
import { GENDER_LABELS } from '../../../../shared/members/codes';
import { DATE_FORMAT } from '../../lib/forms';
import { NO_EXTRA_FILTERS, type ExtraFilters } from './list-filter';

/** The conditions behind "Lọc thêm" (MoreFilters.tsx): fetched when the clerk first opens them. */
export function MoreFiltersForm({ value, onChange }: { value: ExtraFilters; onChange: (v: ExtraFilters) => void }) {
  const set = (patch: Partial<ExtraFilters>) => onChange({ ...value, ...patch });
  return (
    <Space direction="vertical" style={{ width: 300 }}>
      <Select
        style={{ width: '100%' }}
        allowClear
        aria-label="Giới tính"
        placeholder="Giới tính: tất cả"
        value={value.gender ?? undefined}
        onChange={(v) => set({ gender: v ?? null })}
        options={Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <Select
        style={{ width: '100%' }}
        allowClear
        aria-label="Đảng viên"
        placeholder="Đảng viên: tất cả"
        value={value.party === null ? undefined : value.party ? 'y' : 'n'}
        onChange={(v) => set({ party: v === undefined ? null : v === 'y' })}
        options={[
          { value: 'y', label: 'Là đảng viên' },
          { value: 'n', label: 'Không là đảng viên' },
        ]}
      />
      <Space.Compact style={{ width: '100%' }}>
        <InputNumber
          aria-label="Tuổi từ"
          placeholder="Tuổi từ"
          min={0}
          max={150}
          value={value.ageMin}
          onChange={(v) => set({ ageMin: v ?? null })}
          style={{ width: '50%' }}
        />
        <InputNumber
          aria-label="Tuổi đến"
          placeholder="đến tuổi"
          min={0}
          max={150}
          value={value.ageMax}
          onChange={(v) => set({ ageMax: v ?? null })}
          style={{ width: '50%' }}
        />
      </Space.Compact>
      <DatePicker.RangePicker
        style={{ width: '100%' }}
        aria-label="Ngày vào Công đoàn"
        format={DATE_FORMAT}
        placeholder={['Vào CĐ từ ngày', 'đến ngày']}
        value={value.joined}
        onChange={(v) => set({ joined: v as ExtraFilters['joined'] })}
      />
      <Button block onClick={() => onChange(NO_EXTRA_FILTERS)}>
        Bỏ các điều kiện này
      </Button>
    </Space>
  );
}
