// Dates travel through the API as ISO 'YYYY-MM-DD' strings; clerks read and type dd/mm/yyyy.

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  // Arithmetic for the usual case (no Date object: called for every date of a 50,000-row list).
  if (!(Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12)) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  if (month === 4 || month === 6 || month === 9 || month === 11) return 30;
  return 31;
}

/** '2024-03-05' → '05/03/2024'. */
export function isoToVn(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_RE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Parses what clerks type or what Excel holds: '05/03/1985', '5-3-1985', '1985-03-05',
 * a JS Date. Returns ISO or null.
 */
export function parseVnDate(input: unknown): string | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return toIso(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (!s) return null;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function checked(y: number, m: number, d: number): string | null {
  const iso = toIso(y, m, d);
  return isValidIsoDate(iso) ? iso : null;
}

export function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The local date of an instant as ISO; "today" is `todayIso(ctx.now())` on the server, `todayIso(now())` in the renderer. */
export function todayIso(now: Date): string {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
