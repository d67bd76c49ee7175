import { describe, expect, test } from 'vitest';
import { applyCorrections } from '../../../../lib/tags/apply';
import type { Tags } from '../../../../lib/tags/types';
import type { CommentAnalysis } from '../../../../lib/types';

// "Pizza was great but delivery took ages." as the engine might tag it.
const auto: CommentAnalysis = {
  lang: 'en',
  sentiment: { score: 0.2, label: 'positive' },
  sentences: [],
  themes: [
    { themeId: 'food.pizza', label: 'Pizza', sentiment: { score: 0.8, label: 'positive' }, evidence: [{ start: 0, end: 5 }] },
    { themeId: 'delivery', label: 'Delivery', sentiment: { score: -0.6, label: 'negative' }, evidence: [{ start: 20, end: 28 }] },
  ],
  engine: 'e/1',
  taxonomyVersion: 'Restaurant@3',
};

function tags(over: Partial<Tags>): Tags {
  return { commentId: 'c1', addedThemes: [], removedThemes: [], updatedAt: 1, ...over };
}

describe('applyCorrections', () => {
  test('without tags the analysis is unchanged', () => {
    const e = applyCorrections(auto, undefined);
    expect(e.sentiment).toEqual(auto.sentiment);
    expect(e.themes.map((t) => [t.themeId, t.manual])).toEqual([['food.pizza', false], ['delivery', false]]);
    expect(e.sentimentOverridden).toBe(false);
  });

  test('a removed theme disappears, and removing a parent removes its children', () => {
    expect(applyCorrections(auto, tags({ removedThemes: ['delivery'] })).themes.map((t) => t.themeId)).toEqual(['food.pizza']);
    expect(applyCorrections(auto, tags({ removedThemes: ['food'] })).themes.map((t) => t.themeId)).toEqual(['delivery']);
  });

  test('removing "food" does not remove a theme that merely starts with the same letters', () => {
    const a = { ...auto, themes: [{ ...auto.themes[0], themeId: 'foodcourt' }] };
    expect(applyCorrections(a, tags({ removedThemes: ['food'] })).themes.map((t) => t.themeId)).toEqual(['foodcourt']);
  });

  test('an added theme appears, marked manual, with the comment sentiment', () => {
    const e = applyCorrections(auto, tags({ addedThemes: [{ themeId: 'staff', label: 'Staff' }] }));
    expect(e.themes.at(-1)).toEqual({ themeId: 'staff', label: 'Staff', sentiment: auto.sentiment, evidence: [], manual: true });
  });

  test('a theme the engine found as well is not listed twice', () => {
    const e = applyCorrections(auto, tags({ addedThemes: [{ themeId: 'delivery', label: 'Delivery' }] }));
    expect(e.themes.filter((t) => t.themeId === 'delivery')).toHaveLength(1);
  });

  test.each([
    // [override, comment score, score of a manually added theme]
    ['negative', -0.5, -0.5],
    ['neutral', 0, 0],
    ['positive', 0.2, 0.2], // same label as the engine's: its finer score stays
  ] as const)('override %s sets the comment to score %d', (label, score, added) => {
    const e = applyCorrections(auto, tags({ sentimentOverride: label, addedThemes: [{ themeId: 'staff', label: 'Staff' }] }));
    expect(e.sentiment).toEqual({ score, label });
    expect(e.sentimentOverridden).toBe(true);
    expect(e.automaticSentiment).toEqual(auto.sentiment);
    expect(e.themes.find((t) => t.themeId === 'staff')!.sentiment.score).toBe(added);
    // Themes with a clause of their own keep that clause's sentiment.
    expect(e.themes.find((t) => t.themeId === 'delivery')!.sentiment.score).toBe(-0.6);
  });

  test('a theme hit without evidence follows the override', () => {
    const a = { ...auto, themes: [{ ...auto.themes[0], evidence: [] }] };
    expect(applyCorrections(a, tags({ sentimentOverride: 'negative' })).themes[0].sentiment).toEqual({ score: -0.5, label: 'negative' });
  });

  test('the input analysis is not modified', () => {
    const copy = structuredClone(auto);
    applyCorrections(auto, tags({ removedThemes: ['delivery'], sentimentOverride: 'negative' }));
    expect(auto).toEqual(copy);
  });
});
