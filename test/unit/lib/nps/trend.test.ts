import { describe, expect, test } from 'vitest';
import { calendarDay, isoWeekKey } from '../../../../lib/nps/periods';
import { npsTrend, type DatedSegment } from '../../../../lib/nps/trend';

describe('isoWeekKey', () => {
  // Checked against ISO 8601 calendars (Python's date.isocalendar()).
  test.each([
    ['2026-01-01', '2026-W01'], // Thursday
    ['2025-12-29', '2026-W01'], // Monday: its Thursday is in 2026
    ['2027-01-01', '2026-W53'], // Friday: 2026 has 53 weeks
    ['2021-01-03', '2020-W53'], // Sunday
    ['2024-12-30', '2025-W01'],
    ['2026-01-11', '2026-W02'], // Sunday closes the week that began Monday the 5th
  ])('%s is in %s', (date, key) => {
    expect(isoWeekKey(calendarDay(date) as number)).toBe(key);
  });
});

describe('calendarDay', () => {
  test.each([
    ['2026-01-05T00:30:00+02:00', '2026-01-05'], // the date as written, not the UTC date
    ['2026-01-20T10:00:00Z', '2026-01-20'],
    [new Date(Date.UTC(2026, 0, 7, 23)), '2026-01-07'],
  ])('%s → %s', (date, day) => {
    expect(new Date(calendarDay(date) as number).toISOString().slice(0, 10)).toBe(day);
  });
  test.each([[null], ['2026-02-30'], ['yesterday'], ['']])('%o is no date', (date) => {
    expect(calendarDay(date)).toBeNull();
  });
});

describe('npsTrend', () => {
  const items: DatedSegment[] = [
    { date: '2026-01-05', segment: 'promoter' },
    { date: '2026-01-11', segment: 'detractor' },
    { date: '2026-01-05T00:30:00+02:00', segment: 'promoter' },
    { date: '2026-01-06', segment: 'unrated' },
    { date: '2026-01-20T10:00:00Z', segment: 'promoter' },
    { date: null, segment: 'promoter' },
    { date: '2026-02-30', segment: 'detractor' },
  ];

  test('by week: W02 has 2 promoters and 1 detractor (NPS 33), W03 is an empty gap, W04 is 100', () => {
    const t = npsTrend(items, 'week');
    expect(t.undated).toBe(2);
    expect(t.points.map((p) => [p.key, p.start, p.summary.n, p.summary.score])).toEqual([
      ['2026-W02', '2026-01-05', 3, 33],
      ['2026-W03', '2026-01-12', 0, null],
      ['2026-W04', '2026-01-19', 1, 100],
    ]);
    expect(t.points[0].summary.unrated).toBe(1);
    // 2 promoters, 1 detractor of 3: var = (2/3 + 1/3 − 1/9)/3 = 8/27.
    expect(t.points[0].summary.marginOfError).toBeCloseTo(196 * Math.sqrt(8 / 27), 10);
  });

  test('gaps can be left out', () => {
    expect(npsTrend(items, 'week', { fillGaps: false }).points.map((p) => p.key)).toEqual(['2026-W02', '2026-W04']);
  });

  test('by month: January holds 3 promoters and 1 detractor → NPS 50; empty months between are filled', () => {
    const t = npsTrend([...items, { date: '2026-03-15', segment: 'detractor' }], 'month');
    expect(t.points.map((p) => [p.key, p.start, p.summary.n, p.summary.score])).toEqual([
      ['2026-01', '2026-01-01', 4, 50],
      ['2026-02', '2026-02-01', 0, null],
      ['2026-03', '2026-03-01', 1, -100],
    ]);
  });

  test('nothing dated gives no points', () => {
    expect(npsTrend([{ date: null, segment: 'promoter' }], 'month')).toEqual({ points: [], undated: 1 });
  });
});
