// When a unit's report counts as late: its FIRST submission reached the office after the
// deadline. A corrected version sent later does not make an on-time report late. The one home of
// this rule: the status list, the results, their export and the round counts all ask here.

export const SUBMISSION_STATES = ['on_time', 'late', 'missing'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** Dates are ISO (YYYY-MM-DD), so comparing the strings compares the days. */
const isLate = (firstReceivedOn: string, deadline: string): boolean => firstReceivedOn > deadline;

/** State of a unit for a round, from the day its first report reached the office (none: missing). */
export function submissionState(firstReceivedOn: string | null | undefined, deadline: string): SubmissionState {
  if (firstReceivedOn === null || firstReceivedOn === undefined) return 'missing';
  return isLate(firstReceivedOn, deadline) ? 'late' : 'on_time';
}

/** How many units must report, reported (on time or late) and have not, from each unit's first day. */
export interface SubmissionCounts {
  required: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
}

export function countSubmissionStates(firstReceivedOns: Iterable<string | null | undefined>, deadline: string): SubmissionCounts {
  const counts: SubmissionCounts = { required: 0, received: 0, onTime: 0, late: 0, missing: 0 };
  for (const first of firstReceivedOns) {
    counts.required++;
    const state = submissionState(first, deadline);
    if (state === 'missing') counts.missing++;
    else counts.received++;
    if (state === 'late') counts.late++;
    if (state === 'on_time') counts.onTime++;
  }
  return counts;
}
