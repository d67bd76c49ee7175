import { expect, test } from 'vitest';
import { benchmarkBand } from '../../../../lib/nps/bands';

test.each([
  [-100, 'negative', 'Negative'],
  [-1, 'negative', 'Negative'],
  [0, 'ok', 'OK'],
  [49, 'ok', 'OK'],
  // Shown as 50, so labelled as 50.
  [49.6, 'good', 'Good'],
  [50, 'good', 'Good'],
  [69, 'good', 'Good'],
  [70, 'excellent', 'Excellent'],
  [100, 'excellent', 'Excellent'],
])('NPS %s is %s', (score, id, label) => {
  expect(benchmarkBand(score)).toMatchObject({ id, label });
});
