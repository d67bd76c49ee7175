import { describe, expect, test } from 'vitest';
import { driversFromCounts } from '../../../../lib/drivers/from-counts';
import { summarizeDrivers } from '../../../../lib/drivers/summarize';
import type { DriverInput, DriverRow, Segment } from '../../../../lib/types';

const labels = (id: string): string => ({ price: 'Price', staff: 'Staff', food: 'Food', 'food.pizza': 'Pizza' })[id] ?? id;
const c = (segment: Segment, ...themes: [string, number][]): DriverInput => ({
  segment,
  themes: themes.map(([themeId, sentiment]) => ({ themeId, sentiment })),
});

/**
 * The worked example: 5 promoters, 3 passives, 2 detractors (NPS 30) and one unrated comment.
 *
 * price: c6 passive, c9 and c10 detractors → n_t = 3, NPS_t = −200/3 = −66.67.
 *   rest: 5 P, 2 A, 0 D → NPS_rest = 500/7 = 71.43.
 *   impact = 30 − 500/7 = −290/7 = −41.43; check: (3/10)·(−200/3 − 500/7) = −290/7.
 *   var_t = (0 + 2/3 − 4/9)/3 = 2/27; var_rest = (5/7 − 25/49)/7 = 10/343;
 *   SE = (3/10)·√(2/27 + 10/343)·100 ≈ 9.639 → interval ≈ [−60.32, −22.54].
 * staff: c1–c4 promoters and the unrated c11 → 5 mentions, n_t = 4, NPS_t = 100.
 *   rest: 1 P, 3 A, 2 D → NPS_rest = −100/6 = −16.67.
 *   impact = 30 + 50/3 = 140/3 = 46.67; check: (4/10)·(100 + 50/3) = 140/3.
 *   var_t = 0; var_rest = (1/2 − 1/36)/6 = 17/216; SE = 0.4·√(17/216)·100 ≈ 11.222.
 * food (parent): c7 mentions food, c4 food and food.pizza (counted once), c9 food.pizza
 *   → 1 P, 1 A, 1 D, NPS 0; rest 4 P, 2 A, 1 D → NPS 300/7; impact = 30 − 300/7 = −90/7 = −12.86.
 * food.pizza: c4 P, c9 D → NPS 0; rest 4 P, 3 A, 1 D → 37.5; impact = 30 − 37.5 = −7.5.
 */
const comments: DriverInput[] = [
  c('promoter', ['staff', 0.9]),
  c('promoter', ['staff', 0.7]),
  c('promoter', ['staff', 0.5]),
  c('promoter', ['staff', 0.6], ['food.pizza', 0.8], ['food', 0.4]),
  c('promoter'),
  c('passive', ['price', -0.5]),
  c('passive', ['food', 0.3]),
  c('passive'),
  c('detractor', ['price', -0.8], ['food.pizza', -0.4]),
  c('detractor', ['price', -0.9]),
  c('unrated', ['staff', 0.2]),
];

describe('summarizeDrivers on the worked example', () => {
  const s = summarizeDrivers(comments, labels);
  const row = (id: string): DriverRow => s.rows.find((r) => r.theme === id) as DriverRow;

  test('overall NPS 30 of 10 rated', () => {
    expect(s.overall).toMatchObject({ score: 30, n: 10, promoters: 5, passives: 3, detractors: 2, unrated: 1 });
  });

  test.each([
    // theme, mentions, P, A, D, nps, impact, SE, sentiment (mean per comment)
    ['price', 3, 0, 1, 2, -67, -290 / 7, 0.3 * Math.sqrt(2 / 27 + 10 / 343) * 100, (-0.5 - 0.8 - 0.9) / 3],
    ['staff', 5, 4, 0, 0, 100, 140 / 3, 0.4 * Math.sqrt(17 / 216) * 100, (0.9 + 0.7 + 0.5 + 0.6 + 0.2) / 5],
    // c4 weighs once in food: the mean of its food.pizza 0.8 and food 0.4 is 0.6.
    ['food', 3, 1, 1, 1, 0, -90 / 7, 0.3 * Math.sqrt(2 / 3 / 3 + (5 / 7 - 9 / 49) / 7) * 100, (0.6 + 0.3 - 0.4) / 3],
    ['food.pizza', 2, 1, 0, 1, 0, -7.5, 0.2 * Math.sqrt(1 / 2 + (5 / 8 - 9 / 64) / 8) * 100, (0.8 - 0.4) / 2],
  ])('%s: %i mentions', (id, mentions, p, a, d, nps, impact, se, sentiment) => {
    const r = row(id);
    expect(r).toMatchObject({ label: labels(id), mentions, promoters: p, passives: a, detractors: d, nps, smallSample: true });
    expect(r.impact).toBeCloseTo(impact, 10);
    expect(r.impactInterval[0]).toBeCloseTo(impact - 1.96 * se, 10);
    expect(r.impactInterval[1]).toBeCloseTo(impact + 1.96 * se, 10);
    expect(r.sentiment).toBeCloseTo(sentiment, 10);
  });

  test('the price interval by hand is about [−60.32, −22.54]', () => {
    expect(row('price').impactInterval[0]).toBeCloseTo(-60.32, 2);
    expect(row('price').impactInterval[1]).toBeCloseTo(-22.54, 2);
  });

  test('impact equals NPS(all) − NPS(rest) recomputed from the rest alone', () => {
    for (const r of s.rows) {
      const rest = comments.filter((x) => !x.themes.some((t) => t.themeId === r.theme || t.themeId.startsWith(`${r.theme}.`)));
      const rated = rest.filter((x) => x.segment !== 'unrated');
      const npsRest = (100 * (rated.filter((x) => x.segment === 'promoter').length - rated.filter((x) => x.segment === 'detractor').length)) / rated.length;
      expect(r.impact).toBeCloseTo(30 - npsRest, 10);
    }
  });

  test('staff drives promoters; price, food and pizza drive detractors, largest first', () => {
    expect(s.promoterDrivers.map((r) => r.theme)).toEqual(['staff']);
    expect(s.detractorDrivers.map((r) => r.theme)).toEqual(['price', 'food', 'food.pizza']);
  });

  test('rows run from most mentioned, ties by theme id', () => {
    expect(s.rows.map((r) => r.theme)).toEqual(['staff', 'food', 'price', 'food.pizza']);
  });

  test('driversFromCounts on the same aggregates gives the same summary', () => {
    const fromCounts = driversFromCounts(
      { promoters: 5, passives: 3, detractors: 2, unrated: 1 },
      [
        { themeId: 'price', promoters: 0, passives: 1, detractors: 2, unrated: 0, sentimentSum: -2.2, sentimentN: 3 },
        { themeId: 'staff', promoters: 4, passives: 0, detractors: 0, unrated: 1, sentimentSum: 2.9, sentimentN: 5 },
        { themeId: 'food', promoters: 1, passives: 1, detractors: 1, unrated: 0, sentimentSum: 0.5, sentimentN: 3 },
        { themeId: 'food.pizza', promoters: 1, passives: 0, detractors: 1, unrated: 0, sentimentSum: 0.4, sentimentN: 2 },
      ],
      labels,
    );
    expect(fromCounts.rows.map((r) => r.theme)).toEqual(s.rows.map((r) => r.theme));
    fromCounts.rows.forEach((r, i) => {
      expect(r.impact).toBeCloseTo(s.rows[i].impact, 10);
      expect(r.sentiment).toBeCloseTo(s.rows[i].sentiment, 10);
      expect(r.impactInterval[0]).toBeCloseTo(s.rows[i].impactInterval[0], 10);
    });
  });
});

describe('edge cases', () => {
  test('a theme with only unrated mentions: impact 0, interval [0, 0], no NPS, small sample', () => {
    const s = summarizeDrivers([c('promoter'), c('detractor'), c('unrated', ['x', 0.5])], labels);
    expect(s.rows[0]).toEqual({
      theme: 'x', label: 'x', mentions: 1, promoters: 0, passives: 0, detractors: 0, nps: null,
      impact: 0, impactInterval: [0, 0], sentiment: 0.5, smallSample: true,
    });
    expect(s.promoterDrivers).toEqual([]);
    expect(s.detractorDrivers).toEqual([]);
  });

  test('a theme in every rated comment: impact 0, interval NPS_all ∓ 100', () => {
    // 3 P, 1 D, all mention x: NPS_all = 50; NPS_rest could be anything in −100..100.
    const s = summarizeDrivers([c('promoter', ['x', 1]), c('promoter', ['x', 1]), c('promoter', ['x', 1]), c('detractor', ['x', 0]), c('unrated')], labels);
    expect(s.rows[0].impact).toBe(0);
    expect(s.rows[0].impactInterval).toEqual([-50, 150]);
    expect(s.rows[0].nps).toBe(50);
  });

  test('a theme whose NPS equals the rest has impact exactly 0 and is no driver', () => {
    // 1 P, 2 A mention x (NPS 33.3); 2 P, 4 A do not (NPS 33.3).
    const inputs = [c('promoter', ['x', 0]), c('passive', ['x', 0]), c('passive', ['x', 0]), c('promoter'), c('promoter'), ...Array.from({ length: 4 }, () => c('passive'))];
    const s = summarizeDrivers(inputs, labels);
    expect(s.rows[0].impact).toBe(0);
    expect(s.promoterDrivers.length + s.detractorDrivers.length).toBe(0);
  });

  test('30 rated mentions are no small sample; impact 100 with no spread', () => {
    // 30 promoters mention a, 30 detractors do not: NPS_all 0, NPS_rest −100 → impact 100 = (30/60)·(100 + 100).
    const inputs = [...Array.from({ length: 30 }, () => c('promoter', ['a', 0.5])), ...Array.from({ length: 30 }, () => c('detractor'))];
    const r = summarizeDrivers(inputs, labels).rows[0];
    expect(r).toMatchObject({ mentions: 30, nps: 100, impact: 100, impactInterval: [100, 100], smallSample: false });
  });

  test('29 rated and many unrated mentions is still a small sample', () => {
    const inputs = [...Array.from({ length: 29 }, () => c('promoter', ['a', 0])), ...Array.from({ length: 10 }, () => c('unrated', ['a', 0])), c('detractor')];
    expect(summarizeDrivers(inputs, labels).rows[0]).toMatchObject({ mentions: 39, smallSample: true });
  });

  test('nothing rated at all: overall NPS null, every impact 0', () => {
    const s = summarizeDrivers([c('unrated', ['a', 0.1]), c('unrated', ['b', -0.1])], labels);
    expect(s.overall.score).toBeNull();
    expect(s.rows.map((r) => [r.impact, r.impactInterval])).toEqual([[0, [0, 0]], [0, [0, 0]]]);
  });

  test('a child counts once for its parent even when mentioned twice', () => {
    const s = summarizeDrivers([c('promoter', ['food.pizza', 0.2], ['food.pizza', 0.4], ['food.pizza.crust', 0.6])], labels);
    expect(s.rows.map((r) => [r.theme, r.mentions])).toEqual([['food', 1], ['food.pizza', 1], ['food.pizza.crust', 1]]);
    expect(s.rows[0].sentiment).toBeCloseTo(0.4, 12);
  });
});
