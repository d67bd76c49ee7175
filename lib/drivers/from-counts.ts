import type { DriverRow, SegmentCounts, ThemeCounts } from '../types';
import { SMALL_SAMPLE, exactNps, ratedCount, roundNps, npsSummary, type NpsSummary } from '../nps/summary';
import { themeImpact } from './impact';

export interface DriverSummary {
  overall: NpsSummary;
  /** Every theme, most mentioned first (ties by theme id). */
  rows: DriverRow[];
  /** Rows with impact > 0, largest |impact| first. */
  promoterDrivers: DriverRow[];
  /** Rows with impact < 0, largest |impact| first. */
  detractorDrivers: DriverRow[];
}

export type ThemeLabel = (themeId: string) => string;

/**
 * One driver row from a theme's running aggregate. `smallSample` is true below 30 rated
 * mentions: that covers "below 30 mentions" and also flags a theme whose many mentions
 * are mostly unrated, since its NPS and impact rest on the rated ones only.
 */
export function driverRow(overall: SegmentCounts, theme: ThemeCounts, label: string): DriverRow {
  const rated = ratedCount(theme);
  const exact = exactNps(theme);
  const { impact, interval } = themeImpact(overall, theme);
  return {
    theme: theme.themeId,
    label,
    mentions: rated + theme.unrated,
    promoters: theme.promoters,
    passives: theme.passives,
    detractors: theme.detractors,
    nps: exact === null ? null : roundNps(exact),
    impact,
    impactInterval: interval,
    sentiment: theme.sentimentN > 0 ? theme.sentimentSum / theme.sentimentN : 0,
    smallSample: rated < SMALL_SAMPLE,
  };
}

function byImpactSize(a: DriverRow, b: DriverRow): number {
  return Math.abs(b.impact) - Math.abs(a.impact) || b.mentions - a.mentions || a.theme.localeCompare(b.theme);
}

/** The driver summary from running aggregates (what the database keeps). */
export function driversFromCounts(
  overall: SegmentCounts,
  themes: readonly ThemeCounts[],
  labels: ThemeLabel,
  opts: { npsLike?: boolean } = {},
): DriverSummary {
  const rows = themes
    .map((t) => driverRow(overall, t, labels(t.themeId)))
    .sort((a, b) => b.mentions - a.mentions || a.theme.localeCompare(b.theme));
  return {
    overall: npsSummary(overall, opts),
    rows,
    promoterDrivers: rows.filter((r) => r.impact > 0).sort(byImpactSize),
    detractorDrivers: rows.filter((r) => r.impact < 0).sort(byImpactSize),
  };
}
