import { App, Select } from 'antd';
import { useState } from 'react';
import { NO_AREA, NO_AREA_LABEL, areaNameSchema } from '../../../../shared/areas/schema';
import { cleanText, foldVi } from '../../../../shared/text/vi';
import { errorMessage } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { foldedFilter } from '../../lib/select';

export type AreaFilterValue = number | typeof NO_AREA | null;

/** Filter of a list by commune/ward: one of them, the units without one, or all (cleared). Each choice shows its active units. */
export function AreaFilterSelect({
  value,
  onChange,
  width = 220,
}: {
  value: AreaFilterValue;
  onChange: (v: AreaFilterValue) => void;
  width?: number;
}) {
  const areas = useApi('areas.list', {});
  return (
    <Select<number | typeof NO_AREA>
      allowClear
      showSearch={{ filterOption: foldedFilter }}
      placeholder="Tất cả xã/phường"
      aria-label="Lọc theo xã/phường"
      style={{ width }}
      value={value ?? undefined}
      onChange={(v) => onChange(v ?? null)}
      options={[
        ...(areas.data ?? []).map((a) => ({ value: a.id as number | typeof NO_AREA, label: a.name, count: a.activeUnits })),
        { value: NO_AREA, label: NO_AREA_LABEL, count: null },
      ]}
      optionRender={(o) => (
        <span style={{ display: 'flex', gap: 8 }}>
          <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }} title={String(o.label)}>
            {o.label}
          </span>
          {typeof o.data.count === 'number' && <span className="muted">{o.data.count} ĐV</span>}
        </span>
      )}
      // Room for the count beside a long name.
      popupMatchSelectWidth={width + 80}
      notFoundContent="Chưa có xã/phường nào; thêm trong Cài đặt → Danh mục xã/phường."
    />
  );
}

/** Stands for "add what was typed" among the options (ids are positive). */
const ADD = -1;

/**
 * The unit form's commune/ward: chosen from the list, or typed and added to the list on the spot
 * (matched without diacritics, so "xa vinh thuan" picks "Xã Vĩnh Thuận" instead of adding it twice).
 */
export function AreaPicker({ value, onChange, id }: { value?: number | null; onChange?: (v: number | null) => void; id?: string }) {
  const { message } = App.useApp();
  const areas = useApi('areas.list', {});
  const create = useApiMutation('areas.create');
  const [search, setSearch] = useState('');
  const typed = cleanText(search);
  const exists = (areas.data ?? []).some((a) => foldVi(a.name) === foldVi(typed));
  const options = [
    ...(areas.data ?? []).map((a) => ({ value: a.id, label: a.name })),
    ...(typed && !exists ? [{ value: ADD, label: `Thêm "${typed}" vào danh sách` }] : []),
  ];

  const add = async () => {
    const parsed = areaNameSchema.safeParse(typed);
    if (!parsed.success) {
      message.error(parsed.error.issues[0]?.message ?? 'Tên xã/phường chưa đúng.');
      return;
    }
    try {
      const area = await create.mutateAsync({ name: parsed.data });
      onChange?.(area.id);
      setSearch('');
      message.success(`Đã thêm "${area.name}" vào danh sách xã/phường.`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Select<number>
      id={id}
      allowClear
      placeholder="Chọn hoặc gõ tên xã/phường"
      loading={areas.isLoading || create.isPending}
      value={value ?? undefined}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterOption: (input, option) => option?.value === ADD || foldedFilter(input, option),
      }}
      onChange={(v) => {
        if (v === ADD) void add();
        else onChange?.(v ?? null);
      }}
      options={options}
      notFoundContent="Gõ tên xã/phường để thêm vào danh sách."
    />
  );
}
