import { Alert, Button, Empty, Input, Select, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { DeleteOutlined, WarningOutlined } from '@ant-design/icons';
import { useDeferredValue, useMemo, useState } from 'react';
import type { PriorSupport } from '../../../../shared/activities/schema';
import { SITUATIONS, SITUATION_LABELS } from '../../../../shared/activities/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { useApi } from '../../api/hooks';
import type { PickedBeneficiary } from './activity-form-values';

interface Props {
  value: PickedBeneficiary[];
  onChange: (next: PickedBeneficiary[]) => void;
  roundId: number | null;
  date: string | null;
  activityId: number | null;
}

const SITUATION_OPTIONS = SITUATIONS.map((s) => ({ value: s, label: SITUATION_LABELS[s] }));

/** The picked beneficiaries: name with the support already received, situation, note, and remove. */
function beneficiaryColumns({
  priorBy,
  update,
  remove,
}: {
  priorBy: Map<number, PriorSupport>;
  update: (i: number, patch: Partial<PickedBeneficiary>) => void;
  remove: (i: number) => void;
}): TableColumnsType<PickedBeneficiary> {
  return [
    { title: 'TT', width: 44, render: (_v, _b, i) => i + 1 },
    {
      title: 'Họ và tên',
      render: (_v, b) => {
        const p = b.memberId !== null ? priorBy.get(b.memberId) : undefined;
        return (
          <div>
            <b>{b.memberName}</b>
            {p && (
              <Tooltip title={p.activities.map((a) => `${a.title} (${isoToVn(a.date)})`).join('; ')}>
                <Tag color="orange" icon={<WarningOutlined />} style={{ marginLeft: 6 }}>
                  Đã được hỗ trợ {p.activities.length} lần
                </Tag>
              </Tooltip>
            )}
            <div className="muted" style={{ fontSize: 13 }}>
              {b.unitName}
              {p && `. Đã nhận: ${p.activities.map((a) => `${a.title} (${isoToVn(a.date)})`).join('; ')}`}
            </div>
          </div>
        );
      },
    },
    {
      title: 'Hoàn cảnh',
      width: 210,
      render: (_v, b, i) => (
        <Select
          allowClear
          size="small"
          style={{ width: '100%' }}
          placeholder="Chọn (nếu có)"
          aria-label={`Hoàn cảnh của ${b.memberName}`}
          value={b.situation}
          options={SITUATION_OPTIONS}
          onChange={(v) => update(i, { situation: v ?? null })}
        />
      ),
    },
    {
      title: 'Ghi chú',
      width: 200,
      render: (_v, b, i) => (
        <Input
          size="small"
          maxLength={300}
          value={b.note ?? ''}
          aria-label={`Ghi chú về ${b.memberName}`}
          onChange={(e) => update(i, { note: e.target.value || null })}
        />
      ),
    },
    {
      width: 44,
      render: (_v, b, i) => (
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`Bỏ ${b.memberName}`} onClick={() => remove(i)} />
      ),
    },
  ];
}

/**
 * Members supported by an activity: search the register as on the member page (name without
 * diacritics, CCCD, member code), pick, set the situation. Members already supported in the same
 * round are flagged; saving is still allowed (a second visit can be right).
 */
export function BeneficiaryPicker({ value, onChange, roundId, date, activityId }: Props) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const search = useApi(
    'members.list',
    { query: deferred, limit: 20, status: 'active' },
    { enabled: deferred.length >= 2, placeholderData: (prev) => prev },
  );
  const ids = value.map((b) => b.memberId).filter((id): id is number => id !== null);
  const prior = useApi(
    'activities.priorSupport',
    { memberIds: ids, roundId, date: date ?? '', ...(activityId ? { excludeActivityId: activityId } : {}) },
    {
      enabled: ids.length > 0 && (roundId !== null || !!date),
      // Always asked afresh when a form opens (an activity may have just been saved), but not
      // refreshed under a form that is closing after its own save.
      staleTime: 0,
    },
  );
  const priorBy = useMemo(() => new Map((prior.data ?? []).map((p) => [p.memberId, p])), [prior.data]);
  const picked = new Set(ids);

  const options = (search.data?.items ?? []).map((m) => ({
    value: m.id,
    disabled: picked.has(m.id),
    label: `${m.name}${m.birthDate ? ` (${m.birthDate.slice(0, 4)})` : ''} — ${m.unitName}`,
    member: m,
  }));

  const update = (i: number, patch: Partial<PickedBeneficiary>) => onChange(value.map((b, k) => (k === i ? { ...b, ...patch } : b)));
  const warned = value.filter((b) => b.memberId !== null && priorBy.has(b.memberId));

  return (
    <div className="beneficiaries">
      <Select
        showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
        value={null}
        placeholder="Tìm đoàn viên để thêm: gõ tên (không cần dấu), số CCCD hoặc mã số đoàn viên"
        aria-label="Tìm đoàn viên được hỗ trợ"
        style={{ width: '100%' }}
        options={options}
        loading={search.isFetching}
        notFoundContent={
          deferred.length < 2 ? 'Gõ ít nhất 2 chữ để tìm.' : search.isFetching ? 'Đang tìm…' : 'Không tìm thấy đoàn viên nào.'
        }
        onChange={(id: number | null, opt) => {
          if (id === null) return;
          const m = (Array.isArray(opt) ? opt[0] : opt)?.member;
          if (!m) return;
          onChange([...value, { memberId: m.id, memberName: m.name, unitName: m.unitName, situation: null, note: null }]);
          setQuery('');
        }}
      />
      {warned.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={`${warned.length} người đã được hỗ trợ ${roundId !== null ? 'trong đợt báo cáo này' : `trong năm ${date?.slice(0, 4) ?? ''}`}. Hãy xem lại trước khi lưu (vẫn lưu được nếu đúng là hỗ trợ thêm lần nữa).`}
        />
      )}
      <Table<PickedBeneficiary>
        size="small"
        style={{ marginTop: 8 }}
        rowKey={(b) => `${b.memberId ?? 'x'}-${b.memberName}`}
        pagination={false}
        dataSource={value}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa chọn đoàn viên nào." /> }}
        columns={beneficiaryColumns({ priorBy, update, remove: (i) => onChange(value.filter((_x, k) => k !== i)) })}
      />
    </div>
  );
}
