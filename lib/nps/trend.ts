import type { Segment, SegmentCounts } from '../types';
import { nextPeriodStart, periodKey, periodStart, calendarDay, type TrendPeriod } from './periods';
import { addSegment, emptyCounts, npsSummary, type NpsSummary } from './summary';

export interface DatedSegment {
  /** ISO 8601 date or date-time; null when unknown. */
  date: string | Date | null;
  segment: Segment;
}

export interface TrendPoint {
  /** "2026-W03" or "2026-01". */
  key: string;
  /** First day of the period, "YYYY-MM-DD" (a Monday for weeks). */
  start: string;
  summary: NpsSummary;
}

export interface NpsTrend {
  points: TrendPoint[];
  /** Items left out because their date is missing or invalid. */
  undated: number;
}

/**
 * NPS per ISO week or calendar month, oldest first. Periods without any comment between
 * the first and the last are included (n = 0, score null) unless `fillGaps` is false,
 * so a chart's x axis stays true to time.
 */
export function npsTrend(
  items: Iterable<DatedSegment>,
  period: TrendPeriod,
  opts: { fillGaps?: boolean; npsLike?: boolean } = {},
): NpsTrend {
  const byStart = new Map<number, SegmentCounts>();
  let undated = 0;
  for (const item of items) {
    const day = calendarDay(item.date);
    if (day === null) {
      undated++;
      continue;
    }
    const start = periodStart(day, period);
    let c = byStart.get(start);
    if (!c) byStart.set(start, (c = emptyCounts()));
    addSegment(c, item.segment, 1);
  }
  let starts = [...byStart.keys()].sort((a, b) => a - b);
  if (opts.fillGaps !== false && starts.length > 1) {
    const all: number[] = [];
    for (let s = starts[0]; s <= starts[starts.length - 1]; s = nextPeriodStart(s, period)) all.push(s);
    starts = all;
  }
  const points = starts.map((s) => ({
    key: periodKey(s, period),
    start: new Date(s).toISOString().slice(0, 10),
    summary: npsSummary(byStart.get(s) ?? emptyCounts(), { npsLike: opts.npsLike }),
  }));
  return { points, undated };
}
