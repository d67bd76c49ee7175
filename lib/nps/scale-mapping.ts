import type { Rating, Segment } from '../types';
import { classify } from './classify';
import { isValidRating } from './rating-check';

/**
 * Lower bounds on the RAW value of a scale: a rating is a promoter when it reaches
 * `promoterMin`, passive when it reaches `passiveMin`, otherwise a detractor. Because they
 * are lower bounds, a half star belongs to the band below (4.5★ of 5 is passive, 3.5★ a
 * detractor); set `promoterMin: 4.5` to count it as a promoter instead.
 */
export interface SegmentThresholds {
  promoterMin: number;
  passiveMin: number;
}

/**
 * How ratings on scales other than 0–10 become segments (a user setting). Keys are
 * "min-max" of the source scale. 0–10 is never mapped: it is the NPS definition itself.
 * A scale not listed here is normalised linearly to 0–10 and classified with the 0–10
 * thresholds (so on 0–100, 90+ promotes and 70–89 is passive).
 */
export interface ScaleMapping {
  scales: Record<string, SegmentThresholds>;
}

export const DEFAULT_SCALE_MAPPING: ScaleMapping = {
  scales: {
    // Stars: only a full five promotes, four is passive, one to three detract.
    '1-5': { promoterMin: 5, passiveMin: 4 },
    // Same as stars; a zero is a detractor like one star.
    '0-5': { promoterMin: 5, passiveMin: 4 },
    // NPS bands shifted to a scale without zero: 9–10 / 7–8 / 1–6.
    '1-10': { promoterMin: 9, passiveMin: 7 },
  },
};

export function scaleKey(min: number, max: number): string {
  return `${min}-${max}`;
}

/** The default mapping with the user's overrides laid over it, scale by scale. */
export function resolveScaleMapping(overrides?: Partial<ScaleMapping>): ScaleMapping {
  const scales = { ...DEFAULT_SCALE_MAPPING.scales };
  for (const [key, t] of Object.entries(overrides?.scales ?? {})) {
    if (!(Number.isFinite(t.promoterMin) && Number.isFinite(t.passiveMin) && t.passiveMin <= t.promoterMin)) {
      throw new RangeError(`Scale ${key}: passiveMin must be a number not above promoterMin`);
    }
    scales[key] = { ...t };
  }
  return { scales };
}

export interface ScoredRating {
  /** 0–10, linear in the raw value ((v − min)/(max − min)·10); null when unrated. */
  score: number | null;
  segment: Segment;
  /** True when the source scale was not 0–10, so any NPS from it is "NPS-like". */
  mapped: boolean;
}

const UNRATED: ScoredRating = { score: null, segment: 'unrated', mapped: false };

/**
 * The 0–10 score and segment of a rating as the source gave it. For a mapped scale the
 * segment comes from the raw value and the mapping, not from the normalised score: 9 of
 * 1–10 normalises to 8.9 yet is a promoter by the 9–10 rule. A missing, NaN or
 * out-of-range rating is unrated (use `checkRating` to say why).
 */
export function ratingToScore(
  rating: Rating | null | undefined,
  mapping: ScaleMapping = DEFAULT_SCALE_MAPPING,
): ScoredRating {
  if (!isValidRating(rating)) return UNRATED;
  const { value, min, max } = rating;
  if (min === 0 && max === 10) return { score: value, segment: classify(value), mapped: false };
  const score = ((value - min) / (max - min)) * 10;
  const thresholds = mapping.scales[scaleKey(min, max)];
  if (!thresholds) return { score, segment: classify(score), mapped: true };
  const segment: Segment =
    value >= thresholds.promoterMin ? 'promoter' : value >= thresholds.passiveMin ? 'passive' : 'detractor';
  return { score, segment, mapped: true };
}
