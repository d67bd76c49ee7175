import { describe, expect, test } from 'vitest';
import { compileTaxonomy } from '../../../../lib/nlp/taxonomy/compile';
import { parseTaxonomy } from '../../../../lib/nlp/taxonomy/validate';
import { restaurant, themesOf } from './taxonomy-helpers';

describe('a term written only in the plural names a thing', () => {
  const venue = compileTaxonomy(
    parseTaxonomy({
      name: 'Venue',
      version: 1,
      themes: [
        { id: 'seating', label: 'Seating', terms: ['seats', 'chairs'] },
        { id: 'menu', label: 'Menu', terms: ['specials'] },
        { id: 'gaps', label: 'Gaps', terms: ['lacks'] },
      ],
    }),
  );

  test.each([
    ['a verb sharing its stem is no mention', 'We were seated at the bar.', {}],
    ['an adjective sharing its stem is no mention', 'Nothing special tonight.', {}],
    ['the plural noun is', 'The seats were hard and the chairs wobbly.', { seating: ['seats', 'chairs'] }],
    ['the singular noun is', 'Comfortable seat, though.', { seating: ['seat'] }],
    ['the noun after a verb is', 'Ask about the specials.', { menu: ['specials'] }],
    ['a verb ending like the term still is: the term may be a verb', 'The app lacks a dark mode.', { gaps: ['lacks'] }],
  ])('%s: %s', (_, text, expected) => {
    expect(themesOf(text, 'en', venue)).toEqual(expected);
  });

  test('the restaurant taxonomy: being seated is service, not the seats; "nothing special" is not the specials', () => {
    expect(themesOf('We were seated right away.', 'en', restaurant)).toEqual({ service: ['seated', 'right away'] });
    expect(themesOf('Nothing special about the pasta.', 'en', restaurant)).toEqual({ food: ['pasta'] });
  });

  test('the built-in "lacks" (a verb) keeps matching', () => {
    expect(themesOf('It lacks a dark mode.')['features.missing']).toEqual(['lacks']);
  });
});

describe('the restaurant taxonomy', () => {
  test.each([
    ['an occasion is about the visit as a whole', 'We celebrated my birthday here.', { experience: ['celebrated', 'birthday'] }],
    ['so is an overall verdict', 'Overall a great experience.', { experience: ['Overall', 'experience'] }],
    ['an idiom with "taste" is no food mention', 'It leaves a bad taste in my mouth.', {}],
    ['a food court is a place, not the food', 'We ate in the food court.', {}],
  ])('%s: %s', (_, text, expected) => {
    expect(themesOf(text, 'en', restaurant)).toEqual(expected);
  });
});
