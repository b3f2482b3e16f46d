import { Empty, Spin, Tag } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Member } from '../../../../shared/members/schema';
import { genderLabel, positionLabel, showDate, STATUS_COLORS, statusLabel } from './labels';
import { useUnitLabels } from '../units/useUnitLabels';

const COLUMNS: { title: string; width: string; render: (m: Member, unitLabel: string) => React.ReactNode }[] = [
  { title: 'Họ và tên', width: 'minmax(162px, 1.3fr)', render: (m) => <b>{m.name}</b> },
  { title: 'Ngày sinh', width: '104px', render: (m) => showDate(m.birthDate) },
  { title: 'Giới tính', width: '84px', render: genderLabel },
  { title: 'Số CCCD', width: '130px', render: (m) => m.cccd ?? '' },
  { title: 'Mã số ĐV', width: '100px', render: (m) => m.memberCode ?? '' },
  // The part of the unit's name that tells it apart; the full name on hover.
  { title: 'Công đoàn cơ sở', width: 'minmax(200px, 2.2fr)', render: (m, unitLabel) => <span title={m.unitName}>{unitLabel}</span> },
  { title: 'Chức vụ CĐ', width: '110px', render: positionLabel },
  { title: 'Trạng thái', width: '130px', render: (m) => <Tag color={STATUS_COLORS[m.status]}>{statusLabel(m.status)}</Tag> },
];
// STT wide enough for "100.000" rows' numbers (a register of 100,000 members): 64px, taken from
// the name column's minimum so that the columns still fit a 1366px-wide screen.
const GRID = `64px ${COLUMNS.map((c) => c.width).join(' ')}`;
const ROW_HEIGHT = 40;

/** The list's height: the window's less what is above and below it (340px), at least 320px. */
const BODY_OFFSET = 340;
const BODY_MIN = 320;
const BODY_STYLE = { height: `max(${BODY_MIN}px, calc(100vh - ${BODY_OFFSET}px))` };
/** The same in pixels, so that the first render already holds the rows that fit (not a few, a measure, then the rest). */
const bodyHeight = () => Math.max(BODY_MIN, window.innerHeight - BODY_OFFSET);

interface Props {
  total: number | null;
  rowAt: (i: number) => Member | undefined;
  ensure: (from: number, to: number) => void;
  onOpen: (m: Member) => void;
  emptyText: string;
}

/** Virtualised member list: only the rows on screen are in the DOM, pages load as they scroll in. */
export function MemberTable({ total, rowAt, ensure, onOpen, emptyText }: Props) {
  const parent = useRef<HTMLDivElement>(null);
  const unitLabels = useUnitLabels();
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    initialRect: { width: 0, height: bodyHeight() },
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total) ensure(first, last);
  }, [first, last, total, ensure]);

  return (
    <div className="member-table" role="table" aria-label="Danh sách đoàn viên" aria-rowcount={total ?? 0}>
      <div className="member-row member-head" role="row" style={{ gridTemplateColumns: GRID }}>
        <div role="columnheader">STT</div>
        {COLUMNS.map((c) => (
          <div role="columnheader" key={c.title}>
            {c.title}
          </div>
        ))}
      </div>
      <div ref={parent} className="member-body" style={BODY_STYLE} tabIndex={0}>
        {total === null && (
          <div style={{ padding: 24, textAlign: 'center' }}>
            <Spin />
          </div>
        )}
        {total === 0 && <Empty style={{ padding: 32 }} description={emptyText} />}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const m = rowAt(v.index);
            return (
              <div
                key={v.key}
                role="row"
                className="member-row"
                tabIndex={m ? 0 : -1}
                style={{ gridTemplateColumns: GRID, transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                onDoubleClick={() => m && onOpen(m)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && m) onOpen(m);
                }}
                onClick={() => m && onOpen(m)}
              >
                <div role="cell" className="muted member-index">
                  {v.index + 1}
                </div>
                {COLUMNS.map((c) => (
                  <div role="cell" key={c.title}>
                    {m ? c.render(m, unitLabels.get(m.unitId) ?? m.unitName) : <span className="skeleton" />}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
