import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { getEngine } from '../../../../lib/nlp/engine';
import { tokenize } from '../../../../lib/nlp/tokens';
import { builtinTaxonomy } from '../../../../lib/nlp/taxonomy/builtin';
import { compileTaxonomy, type CompiledTaxonomy } from '../../../../lib/nlp/taxonomy/compile';
import { matchThemes } from '../../../../lib/nlp/taxonomy/match';
import { parseTaxonomy } from '../../../../lib/nlp/taxonomy/validate';

const engine = getEngine();
const restaurant = compileTaxonomy(
  parseTaxonomy(JSON.parse(readFileSync(new URL('../../../fixtures/taxonomies/restaurant.json', import.meta.url), 'utf8'))),
);

function themesOf(text: string, compiled: CompiledTaxonomy): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of matchThemes(tokenize(text, engine, 'en'), compiled, 'en')) {
    out[m.themeId] = m.spans.map((s) => text.slice(s.start, s.end));
  }
  return out;
}

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
    expect(themesOf(text, venue)).toEqual(expected);
  });

  test('the restaurant taxonomy: being seated is service, not the seats; "nothing special" is not the specials', () => {
    expect(themesOf('We were seated right away.', restaurant)).toEqual({ service: ['seated', 'right away'] });
    expect(themesOf('Nothing special about the pasta.', restaurant)).toEqual({ food: ['pasta'] });
  });

  test('the built-in "lacks" (a verb) keeps matching', () => {
    expect(themesOf('It lacks a dark mode.', compileTaxonomy(builtinTaxonomy))['features.missing']).toEqual(['lacks']);
  });
});

describe('the restaurant taxonomy', () => {
  test.each([
    ['an occasion is about the visit as a whole', 'We celebrated my birthday here.', { experience: ['celebrated', 'birthday'] }],
    ['so is an overall verdict', 'Overall a great experience.', { experience: ['Overall', 'experience'] }],
    ['an idiom with "taste" is no food mention', 'It leaves a bad taste in my mouth.', {}],
    ['a food court is a place, not the food', 'We ate in the food court.', {}],
  ])('%s: %s', (_, text, expected) => {
    expect(themesOf(text, restaurant)).toEqual(expected);
  });
});
