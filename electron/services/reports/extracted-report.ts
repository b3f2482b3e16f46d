// What a report file holds once read, by either reader (extract.ts with exceljs, fast-read.ts).
import type { FreeTextKey } from './template-layout';

/** A value cell as found, before it is checked against the indicator's kind. */
export type RawCell =
  | { type: 'empty' }
  | { type: 'number'; value: number; percent: boolean }
  | { type: 'text'; value: string }
  | { type: 'date'; display: string }
  | { type: 'error'; display: string }
  | { type: 'formula-no-result' };

export interface ExtractedRow {
  code: string;
  row: number;
  /** A1 reference of the value cell. */
  ref: string;
  value: RawCell;
  note: string | null;
}

export interface ReportIdentity {
  roundUuid: string;
  unitCode: string;
  roundCode: string | null;
  roundName: string | null;
  unitName: string | null;
  /** The identity sheet as read (key → value), for its checksum; null when only the workbook properties said it. */
  meta: Record<string, string> | null;
}

/** Identity from the hidden sheet or, failing that, the workbook properties (both readers). */
export function reportIdentity(
  meta: Record<string, string> | null,
  fromProps: { roundUuid: string; unitCode: string } | null,
): ReportIdentity | null {
  if (meta) {
    const { roundUuid, unitCode, roundCode, roundName, unitName } = meta;
    return { roundUuid, unitCode, roundCode: roundCode || null, roundName: roundName || null, unitName: unitName || null, meta };
  }
  return fromProps ? { ...fromProps, roundCode: null, roundName: null, unitName: null, meta: null } : null;
}

export interface ExtractedReport {
  /** Identity from the hidden sheet or, failing that, the workbook properties. */
  identity: ReportIdentity | null;
  sheet: string | null;
  rows: ExtractedRow[];
  free: Record<FreeTextKey, string | null>;
  /** Workbook "modified" property (set by Excel, LibreOffice, WPS on save), ISO. */
  savedAt: string | null;
}
