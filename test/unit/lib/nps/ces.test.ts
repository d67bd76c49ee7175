import { expect, test } from 'vitest';
import { CES_5_HIGHER_IS_BETTER, CES_5_LOWER_IS_BETTER, CES_7, summarizeCes } from '../../../../lib/nps/ces';

test.each([
  // CES 2.0, 1–7, higher is better, top box 5–7: 7,6,5,6 of 8 → .5; mean 34/8 = 4.25.
  { values: [7, 6, 5, 4, 3, 2, 1, 6], scale: CES_7, average: 4.25, top: 0.5, box: [5, 7], invalid: 0 },
  // Older 1–5 effort question, lower is better, top box 1–2: 1,2,2 of 5 → .6; mean 13/5 = 2.6; 9 and NaN skipped.
  { values: [1, 2, 2, 5, 3, 9, Number.NaN], scale: CES_5_LOWER_IS_BETTER, average: 2.6, top: 0.6, box: [1, 2], invalid: 2 },
  // Same answers, higher is better: top box 4–5 holds only the 5 → .2.
  { values: [1, 2, 2, 5, 3], scale: CES_5_HIGHER_IS_BETTER, average: 2.6, top: 0.2, box: [4, 5], invalid: 0 },
])('$values on $scale.min–$scale.max', ({ values, scale, average, top, box, invalid }) => {
  const s = summarizeCes(values, scale);
  expect(s.average).toBeCloseTo(average, 12);
  expect(s.topBoxShare).toBeCloseTo(top, 12);
  expect(s.topBox).toEqual(box);
  expect(s.higherIsBetter).toBe(scale.higherIsBetter);
  expect(s.invalid).toBe(invalid);
});

test('no valid answer gives null figures', () => {
  expect(summarizeCes([0, 8], CES_7)).toMatchObject({ average: null, topBoxShare: null, n: 0, invalid: 2 });
});
