// The receipt date of a report, typed by the clerk (manual entry, files brought on a USB stick):
// never after today, since the office cannot have received it yet.
import { AppError } from '../../../shared/api/result';

export const RECEIVED_AFTER_TODAY = 'Ngày nhận báo cáo không được sau ngày hôm nay.';

/** Throws INVALID_INPUT on the receivedOn field when the date is after `today` (ISO dates). */
export function assertReceivedBy(receivedOn: string, today: string): void {
  if (receivedOn > today) throw new AppError('INVALID_INPUT', RECEIVED_AFTER_TODAY, { receivedOn: RECEIVED_AFTER_TODAY });
}
