import { expect, test } from 'vitest';
import { applyContributions, tallyDrivers, themeContributions } from '../../../../lib/drivers/tally';
import type { ThemeCounts } from '../../../../lib/types';

test('a comment contributes to each theme and ancestor once, with its mean sentiment', () => {
  const out = themeContributions({
    segment: 'promoter',
    themes: [{ themeId: 'food.pizza', sentiment: 0.8 }, { themeId: 'food', sentiment: 0.4 }, { themeId: 'price', sentiment: -0.2 }],
  });
  expect(out.map((x) => x.themeId).sort()).toEqual(['food', 'food.pizza', 'price']);
  expect(out.find((x) => x.themeId === 'food')?.sentiment).toBeCloseTo(0.6, 12);
});

test('removing what was added leaves the aggregate at zero (re-analysis)', () => {
  const byTheme = new Map<string, ThemeCounts>();
  const contributions = themeContributions({ segment: 'detractor', themes: [{ themeId: 'a.b', sentiment: -0.5 }] });
  applyContributions(byTheme, 'detractor', contributions, 1);
  expect(byTheme.get('a')).toMatchObject({ detractors: 1, sentimentSum: -0.5, sentimentN: 1 });
  applyContributions(byTheme, 'detractor', contributions, -1);
  expect(byTheme.get('a')).toMatchObject({ promoters: 0, passives: 0, detractors: 0, unrated: 0, sentimentSum: 0, sentimentN: 0 });
});

test('tallyDrivers counts every comment overall, themed or not', () => {
  const { overall, themes } = tallyDrivers([
    { segment: 'promoter', themes: [] },
    { segment: 'unrated', themes: [{ themeId: 'x', sentiment: 0 }] },
    { segment: 'passive', themes: [{ themeId: 'x', sentiment: 1 }] },
  ]);
  expect(overall).toEqual({ promoters: 1, passives: 1, detractors: 0, unrated: 1 });
  expect(themes).toEqual([{ themeId: 'x', promoters: 0, passives: 1, detractors: 0, unrated: 1, sentimentSum: 1, sentimentN: 2 }]);
});
