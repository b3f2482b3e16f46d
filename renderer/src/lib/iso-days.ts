import dayjs, { type Dayjs } from 'dayjs';

// Days as the API holds them ('2026-05-07') and as antd's date pickers hold them (Dayjs).

export const isoToDayjs = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso, 'YYYY-MM-DD') : null);
export const dayjsToIso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
