import { describe, expect, test } from 'vitest';
import { checkRating, isValidRating } from '../../../../lib/nps/rating-check';
import { DEFAULT_SCALE_MAPPING, resolveScaleMapping, ratingToScore } from '../../../../lib/nps/scale-mapping';
import type { Rating } from '../../../../lib/types';

const r = (value: number, min: number, max: number): Rating => ({ value, min, max });

describe('ratingToScore with the default mapping', () => {
  // score = (v − min)/(max − min)·10; segment from the raw value and the scale's thresholds.
  test.each([
    // 0–10 is NPS itself: not mapped.
    [r(9, 0, 10), 9, 'promoter', false],
    [r(7, 0, 10), 7, 'passive', false],
    [r(8.5, 0, 10), 8.5, 'passive', false],
    [r(0, 0, 10), 0, 'detractor', false],
    // Stars: 5 promoter, 4 passive, 1–3 detractor; 4.5 and 3.5 fall to the band below.
    [r(5, 1, 5), 10, 'promoter', true],
    [r(4.5, 1, 5), 8.75, 'passive', true],
    [r(4, 1, 5), 7.5, 'passive', true],
    [r(3.5, 1, 5), 6.25, 'detractor', true],
    [r(3, 1, 5), 5, 'detractor', true],
    [r(1, 1, 5), 0, 'detractor', true],
    // 0–5 like stars.
    [r(5, 0, 5), 10, 'promoter', true],
    [r(4, 0, 5), 8, 'passive', true],
    [r(0, 0, 5), 0, 'detractor', true],
    // 1–10: 9–10 / 7–8 / 1–6 on the raw value, whatever the normalised score says.
    [r(10, 1, 10), 10, 'promoter', true],
    [r(9, 1, 10), 80 / 9, 'promoter', true],
    [r(7, 1, 10), 60 / 9, 'passive', true],
    [r(6, 1, 10), 50 / 9, 'detractor', true],
    // Unlisted scales: normalise, then the 0–10 thresholds.
    [r(90, 0, 100), 9, 'promoter', true],
    [r(89, 0, 100), 8.9, 'passive', true],
    [r(69, 0, 100), 6.9, 'detractor', true],
    [r(7, 1, 7), 10, 'promoter', true],
    [r(6, 1, 7), 50 / 6, 'passive', true],
    [r(5, 1, 7), 40 / 6, 'detractor', true],
  ])('%o → score %s, %s, mapped %s', (rating, score, segment, mapped) => {
    const s = ratingToScore(rating);
    expect(s.score).toBeCloseTo(score, 12);
    expect(s.segment).toBe(segment);
    expect(s.mapped).toBe(mapped);
  });

  test.each([
    [null],
    [r(11, 0, 10)],
    [r(-1, 0, 10)],
    [r(0, 1, 5)],
    [r(Number.NaN, 1, 5)],
    [r(3, 5, 1)],
    [r(3, 5, 5)],
  ])('%o is unrated, without throwing', (rating) => {
    expect(ratingToScore(rating)).toEqual({ score: null, segment: 'unrated', mapped: false });
  });
});

describe('an overridden mapping', () => {
  test('counts 4.5★ as a promoter and keeps the other defaults', () => {
    const m = resolveScaleMapping({ scales: { '1-5': { promoterMin: 4.5, passiveMin: 4 } } });
    expect(ratingToScore(r(4.5, 1, 5), m).segment).toBe('promoter');
    expect(ratingToScore(r(4, 1, 5), m).segment).toBe('passive');
    expect(ratingToScore(r(9, 1, 10), m).segment).toBe('promoter');
    expect(DEFAULT_SCALE_MAPPING.scales['1-5'].promoterMin).toBe(5);
  });

  test('adds a scale: 1–7 with 7 promoter and 6 passive', () => {
    const m = resolveScaleMapping({ scales: { '1-7': { promoterMin: 7, passiveMin: 6 } } });
    expect(ratingToScore(r(6, 1, 7), m).segment).toBe('passive');
    expect(ratingToScore(r(5, 1, 7), m).segment).toBe('detractor');
  });

  test('refuses a passive bound above the promoter bound', () => {
    expect(() => resolveScaleMapping({ scales: { '1-5': { promoterMin: 4, passiveMin: 5 } } })).toThrow(RangeError);
  });
});

describe('checkRating says why a rating is unusable', () => {
  test.each([
    [r(4, 1, 5), null],
    [r(1, 1, 5), null],
    [null, 'missing'],
    [undefined, 'missing'],
    [r(Number.NaN, 1, 5), 'not-a-number'],
    [r(Number.POSITIVE_INFINITY, 1, 5), 'not-a-number'],
    [r(3, 5, 1), 'bad-scale'],
    [r(3, 3, 3), 'bad-scale'],
    [r(3, 0, Number.NaN), 'bad-scale'],
    [r(6, 1, 5), 'out-of-range'],
    [r(0, 1, 5), 'out-of-range'],
  ])('%o → %s', (rating, problem) => {
    expect(checkRating(rating)).toBe(problem);
    expect(isValidRating(rating)).toBe(problem === null);
  });
});
