// The spreadsheet formats the app reads (member and unit lists): one list, its type derived.
export const SHEET_FORMATS = ['xlsx', 'xls', 'ods', 'csv'] as const;
export type SheetFormat = (typeof SHEET_FORMATS)[number];
