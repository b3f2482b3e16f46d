import { Checkbox, Tag } from 'antd';
import { useEffect, useMemo } from 'react';
import { WEEKS_BEFORE_PERIOD, suggestAnniversaries } from '../../../../shared/documents/anniversaries';
import { isoToVn } from '../../../../shared/text/dates';
import { useApi } from '../../api/hooks';

// The anniversaries a new plan will name ({các_ngày_kỷ_niệm}): those of the period and of the weeks
// before it, round ones ticked; the clerk's ticks are what the plan prints.

export function AnniversaryPicker({
  from,
  to,
  value,
  onChange,
}: {
  /** ISO dates of the period. */
  from: string | null;
  to: string | null;
  value?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const events = useApi('documents.anniversaries', {});
  const list = useMemo(
    () => (events.data && from && to && from <= to ? suggestAnniversaries(events.data, from, to) : []),
    [events.data, from, to],
  );
  const listKey = list.map((a) => a.id).join(',');

  // A new period (or year) starts again from the round ones.
  useEffect(() => {
    onChange?.(list.filter((a) => a.suggested).map((a) => a.id));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the list itself changes
  }, [listKey]);

  if (!from || !to) return <span className="muted">Chọn thời gian thực hiện để xem các ngày kỷ niệm.</span>;
  if (!list.length) {
    return <span className="muted">Không có ngày kỷ niệm nào trong thời gian này và {WEEKS_BEFORE_PERIOD} tuần trước đó.</span>;
  }
  const chosen = new Set(value ?? []);
  return (
    <div role="group" aria-label="Ngày kỷ niệm đưa vào văn bản" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      {list.map((a) => (
        <Checkbox
          key={a.id}
          checked={chosen.has(a.id)}
          onChange={(e) => onChange?.(list.filter((x) => (x.id === a.id ? e.target.checked : chosen.has(x.id))).map((x) => x.id))}
        >
          {a.phrase.replace(/^kỷ niệm /, '')}{' '}
          {a.solemn ? <Tag color="red">Năm chẵn, trọng thể</Tag> : a.round ? <Tag color="orange">Năm chẵn</Tag> : null}
          {a.before && <Tag>Trước thời gian thực hiện ({isoToVn(a.date)})</Tag>}
        </Checkbox>
      ))}
    </div>
  );
}
