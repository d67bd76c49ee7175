import { describe, expect, test } from 'vitest';
import { parseNpsScore, parseRatingText, ratingFromElement } from '../../../../../lib/capture/generic/rating';
import { parseHtml } from './fixture-doc';

describe('parseRatingText: ratings as pages write them, in any language', () => {
  test.each([
    ['4/5', { value: 4, min: 1, max: 5 }],
    ['8 / 10', { value: 8, min: 0, max: 10 }],
    ['Rated 4.5 out of 5 stars', { value: 4.5, min: 1, max: 5 }],
    ['4,5 van 5 sterren', { value: 4.5, min: 1, max: 5 }],
    ['Note : 3 sur 5', { value: 3, min: 1, max: 5 }],
    ['4 von 5 Sternen', { value: 4, min: 1, max: 5 }],
    ['★★★☆☆', { value: 3, min: 0, max: 5 }],
    ['9', { value: 9, min: 0, max: 10 }],
    ['3 stars', { value: 3, min: 1, max: 5 }],
  ])('%s', (text, rating) => {
    expect(parseRatingText(text)).toEqual(rating);
  });

  test.each([
    ['a date', '10/10/2024'],
    ['a dotted date', '05.03.2024'],
    ['a count and a number of likes', '3 replies 12 likes'],
    ['a value above its maximum', '7/5'],
    ['a price', '€ 34,95'],
    ['nothing', ''],
  ])('not a rating: %s', (_name, text) => {
    expect(parseRatingText(text)).toBeNull();
  });

  test('each read of a label is its own rating: changing one leaves the next read intact', () => {
    const first = parseRatingText('4 / 5')!;
    first.value = 1;
    expect(parseRatingText('4 / 5')).toEqual({ value: 4, min: 1, max: 5 });
  });
});

test.each([
  ['9', 9], ['10 - Extremely likely', 10], ['0 – Not at all likely', 0], [' 7 ', 7], ['11', null], ['7.5', null], ['Team', null], ['', null],
])('parseNpsScore(%j) = %j', (raw, score) => {
  expect(parseNpsScore(raw)).toBe(score);
});

describe('ratingFromElement', () => {
  const el = (html: string): Element => parseHtml(`<body>${html}</body>`, 'https://x.example/').body.firstElementChild!;

  test.each([
    ['aria-valuenow/max', '<div role="meter" aria-valuenow="7" aria-valuemin="0" aria-valuemax="10"></div>', { value: 7, min: 0, max: 10 }],
    ['data-rating with data-max', '<span data-rating="8" data-max="10"></span>', { value: 8, min: 0, max: 10 }],
    ['img alt', '<img alt="4 out of 5" src="s.png">', { value: 4, min: 1, max: 5 }],
    ['title', '<span title="3/5">•••</span>', { value: 3, min: 1, max: 5 }],
    ['star glyphs as text', '<span>★★★★☆</span>', { value: 4, min: 0, max: 5 }],
  ])('%s', (_name, html, rating) => {
    expect(ratingFromElement(el(html))).toEqual(rating);
  });
});
