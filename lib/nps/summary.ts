import type { Segment, SegmentCounts } from '../types';

/** Below this many rated responses a figure is flagged (DESIGN.md). */
export const SMALL_SAMPLE = 30;

export interface NpsShares {
  promoters: number;
  passives: number;
  detractors: number;
}

interface NpsSummaryBase {
  /** Rated responses. */
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  unrated: number;
  /** True below 30 rated responses, including none. */
  smallSample: boolean;
  /** True when some ratings came from a mapped scale (stars, 1–10…): call it "NPS-like". */
  npsLike?: boolean;
  /** Unrounded shares of the rated responses (all 0 when nothing is rated). */
  shares: NpsShares;
}

export interface RatedNpsSummary extends NpsSummaryBase {
  /** Integer NPS −100..100, rounded once from the exact value. */
  score: number;
  /** Unrounded NPS. */
  exact: number;
  /** 95% margin of error in NPS points, unrounded. */
  marginOfError: number;
  /** The margin of error as shown beside the score (±integer). */
  marginOfErrorDisplay: number;
  /** exact ± marginOfError, clamped to −100..100 where NPS lives. */
  interval: [number, number];
}

/** Nothing rated: no score and no interval. */
export interface UnratedNpsSummary extends NpsSummaryBase {
  score: null;
  exact: null;
  marginOfError: null;
  marginOfErrorDisplay: null;
  interval: null;
}

/** Narrow on `score !== null` to reach the margin of error and interval. */
export type NpsSummary = RatedNpsSummary | UnratedNpsSummary;

/** The `nps` object of `analyze --json`. */
export interface NpsJson {
  score: number | null;
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  marginOfError: number | null;
}

export function emptyCounts(): SegmentCounts {
  return { promoters: 0, passives: 0, detractors: 0, unrated: 0 };
}

export function countSegments(segments: Iterable<Segment>): SegmentCounts {
  const c = emptyCounts();
  for (const s of segments) addSegment(c, s, 1);
  return c;
}

/** Adds `delta` (−1 to remove) to the count of `segment`, in place. */
export function addSegment(counts: SegmentCounts, segment: Segment, delta: number): void {
  if (segment === 'promoter') counts.promoters += delta;
  else if (segment === 'passive') counts.passives += delta;
  else if (segment === 'detractor') counts.detractors += delta;
  else counts.unrated += delta;
}

export function ratedCount(c: Omit<SegmentCounts, 'unrated'>): number {
  return c.promoters + c.passives + c.detractors;
}

/**
 * Unrounded NPS, computed as 100·(P − D)/n from the integer counts: one correctly rounded
 * division, so a true half (one net promoter among 8 = 12.5) is exact before rounding,
 * where subtracting two float shares could land a hair off it.
 */
export function exactNps(c: Omit<SegmentCounts, 'unrated'>): number | null {
  const n = ratedCount(c);
  return n === 0 ? null : (100 * (c.promoters - c.detractors)) / n;
}

/**
 * The one rounding step: Math.round on the exact value, so .5 goes up (12.5 → 13,
 * −12.5 → −12), and −0 becomes 0 so nobody sees "-0".
 */
export function roundNps(exact: number): number {
  return Math.round(exact) || 0;
}

/** Variance of the NPS estimate on shares: (p + d − (p − d)²)/n; null when n = 0. */
export function npsVariance(c: Omit<SegmentCounts, 'unrated'>): number | null {
  const n = ratedCount(c);
  if (n === 0) return null;
  const p = c.promoters / n;
  const d = c.detractors / n;
  // Rounding can push an exact 0 a hair below zero; √ of that would be NaN.
  return Math.max(0, (p + d - (p - d) ** 2) / n);
}

/** 95% margin of error in NPS points: 196·√var. */
export function marginOfError(c: Omit<SegmentCounts, 'unrated'>): number | null {
  const v = npsVariance(c);
  return v === null ? null : 196 * Math.sqrt(v);
}

export function npsSummary(counts: SegmentCounts, opts: { npsLike?: boolean } = {}): NpsSummary {
  const n = ratedCount(counts);
  const exact = exactNps(counts);
  const moe = marginOfError(counts);
  const base = {
    n,
    promoters: counts.promoters,
    passives: counts.passives,
    detractors: counts.detractors,
    unrated: counts.unrated,
    smallSample: n < SMALL_SAMPLE,
    ...(opts.npsLike === undefined ? {} : { npsLike: opts.npsLike }),
  };
  if (exact === null || moe === null) {
    return {
      ...base,
      score: null,
      exact: null,
      marginOfError: null,
      marginOfErrorDisplay: null,
      interval: null,
      shares: { promoters: 0, passives: 0, detractors: 0 },
    };
  }
  return {
    ...base,
    score: roundNps(exact),
    exact,
    marginOfError: moe,
    marginOfErrorDisplay: Math.round(moe),
    interval: [Math.max(-100, exact - moe), Math.min(100, exact + moe)],
    shares: { promoters: counts.promoters / n, passives: counts.passives / n, detractors: counts.detractors / n },
  };
}

export function npsJson(s: NpsSummary): NpsJson {
  return {
    score: s.score,
    n: s.n,
    promoters: s.promoters,
    passives: s.passives,
    detractors: s.detractors,
    marginOfError: s.marginOfError,
  };
}
