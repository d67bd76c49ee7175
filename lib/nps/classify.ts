import type { Segment } from '../types';

/** The NPS definition on 0–10: promoter 9–10, passive 7–8, detractor 0–6. */
export const PROMOTER_MIN = 9;
export const PASSIVE_MIN = 7;

/**
 * Scores reached by linear normalisation carry float noise (0.9 · 10 may land a hair
 * under 9), so a score this close to a threshold counts as reaching it.
 */
const EPSILON = 1e-9;

/**
 * Segment of a 0–10 score. A fractional score joins a band only when it reaches the
 * band's lower bound: 8.5 is passive and 6.5 a detractor, so half a point never turns
 * anyone into a promoter. Null, NaN and scores outside 0–10 are unrated.
 */
export function classify(score: number | null | undefined): Segment {
  if (score == null || !Number.isFinite(score)) return 'unrated';
  if (score < -EPSILON || score > 10 + EPSILON) return 'unrated';
  if (score + EPSILON >= PROMOTER_MIN) return 'promoter';
  if (score + EPSILON >= PASSIVE_MIN) return 'passive';
  return 'detractor';
}
