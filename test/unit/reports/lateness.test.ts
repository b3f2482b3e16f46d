// The one "late" rule (shared/reports/lateness.ts): properties over random days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSubmissionStates, submissionState } from '../../../shared/reports/lateness';

const day = fc
  .date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('late rule', () => {
  it('is late exactly when the first report came after the deadline; the deadline day itself is on time', () => {
    fc.assert(
      fc.property(day, day, (first, deadline) => {
        expect(submissionState(first, deadline)).toBe(first > deadline ? 'late' : 'on_time');
      }),
    );
    expect(submissionState('2025-06-30', '2025-06-30')).toBe('on_time');
    expect(submissionState('2025-07-01', '2025-06-30')).toBe('late');
    expect(submissionState(null, '2025-06-30')).toBe('missing');
    expect(submissionState(undefined, '2025-06-30')).toBe('missing');
  });

  it('counts every unit once: received = on time + late, required = received + missing', () => {
    fc.assert(
      fc.property(fc.array(fc.option(day, { nil: null })), day, (firsts, deadline) => {
        const c = countSubmissionStates(firsts, deadline);
        expect(c.required).toBe(firsts.length);
        expect(c.received).toBe(c.onTime + c.late);
        expect(c.required).toBe(c.received + c.missing);
        expect(c.late).toBe(firsts.filter((f) => f !== null && submissionState(f, deadline) === 'late').length);
      }),
    );
  });
});
