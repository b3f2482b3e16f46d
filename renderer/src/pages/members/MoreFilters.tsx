import { Badge, Button, Popover, Spin } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import type { ExtraFilters } from './list-filter';

// The conditions themselves (date and number pickers) are fetched when first opened, not with the list.
const MoreFiltersForm = lazy(() => import('./MoreFiltersForm').then((m) => ({ default: m.MoreFiltersForm })));

/** "Lọc thêm": gender, Party membership, age, join date; the button counts the conditions set. */
export function MoreFilters({ value, onChange }: { value: ExtraFilters; onChange: (v: ExtraFilters) => void }) {
  const count = Object.values(value).filter((v) => v !== null).length;
  return (
    <Popover
      trigger="click"
      placement="bottomLeft"
      content={
        <Suspense fallback={<Spin style={{ width: 300 }} />}>
          <MoreFiltersForm value={value} onChange={onChange} />
        </Suspense>
      }
    >
      <Badge count={count} size="small">
        <Button icon={<FilterOutlined />}>Lọc thêm</Button>
      </Badge>
    </Popover>
  );
}
