import { z } from '../api/zod-vi';
import { id, optionalIsoDate } from '../api/fields';
import { areaFilterSchema } from '../areas/schema';

// Member statistics as of a date (the half-year reports of 31/5 and 30/11): what is asked, what
// comes back, and the reporting dates.

export const memberStatsSchema = z.strictObject({
  /** Counting date; default the next half-year reporting date (31/5 or 30/11) of the current year. */
  asOf: optionalIsoDate('ngày chốt số liệu'),
  /** First day of the period for admitted / transferred / left; default the day after the previous reporting date. */
  periodFrom: optionalIsoDate('ngày đầu kỳ'),
  sectorId: id.nullable().optional(),
  /** One commune/ward, the units without one ('none'), or all. */
  areaId: areaFilterSchema,
});
export type MemberStatsInput = z.output<typeof memberStatsSchema>;

// ---------------------------------------------------------------------------------------------
// Results

export interface StatsCounts {
  members: number;
  women: number;
  ethnicMinorities: number;
  partyMembers: number;
  admitted: number;
  transferredIn: number;
  transferredOut: number;
  left: number;
}

export interface UnitStatsRow extends StatsCounts {
  unitId: number;
  unitCode: string;
  unitName: string;
  sectorName: string | null;
  areaId: number | null;
  areaName: string | null;
}

/** The unit rows of one commune/ward added up (a transfer between two of its units counts in both). */
export interface AreaStatsRow extends StatsCounts {
  /** Null: the units without a commune/ward. */
  areaId: number | null;
  areaName: string | null;
  units: number;
}

export interface MemberStats {
  asOf: string;
  periodFrom: string;
  rows: UnitStatsRow[];
  /**
   * Office-wide totals. Members, women, minorities, party members, admitted and left are the sums
   * of the unit rows; transferredIn / transferredOut count only moves across the office's boundary
   * (transfers between two of its own units are in `internalTransfers`, not in the totals).
   */
  total: StatsCounts;
  internalTransfers: number;
  /** Totals per commune/ward, in Vietnamese order, units without one last. */
  byArea: AreaStatsRow[];
  /** The two half-year reporting dates of the asOf year (31/5, 30/11), for the date picker. */
  reportingDates: string[];
}

// ---------------------------------------------------------------------------------------------
// Reporting dates

/** Half-year reporting dates: 31/5 and 30/11 of a year. */
export function reportingDates(year: number): [string, string] {
  return [`${year}-05-31`, `${year}-11-30`];
}

/**
 * Default counting date for statistics: the next half-year reporting date of the current year
 * (31/5 until the end of May, then 30/11; in December, 30/11 just passed). Default period start:
 * the day after the previous reporting date (1/12 of the year before, or 1/6).
 */
export function defaultStatsPeriod(today: string): { asOf: string; periodFrom: string } {
  const year = Number(today.slice(0, 4));
  const [may, nov] = reportingDates(year);
  const asOf = today <= may ? may : nov;
  return { asOf, periodFrom: periodStartFor(asOf) };
}

/** Start of the half-year ending on `asOf`: 1/6 for a date after May, else 1/12 of the year before. */
export function periodStartFor(asOf: string): string {
  const year = Number(asOf.slice(0, 4));
  return asOf.slice(5) > '05-31' ? `${year}-06-01` : `${year - 1}-12-01`;
}
