import { describe, expect, test } from 'vitest';
import { countSegments, npsJson, npsVariance, roundNps, npsSummary } from '../../../../lib/nps/summary';
import type { SegmentCounts } from '../../../../lib/types';

const counts = (promoters: number, passives: number, detractors: number, unrated = 0): SegmentCounts => ({
  promoters,
  passives,
  detractors,
  unrated,
});

describe('npsSummary', () => {
  // Each row worked by hand: NPS = 100·(P − D)/n; var = (p + d − (p − d)²)/n; MoE = 196·√var.
  test.each([
    // 5/3/2 of 10: p = .5, d = .2 → NPS 30; var = (.5 + .2 − .09)/10 = .061; MoE = 196·√.061 ≈ 48.41
    { c: counts(5, 3, 2, 4), score: 30, exact: 30, moe: 196 * Math.sqrt(0.061), shown: 48, small: true },
    // 20/6/4 of 30: NPS 1600/30 = 53.33 → 53; p + d = .8, p − d = 8/15 → var = (.8 − 64/225)/30
    { c: counts(20, 6, 4), score: 53, exact: 160 / 3, moe: 196 * Math.sqrt((0.8 - 64 / 225) / 30), shown: 26, small: false },
    // Everyone a promoter: var = (1 + 0 − 1)/10 = 0, so no spread at all.
    { c: counts(10, 0, 0), score: 100, exact: 100, moe: 0, shown: 0, small: true },
    // All detractors
    { c: counts(0, 0, 40), score: -100, exact: -100, moe: 0, shown: 0, small: false },
  ])('$c → NPS $score ± $shown', ({ c, score, exact, moe, shown, small }) => {
    const s = npsSummary(c);
    expect(s.score).toBe(score);
    expect(s.exact).toBeCloseTo(exact, 10);
    expect(s.marginOfError).toBeCloseTo(moe, 10);
    expect(s.marginOfErrorDisplay).toBe(shown);
    expect(s.interval?.[0]).toBeCloseTo(Math.max(-100, exact - moe), 10);
    expect(s.interval?.[1]).toBeCloseTo(Math.min(100, exact + moe), 10);
    expect(s.smallSample).toBe(small);
    expect(s.n).toBe(c.promoters + c.passives + c.detractors);
    expect([s.promoters, s.passives, s.detractors, s.unrated]).toEqual([c.promoters, c.passives, c.detractors, c.unrated]);
  });

  test('the 5/3/2 example: MoE ≈ 48.4 and interval ≈ [−18.4, 78.4]', () => {
    const s = npsSummary(counts(5, 3, 2));
    expect(s.marginOfError).toBeCloseTo(48.408, 3);
    expect(s.interval?.[0]).toBeCloseTo(-18.408, 3);
    expect(s.interval?.[1]).toBeCloseTo(78.408, 3);
    expect(s.shares).toEqual({ promoters: 0.5, passives: 0.3, detractors: 0.2 });
    expect(npsVariance(counts(5, 3, 2))).toBeCloseTo(0.061, 12);
  });

  test('the interval is clamped to −100..100', () => {
    // 1 promoter, 1 detractor: var = (.5 + .5 − 0)/2 = .5; MoE = 196·√.5 ≈ 138.6
    const s = npsSummary(counts(1, 0, 1));
    expect(s.marginOfError).toBeCloseTo(138.593, 3);
    expect(s.interval).toEqual([-100, 100]);
  });

  test('nothing rated: score, margin and interval are null, flagged small', () => {
    const s = npsSummary(counts(0, 0, 0, 7));
    expect(s).toMatchObject({ score: null, exact: null, n: 0, unrated: 7, marginOfError: null, interval: null, smallSample: true });
    expect(npsJson(s)).toEqual({ score: null, n: 0, promoters: 0, passives: 0, detractors: 0, marginOfError: null });
  });

  test.each([
    // One net promoter among 8 is exactly 12.5: Math.round goes up.
    { c: counts(3, 3, 2), exact: 12.5, score: 13 },
    // 7 − 4 of 24 = 12.5 exactly (share subtraction would give 12.500000000000004).
    { c: counts(7, 13, 4), exact: 12.5, score: 13 },
    // 4 − 7 of 24 = −12.5: rounds up to −12, where (4/24 − 7/24)·100 = −12.500000000000004 would give −13.
    { c: counts(4, 13, 7), exact: -12.5, score: -12 },
    // 1 − 2 of 300 = −0.33: rounds to 0, never to −0.
    { c: counts(1, 297, 2), exact: -1 / 3, score: 0 },
  ])('rounds once, from the unrounded value: $c → $score', ({ c, exact, score }) => {
    const s = npsSummary(c);
    expect(s.exact).toBeCloseTo(exact, 12);
    expect(Object.is(s.score, score)).toBe(true);
  });

  test('roundNps never returns −0', () => {
    expect(Object.is(roundNps(-0.4), 0)).toBe(true);
    expect(Object.is(roundNps(-0), 0)).toBe(true);
  });

  test('npsLike is carried only when told', () => {
    expect(npsSummary(counts(1, 0, 0), { npsLike: true }).npsLike).toBe(true);
    expect('npsLike' in npsSummary(counts(1, 0, 0))).toBe(false);
  });

  test('npsJson is the analyze --json nps object', () => {
    const s = npsSummary(counts(5, 3, 2, 1));
    expect(npsJson(s)).toEqual({ score: 30, n: 10, promoters: 5, passives: 3, detractors: 2, marginOfError: s.marginOfError });
  });

  test('countSegments counts each segment', () => {
    expect(countSegments(['promoter', 'passive', 'promoter', 'unrated', 'detractor'])).toEqual(counts(2, 1, 1, 1));
  });
});
