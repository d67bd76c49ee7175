import type { Rating } from '../types';

/** Why a rating cannot be used; capture shows it as a warning instead of failing. */
export type RatingProblem = 'missing' | 'not-a-number' | 'bad-scale' | 'out-of-range';

/** Null when the rating is usable, otherwise what is wrong with it. */
export function checkRating(rating: Rating | null | undefined): RatingProblem | null {
  if (rating == null) return 'missing';
  const { value, min, max } = rating;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not-a-number';
  if (typeof min !== 'number' || typeof max !== 'number') return 'bad-scale';
  if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) return 'bad-scale';
  if (value < min || value > max) return 'out-of-range';
  return null;
}

export function isValidRating(rating: Rating | null | undefined): rating is Rating {
  return checkRating(rating) === null;
}
