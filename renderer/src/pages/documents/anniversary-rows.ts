import type { AnniversaryEvent } from '../../../../shared/documents/anniversaries';
import { foldVi } from '../../../../shared/text/vi';

// The anniversary list as the clerk edits it in Settings → "Ngày kỷ niệm": one row per event with
// the date as typed, and the step that turns the rows back into events to save.

export interface Row {
  /** React key; new rows have no event key yet. */
  rowKey: number;
  key: string;
  label: string;
  /** dd/mm/yyyy as typed. */
  dateText: string;
  padDay: boolean;
}

let rowCounter = 0;

export const toRow = (e: AnniversaryEvent): Row => {
  const [y, m, d] = e.date.split('-');
  return { rowKey: ++rowCounter, key: e.key, label: e.label, dateText: `${d}/${m}/${y}`, padDay: !!e.padDay };
};

/** A new blank row at the end of the table. */
export const emptyRow = (): Row => ({ rowKey: ++rowCounter, key: '', label: '', dateText: '', padDay: false });

/** '7/5/1954' → '1954-05-07' (historical years allowed), or null. */
export function parseDate(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const iso = `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? iso : null;
}

function uniqueKey(label: string, taken: Set<string>): string {
  const base =
    foldVi(label)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'su-kien';
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  return key;
}

/** The rows as events to save (keys kept, new ones made from the label), or the first problem to show. */
export function eventsFromRows(rows: readonly Row[]): { events: AnniversaryEvent[] } | { error: string } {
  const bad = rows.find((r) => !r.label.trim() || !parseDate(r.dateText));
  if (bad) {
    return {
      error: !bad.label.trim()
        ? 'Có dòng chưa nhập tên sự kiện.'
        : `Ngày "${bad.dateText}" của "${bad.label}" chưa đúng dạng ngày/tháng/năm, ví dụ 07/05/1954.`,
    };
  }
  const taken = new Set<string>();
  const events: AnniversaryEvent[] = rows.map((r) => {
    const key = r.key && !taken.has(r.key) ? r.key : uniqueKey(r.label, taken);
    taken.add(key);
    return { key, label: r.label.trim(), date: parseDate(r.dateText)!, padDay: r.padDay };
  });
  return { events };
}
