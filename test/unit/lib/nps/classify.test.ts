import { expect, test } from 'vitest';
import { classify } from '../../../../lib/nps/classify';

test.each([
  [10, 'promoter'],
  [9, 'promoter'],
  [8.99, 'passive'],
  [8, 'passive'],
  [7, 'passive'],
  [6.99, 'detractor'],
  [6, 'detractor'],
  [0, 'detractor'],
  // 0.9·10 from a linear normalisation lands on 9 give or take float noise.
  [9 - 1e-12, 'promoter'],
  [-1, 'unrated'],
  [10.5, 'unrated'],
  [Number.NaN, 'unrated'],
  [Number.POSITIVE_INFINITY, 'unrated'],
  [null, 'unrated'],
  [undefined, 'unrated'],
])('classify(%s) → %s', (score, segment) => {
  expect(classify(score)).toBe(segment);
});
