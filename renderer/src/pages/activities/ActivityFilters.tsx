import { DatePicker, Input, Segmented, Select } from 'antd';
import { CalendarOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useDeferredValue, useState } from 'react';
import { useApi } from '../../api/hooks';
import { DATE_FORMAT } from '../../lib/forms';
import { foldedFilter } from '../../lib/select';
import { useActivityTypes, useRoundOptions } from './useActivities';

export type View = 'list' | 'calendar';
type Range = [Dayjs | null, Dayjs | null] | null;

/** The filters of the activity log: what the clerk typed and picked, and the typing deferred for the query. */
export function useActivityFilters() {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [typeId, setTypeId] = useState<number | null>(null);
  const [organiser, setOrganiser] = useState<'office' | number | null>(null);
  const [roundId, setRoundId] = useState<number | null>(null);
  const [range, setRange] = useState<Range>(null);
  return { query, setQuery, deferred, typeId, setTypeId, organiser, setOrganiser, roundId, setRoundId, range, setRange };
}

type ActivityFilterState = ReturnType<typeof useActivityFilters>;

/** The toolbar above the log: list/calendar switch, search, type, organiser, round and (in the list) dates. */
export function ActivityFilters({
  view,
  onView,
  filters: f,
  officeName,
}: {
  view: View;
  onView: (v: View) => void;
  filters: ActivityFilterState;
  officeName: string;
}) {
  const types = useActivityTypes();
  const { options: roundOptions } = useRoundOptions();
  const units = useApi('units.list', { includeDissolved: true });
  const organiserOptions = [
    { value: 'office', label: `${officeName} (văn phòng)` },
    ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` })),
  ];

  return (
    <div className="toolbar">
      <Segmented<View>
        value={view}
        onChange={onView}
        options={[
          { value: 'list', label: 'Danh sách', icon: <UnorderedListOutlined /> },
          { value: 'calendar', label: 'Lịch', icon: <CalendarOutlined /> },
        ]}
      />
      <Input.Search
        allowClear
        placeholder="Tìm theo tên hoạt động, địa điểm, đơn vị"
        aria-label="Tìm hoạt động"
        style={{ width: 280 }}
        value={f.query}
        onChange={(e) => f.setQuery(e.target.value)}
      />
      <Select
        allowClear
        style={{ width: 200 }}
        placeholder="Mọi loại hoạt động"
        aria-label="Lọc theo loại"
        value={f.typeId}
        onChange={(v) => f.setTypeId(v ?? null)}
        options={(types.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
      />
      <Select
        allowClear
        style={{ width: 260 }}
        placeholder="Mọi đơn vị tổ chức"
        aria-label="Lọc theo đơn vị tổ chức"
        showSearch={{ filterOption: foldedFilter }}
        value={f.organiser}
        onChange={(v) => f.setOrganiser(v ?? null)}
        options={organiserOptions}
      />
      <Select
        allowClear
        style={{ width: 260 }}
        placeholder="Mọi đợt báo cáo"
        aria-label="Lọc theo đợt báo cáo"
        value={f.roundId}
        onChange={(v) => f.setRoundId(v ?? null)}
        options={roundOptions}
      />
      {view === 'list' && (
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          placeholder={['Từ ngày', 'Đến ngày']}
          value={f.range}
          onChange={(v) => f.setRange(v as Range)}
          allowEmpty={[true, true]}
        />
      )}
    </div>
  );
}
