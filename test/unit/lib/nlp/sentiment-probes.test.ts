import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../../lib/nlp/analyze';
import { compileTaxonomy } from '../../../../lib/nlp/taxonomy/compile';
import type { SentimentLabel } from '../../../../lib/types';

/**
 * Real feedback phrasing, labelled by hand. Each row is a sentence a CX manager would
 * read one way; the tagger must read it the same way.
 */
const taxonomy = compileTaxonomy({
  name: 'Probes',
  version: 1,
  themes: [
    { id: 'food', label: 'Food', terms: ['food'] },
    { id: 'service', label: 'Service', terms: ['service'] },
  ],
});
const score = (text: string) => analyzeText(text, { taxonomy, lang: 'en' }).sentiment;

const probes: [string, SentimentLabel][] = [
  ['The app keeps crashing', 'negative'],
  ['Too expensive for what it does', 'negative'],
  ['Customer service is a joke', 'negative'],
  ['I waited 40 minutes on hold', 'negative'],
  ['Delivery was fast. I ordered on Monday.', 'positive'],
  ['Not bad at all', 'positive'],
  ['Nothing to complain about', 'positive'],
  ['Never had a problem', 'positive'],
  ['😡', 'negative'],
  ['👍', 'positive'],
  ['Worse than the old version', 'negative'],
  ['Is it any good?', 'neutral'],
  ['Waste of money', 'negative'],
  ['Never again.', 'negative'],
  ["Doesn't work", 'negative'],
  ['Stopped working after two weeks', 'negative'],
  ['Delivery took forever', 'negative'],
  ['Still waiting for my refund', 'negative'],
  ['No response to any of my emails', 'negative'],
  ['Total rip off', 'negative'],
  ['Worth every penny', 'positive'],
  ['Highly recommend this company', 'positive'],
  ['5 stars from me', 'positive'],
  ["Can't fault them", 'positive'],
  ['The driver went above and beyond', 'positive'],
  ['Does the job', 'positive'],
  ['No problems, no delays.', 'positive'],
  ['I would not recommend them', 'negative'],
  ['Not worth the money', 'negative'],
  ['The room was too small', 'negative'],
  ["I didn't like the food", 'negative'],
  ['Never been so happy with a purchase', 'positive'],
  ['Great service :)', 'positive'],
  ['Terrible experience :(', 'negative'],
  ['Love it ❤️', 'positive'],
  ['⭐⭐⭐⭐⭐', 'positive'],
  ['👎 would not buy again', 'negative'],
  ['The screen is not bright enough', 'negative'],
  ['Could be better', 'negative'],
  ['I expected better from a premium brand', 'negative'],
  ["Don't waste your money", 'negative'],
  ['Save your money and go elsewhere', 'negative'],
  ['We waited an hour for a table', 'negative'],
  ['Why does the app keep logging me out?', 'negative'],
  ['Thank you for the quick reply!', 'positive'],
  ['The order arrived on Tuesday.', 'neutral'],
  ['', 'neutral'],
  ['Fast delivery, friendly driver and the product works perfectly', 'positive'],
  ['The staff were rude and the room was dirty', 'negative'],
  ['Although the staff were friendly, the room was filthy.', 'negative'],
  ['It was fine but nothing special', 'negative'],
  ['The food was good but a bit pricey', 'positive'],
];

describe('sentiment probes (hand-labelled)', () => {
  test.each(probes)('%j → %s', (text, label) => {
    expect(score(text).label).toBe(label);
  });

  test('"not expensive" is never negative', () => {
    expect(score('not expensive').label).not.toBe('negative');
    expect(score('The hotel was not expensive').label).not.toBe('negative');
  });

  test('intensifiers and downtoners order the same praise', () => {
    const very = score('The staff were very friendly').score;
    const plain = score('The staff were friendly').score;
    const bit = score('The staff were a bit friendly').score;
    expect(very).toBeGreaterThan(plain);
    expect(plain).toBeGreaterThan(bit);
    expect(bit).toBeGreaterThan(0);
  });

  test('exclamation marks and capitals strengthen', () => {
    expect(score('GREAT!!!').score).toBeGreaterThan(score('great').score);
    expect(score('The food was GREAT').score).toBeGreaterThan(score('The food was great').score);
    expect(score('This is awful!!').score).toBeLessThan(score('This is awful').score);
  });

  test('"Good food but slow service" is mixed: food positive, service negative, the "but" clause leads', () => {
    const a = analyzeText('Good food but slow service', { taxonomy, lang: 'en' });
    const food = a.themes.find((t) => t.themeId === 'food');
    const service = a.themes.find((t) => t.themeId === 'service');
    expect(food?.sentiment.label).toBe('positive');
    expect(service?.sentiment.label).toBe('negative');
    expect(a.sentiment.label).toBe('negative');
    expect(Math.abs(a.sentiment.score)).toBeLessThan(Math.abs(food?.sentiment.score ?? 0));
  });

  test('a neutral sentence does not dilute an opinion', () => {
    expect(score('Delivery was fast. I ordered on Monday.').score).toBeCloseTo(score('Delivery was fast.').score, 5);
  });

  test('a question is dampened against the same statement', () => {
    expect(Math.abs(score('Is it good?').score)).toBeLessThan(score('It is good.').score / 4);
  });
});
