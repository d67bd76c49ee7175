import { expect, test } from 'vitest';
import { tallyDrivers } from '../../../../lib/drivers/tally';

test('a comment counts once for each theme and ancestor, with its mean sentiment under it', () => {
  const { themes } = tallyDrivers([
    { segment: 'promoter', themes: [{ themeId: 'food.pizza', sentiment: 0.8 }, { themeId: 'food', sentiment: 0.4 }, { themeId: 'price', sentiment: -0.2 }] },
    { segment: 'detractor', themes: [{ themeId: 'food.pizza', sentiment: -0.5 }] },
  ]);
  const byId = new Map(themes.map((t) => [t.themeId, t]));
  expect([...byId.keys()].sort()).toEqual(['food', 'food.pizza', 'price']);
  // food: the promoter once with (0.8 + 0.4) / 2, the detractor once with −0.5.
  expect(byId.get('food')).toMatchObject({ promoters: 1, detractors: 1, sentimentN: 2 });
  expect(byId.get('food')!.sentimentSum).toBeCloseTo(0.6 - 0.5, 12);
  expect(byId.get('food.pizza')).toMatchObject({ promoters: 1, detractors: 1, sentimentN: 2 });
  expect(byId.get('food.pizza')!.sentimentSum).toBeCloseTo(0.8 - 0.5, 12);
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
