// The deadline tag of the dashboard cards and the reports screens, in a file of its own so that the
// dashboard does not load the reports' schemas (and zod with them) for it.
import { Tag } from 'antd';
import { deadlineText } from '../../../../shared/reports/days';

export function DeadlineTag({ daysLeft, missing }: { daysLeft: number; missing?: number }) {
  const done = missing === 0;
  const color = done ? 'green' : daysLeft < 0 ? 'red' : daysLeft <= 3 ? 'orange' : 'blue';
  return <Tag color={color}>{done ? 'Đã đủ báo cáo' : deadlineText(daysLeft)}</Tag>;
}
