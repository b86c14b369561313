/** Weeks of the weekly boards: Monday 00:00 to the next Monday in Asia/Seoul (UTC+9 all year: Korea keeps no summer time). */

const seoulOffsetMs = 9 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** The Monday (yyyy-MM-dd, Seoul) of the week holding the instant <now>. */
export function mondayOf(now: Date): string {
  const seoul = new Date(now.getTime() + seoulOffsetMs);
  const sinceMonday = (seoul.getUTCDay() + 6) % 7;
  return new Date(seoul.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10);
}

/** This week's Monday and the <count> - 1 before it, newest first. */
export function recentWeeks(now: Date, count: number): string[] {
  const first = Date.parse(`${mondayOf(now)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(first - i * 7 * dayMs).toISOString().slice(0, 10));
}
