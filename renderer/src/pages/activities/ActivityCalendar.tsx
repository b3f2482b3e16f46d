import { Button, Calendar, Space, Tooltip } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { ActivitySummary } from '../../../../shared/activities/schema';
import { useActivityList } from './useActivities';
import { today } from '../../lib/clock';

interface Props {
  month: Dayjs;
  onMonth: (m: Dayjs) => void;
  filter: { typeId: number | null; organiser: 'office' | number | null; query: string; roundId: number | null };
  onOpen: (id: number) => void;
  onNew: (date: string) => void;
}

const colorOf = (a: ActivitySummary) => (a.unitId === null ? 'office' : 'unit');

/**
 * Month view: every activity on each day it covers (several days when it has an end date). The
 * office's own activities in blue, the units' in green. Click an activity to open it, a free day
 * to log one on that date.
 */
export function ActivityCalendar({ month, onMonth, filter, onOpen, onNew }: Props) {
  const from = month.startOf('month').startOf('week');
  const to = month.endOf('month').endOf('week');
  const q = useActivityList({ ...filter, from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD'), limit: 5000 });
  const byDay = useMemo(() => {
    const map = new Map<string, ActivitySummary[]>();
    for (const a of q.data?.items ?? []) {
      let d = dayjs(a.date);
      const end = dayjs(a.endDate ?? a.date);
      for (let i = 0; i < 62 && !d.isAfter(end); i++, d = d.add(1, 'day')) {
        const key = d.format('YYYY-MM-DD');
        map.set(key, [...(map.get(key) ?? []), a]);
      }
    }
    for (const list of map.values()) list.sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
    return map;
  }, [q.data]);

  return (
    <div className="activity-calendar">
      <Calendar
        value={month}
        onPanelChange={(d) => onMonth(d)}
        onSelect={(d, info) => {
          if (info.source === 'date' && !byDay.get(d.format('YYYY-MM-DD'))?.length) onNew(d.format('YYYY-MM-DD'));
          if (!d.isSame(month, 'month')) onMonth(d);
        }}
        headerRender={({ value }) => (
          <div className="calendar-head">
            <Space>
              <Button icon={<LeftOutlined />} aria-label="Tháng trước" onClick={() => onMonth(value.subtract(1, 'month'))} />
              <Button onClick={() => onMonth(today())}>Tháng này</Button>
              <Button icon={<RightOutlined />} aria-label="Tháng sau" onClick={() => onMonth(value.add(1, 'month'))} />
            </Space>
            <h2>
              Tháng {value.month() + 1}/{value.year()}
            </h2>
            <span className="muted">
              <span className="legend office" /> Văn phòng tổ chức <span className="legend unit" /> Công đoàn cơ sở tổ chức
            </span>
          </div>
        )}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
          return (
            <ul className="calendar-events">
              {list.slice(0, 4).map((a) => (
                <li key={a.id}>
                  <Tooltip title={`${a.title}${a.unitName ? ` — ${a.unitName}` : ''}${a.place ? ` — ${a.place}` : ''}`}>
                    <button
                      type="button"
                      className={`calendar-event ${colorOf(a)}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        onOpen(a.id);
                      }}
                    >
                      {a.title}
                    </button>
                  </Tooltip>
                </li>
              ))}
              {list.length > 4 && <li className="muted">+ {list.length - 4} hoạt động khác</li>}
            </ul>
          );
        }}
      />
    </div>
  );
}
