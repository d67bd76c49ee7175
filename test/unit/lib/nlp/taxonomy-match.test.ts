import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../../lib/nlp/tokens';
import { compileTaxonomy } from '../../../../lib/nlp/taxonomy/compile';
import { dutchStem } from '../../../../lib/nlp/taxonomy/dutch-stem';
import { matchThemes } from '../../../../lib/nlp/taxonomy/match';
import { parseTaxonomy } from '../../../../lib/nlp/taxonomy/validate';
import type { Taxonomy } from '../../../../lib/types';
import { builtinTaxonomy } from '../../../../lib/nlp/taxonomy/builtin';
import { builtin, engine, restaurant, themesOf } from './taxonomy-helpers';

describe('English matching', () => {
  test.each([
    ['plural of a term', 'The dishes were cold.', 'food', ['dishes']],
    ['capitalised sentence-initial plural', 'Dishes were cold.', 'food', ['Dishes']],
    ['irregular lemma', 'The fries were cold.', 'food', ['fries']],
    ['case-insensitive', 'OVERPRICED and small.', 'price', ['OVERPRICED']],
    ['phrase', 'Real value for money here.', 'price', ['value for money']],
  ])('%s: %s', (_, text, theme, evidence) => {
    expect(themesOf(text, 'en', restaurant)[theme]).toEqual(evidence);
  });

  test.each([
    ['phrase with a plural last word', 'The customer services were useless.', 'customer-service', ['customer services']],
    ['hyphenated phrase', 'Their customer-service never answers.', 'customer-service', ['customer-service']],
    ['term written with a hyphen matches spaced text', 'Very user friendly.', 'ease-of-use', ['user friendly']],
    ['a child match reports the child id', 'The app crashed twice today.', 'reliability.crashes', ['crashed']],
    ['negated price still finds price', 'It was not expensive at all.', 'price', ['expensive']],
    ['one hit per theme, all its evidence', 'Cheap, and real value for money.', 'price', ['Cheap', 'value for money']],
  ])('%s: %s', (_, text, theme, evidence) => {
    expect(themesOf(text)[theme]).toEqual(evidence);
  });

  test('the longest match wins: "customer service" is not also the bare "support" or "service"', () => {
    const found = themesOf('Customer service was rude.');
    expect(found['customer-service']).toEqual(['Customer service']);
    expect(found['customer-service.friendliness']).toEqual(['rude']);
  });

  test.each([
    ["I can't wait to order again.", 'waiting-time'],
    ['I will definitely return!', 'returns'],
    ['We called in order to ask.', 'delivery'],
  ])('guarded phrase "%s" is not %s', (text, theme) => {
    expect(themesOf(text)[theme]).toBeUndefined();
  });

  test('spans point at the evidence in the original text', () => {
    const text = 'Shipping took weeks.';
    const [m] = matchThemes(tokenize(text, engine, 'en'), builtin, 'en').filter((x) => x.themeId === 'delivery');
    expect(m.spans).toEqual([{ start: 0, end: 8 }]);
    expect(m.tokenIndexes).toEqual([0]);
  });
});

describe('Dutch matching', () => {
  test.each([
    ['bezorgers', 'bezorger'],
    ['pakketjes', 'pakket'],
    ['pakketten', 'pakket'],
    ['prijzen', 'prijs'],
    ['prijs', 'prijs'],
    ['klanten', 'klant'],
    ['tafels', 'tafel'],
    ["menu's", 'menu'],
    ['huisje', 'huis'],
  ])('stem %s → %s', (word, stem) => {
    expect(dutchStem(word)).toBe(stem);
  });

  test.each([
    ['De klantenservice reageerde niet.', 'customer-service', ['klantenservice']],
    ['De pakketjes kwamen beschadigd aan.', 'delivery', ['pakketjes']],
    ['De bezorgers waren laat.', 'delivery', ['bezorgers']],
    ['Veel dure spullen.', 'price', ['dure']],
    ['Geen waar voor je geld.', 'price', ['waar voor je geld']],
    ['Reactie duurde lang, ze reageerde pas na een week.', 'customer-service.responsiveness', ['Reactie', 'reageerde']],
    // compounds: a term as the head or the modifier of a longer word
    ['De bezorgtijd was twee weken.', 'delivery.speed', ['bezorgtijd']],
    ['De verzendprijs is hoog.', 'price', ['verzendprijs']],
    ['De klantenservicemedewerker hielp me.', 'staff', ['klantenservicemedewerker']],
  ])('%s → %s', (text, theme, evidence) => {
    expect(themesOf(text, 'nl')[theme]).toEqual(evidence);
  });

  test.each([
    ['Mijn wachtwoord werkt niet.', 'waiting-time'],
    ['Ik verwacht meer.', 'waiting-time'],
    ['De levensduur is kort.', 'price'],
  ])('compound false friend "%s" is not %s', (text, theme) => {
    expect(themesOf(text, 'nl')[theme]).toBeUndefined();
  });

  test('Dutch-only terms do not match English text', () => {
    expect(themesOf('The prijs was fine.', 'en').price).toBeUndefined();
  });
});

describe('a user taxonomy', () => {
  const user: Taxonomy = parseTaxonomy({
    name: 'Bakery',
    version: 2,
    themes: [
      { id: 'bread', label: 'Bread', terms: ['sourdough', 'loaf'], children: [{ id: 'bread.crust', label: 'Crust', terms: ['crust'] }] },
      { id: 'price', label: 'Price', terms: { en: ['price'], nl: ['prijs'] } },
    ],
  });
  const compiled = compileTaxonomy(user);

  test('replaces the built-in themes entirely', () => {
    const text = 'The sourdough loaves had a burnt crust and the delivery was slow.';
    expect(Object.keys(themesOf(text, 'en', compiled)).sort()).toEqual(['bread', 'bread.crust']);
    expect(themesOf(text).delivery).toEqual(['delivery']);
  });

  test('list terms apply to every language, object terms to their own', () => {
    expect(themesOf('Het zuurdesem loaf was lekker, de prijs ook.', 'nl', compiled)).toEqual({ bread: ['loaf'], price: ['prijs'] });
  });

  test('keeps name, version and flattened themes with their parents', () => {
    expect(compiled.name).toBe('Bakery');
    expect(compiled.version).toBe(2);
    expect(compiled.themes.map((t) => [t.id, t.parent])).toEqual([['bread', null], ['bread.crust', 'bread'], ['price', null]]);
  });
});

test('the built-in taxonomy has at least 15 themes, with sub-themes, in English and Dutch', () => {
  expect(builtinTaxonomy.themes.length).toBeGreaterThanOrEqual(15);
  const withChildren = builtinTaxonomy.themes.filter((t) => (t.children ?? []).length > 0).map((t) => t.id);
  expect(withChildren).toEqual(expect.arrayContaining(['customer-service', 'delivery', 'reliability', 'features', 'billing']));
  for (const t of builtinTaxonomy.themes) {
    expect(Array.isArray(t.terms) ? [] : Object.keys(t.terms).sort()).toEqual(['en', 'nl']);
    expect(t.labels?.nl).toBeTruthy();
  }
});

describe('a taxonomy\'s own guards and heads', () => {
  const eatery = compileTaxonomy(
    parseTaxonomy({
      name: 'Eatery',
      version: 1,
      themes: [
        { id: 'food', label: 'Food', terms: ['sushi', 'pizza', 'coffee', 'fresh'] },
        { id: 'ambience', label: 'Ambience', terms: ['cozy', 'music'] },
      ],
      guards: ['breath of fresh air'],
      heads: { en: ['place', 'shop'] },
    }),
  );

  test.each([
    ['a noun term before a head names the kind of venue', 'Best sushi place in the neighbourhood.', {}],
    ['the head matches its plural', 'It beats the other pizza places.', {}],
    ['the same noun as the subject is a mention', 'The sushi here is the best.', { food: ['sushi'] }],
    ['a noun term before a non-head noun still counts', 'The pizza crust was burnt.', { food: ['pizza'] }],
    ['an adjective before a head still describes it', 'A cozy place with good music.', { ambience: ['cozy', 'music'] }],
    ['one sentence\'s last word is not the next one\'s modifier', 'I love the coffee. Shop elsewhere for cakes.', { food: ['coffee'] }],
    ['a guard hides the term inside it', 'The staff were a breath of fresh air.', {}],
    ['outside a guard the term counts', 'Everything tasted fresh.', { food: ['fresh'] }],
  ])('%s: %s', (_, text, expected) => {
    expect(themesOf(text, 'en', eatery)).toEqual(expected);
  });

  test('heads given for English only do not apply to Dutch text', () => {
    expect(themesOf('Een sushi place van niks.', 'nl', eatery)).toEqual({ food: ['sushi'] });
  });

  test('the restaurant taxonomy: "pizza place" is no food mention, "the pizza" is', () => {
    expect(themesOf('We went to a pizza place nearby.', 'en', restaurant).food).toBeUndefined();
    expect(themesOf('The pizza at this place is great.', 'en', restaurant).food).toEqual(['pizza']);
  });

  test('a taxonomy without guards or heads keeps the built-in behaviour', () => {
    expect(builtinTaxonomy.guards).toBeUndefined();
    expect(builtinTaxonomy.heads).toBeUndefined();
    expect(themesOf('The delivery company lost my parcel.').delivery).toEqual(['delivery', 'parcel']);
  });
});
