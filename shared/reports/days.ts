// Deadlines: days between ISO dates and the words a clerk reads on the dashboard.

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  const a = Date.UTC(Number(fromIso.slice(0, 4)), Number(fromIso.slice(5, 7)) - 1, Number(fromIso.slice(8, 10)));
  const b = Date.UTC(Number(toIso.slice(0, 4)), Number(toIso.slice(5, 7)) - 1, Number(toIso.slice(8, 10)));
  return Math.round((b - a) / 86_400_000);
}

/** 5 → "Còn 5 ngày", 0 → "Hôm nay là hạn cuối", -3 → "Quá hạn 3 ngày". */
export function deadlineText(daysLeft: number): string {
  if (daysLeft > 0) return `Còn ${daysLeft} ngày`;
  if (daysLeft === 0) return 'Hôm nay là hạn cuối';
  return `Quá hạn ${-daysLeft} ngày`;
}
