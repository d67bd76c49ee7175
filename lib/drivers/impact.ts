import type { SegmentCounts } from '../types';
import { exactNps, npsVariance, ratedCount } from '../nps/summary';

type Rated = Omit<SegmentCounts, 'unrated'>;

export interface ThemeImpact {
  /** NPS(all) − NPS(all without the theme's comments), unrounded points. */
  impact: number;
  interval: [number, number];
}

/**
 * A theme's impact on NPS and its 95% interval.
 *
 * With n_t rated comments mentioning the theme and n_r the rest (n = n_t + n_r),
 * NPS_all = (n_t·NPS_t + n_r·NPS_rest)/n, so impact = NPS_all − NPS_rest
 * = (n_t/n)·(NPS_t − NPS_rest). Theme and rest are disjoint samples, so
 * SE = (n_t/n)·√(var_t + var_rest)·100 and the interval is impact ± 1.96·SE.
 *
 * Edge cases:
 * - no rated mention: nothing is removed, so impact is 0 with interval [0, 0];
 * - the theme is in every rated comment: there is no rest to compare with, so there is
 *   no evidence either way and impact is 0 (the theme is neither kind of driver), with the
 *   interval every possible rest would allow: NPS_all − NPS_rest for NPS_rest in
 *   −100..100, i.e. [NPS_all − 100, NPS_all + 100].
 */
export function themeImpact(all: Rated, theme: Rated): ThemeImpact {
  const nt = ratedCount(theme);
  if (nt === 0) return { impact: 0, interval: [0, 0] };
  // Stale aggregates could make a theme hold more than the whole; never go below zero.
  const rest: Rated = {
    promoters: Math.max(0, all.promoters - theme.promoters),
    passives: Math.max(0, all.passives - theme.passives),
    detractors: Math.max(0, all.detractors - theme.detractors),
  };
  const nr = ratedCount(rest);
  if (nr === 0) {
    // all = theme here (rest is empty), so NPS_all is the theme's own NPS.
    const npsAll = exactNps(theme) ?? 0;
    return { impact: 0, interval: [npsAll - 100, npsAll + 100] };
  }
  const n = nt + nr;
  // (n_t/n)·(NPS_t − NPS_rest) over one integer numerator: exactly 0 when the theme's NPS
  // equals the rest's, so float noise never makes a neutral theme a driver.
  const impact =
    (100 * ((theme.promoters - theme.detractors) * nr - (rest.promoters - rest.detractors) * nt)) / (n * nr);
  const se = (nt / n) * Math.sqrt((npsVariance(theme) ?? 0) + (npsVariance(rest) ?? 0)) * 100;
  return { impact, interval: [impact - 1.96 * se, impact + 1.96 * se] };
}
