import { expect, test } from 'vitest';
import { compareNps } from '../../../../lib/nps/compare';
import type { SegmentCounts } from '../../../../lib/types';

const c = (promoters: number, passives: number, detractors: number): SegmentCounts => ({
  promoters,
  passives,
  detractors,
  unrated: 0,
});

test.each([
  // NPS 30 vs −30, each var = (.5 + .2 − .09)/10 = .061 → SE = √.122·100 ≈ 34.93, z ≈ 1.718: not significant.
  { a: c(5, 3, 2), b: c(2, 3, 5), diff: 60, se: Math.sqrt(0.122) * 100, z: 60 / (Math.sqrt(0.122) * 100), sig: false },
  // Same shares, ten times the sample: var = .0061 each → SE = √.0122·100 ≈ 11.05, z ≈ 5.43: significant.
  { a: c(50, 30, 20), b: c(20, 30, 50), diff: 60, se: Math.sqrt(0.0122) * 100, z: 60 / (Math.sqrt(0.0122) * 100), sig: true },
  // Reversed order flips the sign only.
  { a: c(20, 30, 50), b: c(50, 30, 20), diff: -60, se: Math.sqrt(0.0122) * 100, z: -60 / (Math.sqrt(0.0122) * 100), sig: true },
  // Identical samples.
  { a: c(5, 3, 2), b: c(5, 3, 2), diff: 0, se: Math.sqrt(0.122) * 100, z: 0, sig: false },
])('$a vs $b → difference $diff', ({ a, b, diff, se, z, sig }) => {
  const r = compareNps(a, b);
  expect(r?.difference).toBeCloseTo(diff, 10);
  expect(r?.standardError).toBeCloseTo(se, 10);
  expect(r?.z).toBeCloseTo(z, 10);
  expect(r?.significant).toBe(sig);
});

test('no spread on either side: any difference is significant, none is not', () => {
  expect(compareNps(c(10, 0, 0), c(0, 0, 10))).toEqual({ difference: 200, standardError: 0, z: Infinity, significant: true });
  expect(compareNps(c(10, 0, 0), c(4, 0, 0))).toEqual({ difference: 0, standardError: 0, z: 0, significant: false });
});

test('a side without rated responses cannot be compared', () => {
  expect(compareNps(c(0, 0, 0), c(1, 2, 3))).toBeNull();
  expect(compareNps(c(1, 2, 3), c(0, 0, 0))).toBeNull();
});
