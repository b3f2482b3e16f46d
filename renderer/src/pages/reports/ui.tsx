// Small pieces shared by the reports screens.
import { Tag } from 'antd';
import type { ImportFileStatus, SubmissionState } from '../../../../shared/reports/schema';
import { IMPORT_STATUS_LABELS } from '../../../../shared/reports/schema';
import { isoToVn } from '../../../../shared/text/dates';

export { DeadlineTag } from './DeadlineTag';

const STATE: Record<SubmissionState, { color: string; label: string }> = {
  on_time: { color: 'green', label: 'Đã nộp đúng hạn' },
  late: { color: 'orange', label: 'Nộp trễ hạn' },
  missing: { color: 'red', label: 'Chưa nộp' },
};

export function StateTag({ state }: { state: SubmissionState }) {
  return <Tag color={STATE[state].color}>{STATE[state].label}</Tag>;
}

const IMPORT_COLORS: Record<ImportFileStatus, string> = {
  new: 'green',
  duplicate: 'default',
  replace: 'blue',
  blank: 'orange',
  skip: 'default',
  error: 'red',
};

export function ImportStatusTag({ status }: { status: ImportFileStatus }) {
  return <Tag color={IMPORT_COLORS[status]}>{IMPORT_STATUS_LABELS[status]}</Tag>;
}

export function periodText(from: string | null, to: string | null): string {
  if (from && to) return `${isoToVn(from)} – ${isoToVn(to)}`;
  if (from) return `từ ${isoToVn(from)}`;
  if (to) return `đến ${isoToVn(to)}`;
  return '';
}

export { suggestRoundCode } from '../../../../shared/reports/round-code';
