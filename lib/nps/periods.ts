export type TrendPeriod = 'week' | 'month';

const DAY_MS = 86_400_000;

/**
 * The calendar day of a date, as a UTC midnight timestamp. An ISO string's own date part
 * wins over its time zone (a review written at 00:30+02:00 on the 5th belongs to the 5th,
 * as its author saw it); other strings and Date objects are read in UTC. Null when invalid.
 */
export function calendarDay(date: string | Date | null | undefined): number | null {
  if (date == null) return null;
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = Date.UTC(y, mo - 1, d);
      const back = new Date(t);
      // Date.UTC rolls 2026-02-30 over to March; such a date is invalid, not March.
      return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : null;
    }
  }
  const t = typeof date === 'string' ? Date.parse(date) : date.getTime();
  if (!Number.isFinite(t)) return null;
  return Math.floor(t / DAY_MS) * DAY_MS;
}

/** Monday (UTC midnight) of the ISO week holding `day`. */
export function isoWeekStart(day: number): number {
  const dow = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return day - dow * DAY_MS;
}

/** "2026-W03": ISO 8601 week; the week's year is the year of its Thursday. */
export function isoWeekKey(day: number): string {
  const thursday = isoWeekStart(day) + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function monthStart(day: number): number {
  const d = new Date(day);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** "2026-01" */
export function monthKey(day: number): string {
  return new Date(day).toISOString().slice(0, 7);
}

export function periodStart(day: number, period: TrendPeriod): number {
  return period === 'week' ? isoWeekStart(day) : monthStart(day);
}

export function periodKey(day: number, period: TrendPeriod): string {
  return period === 'week' ? isoWeekKey(day) : monthKey(day);
}

export function nextPeriodStart(start: number, period: TrendPeriod): number {
  if (period === 'week') return start + 7 * DAY_MS;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}
