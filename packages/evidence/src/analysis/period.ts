/** How series points are grouped. */
export type Period = "month" | "week";

/**
 * The first day of the period a date (`YYYY-MM-DD`) falls in: the month's first day, or the Monday of
 * its ISO week.
 *
 * @example
 * periodStart("2026-03-19", "month"); // "2026-03-01"
 * periodStart("2026-03-19", "week"); // "2026-03-16"
 */
export function periodStart(date: string, period: Period): string {
  if (period === "month") return `${date.slice(0, 7)}-01`;
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday);
  return day.toISOString().slice(0, 10);
}
