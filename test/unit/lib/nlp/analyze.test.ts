import { describe, expect, test } from 'vitest';
import { analyzeMany, analyzeText, MAX_ANALYSED_CHARS } from '../../../../lib/nlp/analyze';
import { builtinTaxonomy } from '../../../../lib/nlp/taxonomy/builtin';
import { compileTaxonomy } from '../../../../lib/nlp/taxonomy/compile';

const restaurant = compileTaxonomy({
  name: 'Restaurant',
  version: 3,
  themes: [
    { id: 'food', label: 'Food', terms: { en: ['food', 'dish', 'pizza'], nl: ['eten', 'gerecht'] } },
    { id: 'service', label: 'Service', terms: { en: ['service', 'waiter'], nl: ['bediening', 'service'] } },
    { id: 'price', label: 'Price', terms: { en: ['price', 'expensive'], nl: ['prijs', 'duur'] } },
  ],
});
const builtin = compileTaxonomy(builtinTaxonomy);
const themeOf = (text: string, id: string) =>
  analyzeText(text, { taxonomy: restaurant, lang: 'en' }).themes.find((t) => t.themeId === id);

describe('analyzeText', () => {
  test('records the engine and the taxonomy version that made the analysis', () => {
    const a = analyzeText('Lovely food.', { taxonomy: restaurant });
    expect(a.engine).toBe('verbatim-nlp/2 wink-eng-lite-web-model/1.8.1');
    expect(a.taxonomyVersion).toBe('Restaurant@3');
    expect(a.lang).toBe('en');
  });

  test.each([
    ['Good food but slow service', 'food', 'positive'],
    ['Good food but slow service', 'service', 'negative'],
    ['The food was cold, the waiter was lovely', 'food', 'negative'],
    ['The food was cold, the waiter was lovely', 'service', 'positive'],
    ['Although the service was friendly, the food was awful.', 'service', 'positive'],
    ['Although the service was friendly, the food was awful.', 'food', 'negative'],
    ['I loved the food and the service', 'service', 'positive'],
    ['The pizza was not expensive', 'price', 'positive'],
    ['Never had a problem with the service', 'service', 'positive'],
  ])('%j: theme %s is %s (its own clause)', (text, id, label) => {
    expect(themeOf(text, id)?.sentiment.label).toBe(label);
  });

  test('a theme mentioned with no opinion near it is neutral, not the comment', () => {
    const a = analyzeText('We ordered food at seven. The view was stunning!', { taxonomy: restaurant, lang: 'en' });
    expect(a.sentiment.label).toBe('positive');
    expect(a.themes.find((t) => t.themeId === 'food')?.sentiment.label).toBe('neutral');
  });

  test('theme evidence spans point at the words in the original text', () => {
    const text = 'Great   pizza!\n\nBut the waiter was rude.';
    const a = analyzeText(text, { taxonomy: restaurant, lang: 'en' });
    const words = a.themes.flatMap((t) => t.evidence.map((s) => text.slice(s.start, s.end)));
    expect(words.sort()).toEqual(['pizza', 'waiter']);
  });

  test('sentences carry their own text, offsets and sentiment', () => {
    const text = 'Delivery was fast. I ordered on Monday. The box was damaged.';
    const a = analyzeText(text, { taxonomy: builtin, lang: 'en' });
    expect(a.sentences.map((s) => [s.text, s.sentiment.label])).toEqual([
      ['Delivery was fast.', 'positive'],
      ['I ordered on Monday.', 'neutral'],
      ['The box was damaged.', 'negative'],
    ]);
    for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('the built-in taxonomy tags a typical complaint', () => {
    const a = analyzeText('The app keeps crashing and support never replied to my email.', { taxonomy: builtin, lang: 'en' });
    expect(a.sentiment.label).toBe('negative');
    const ids = a.themes.map((t) => t.themeId);
    expect(ids).toEqual(expect.arrayContaining(['app-website']));
    for (const t of a.themes) expect(t.sentiment.label).toBe('negative');
  });

  test('Dutch comments are detected and scored with the Dutch pack', () => {
    const a = analyzeText('Het eten was heerlijk maar de bediening was erg traag.', { taxonomy: restaurant });
    expect(a.lang).toBe('nl');
    expect(a.themes.find((t) => t.themeId === 'food')?.sentiment.label).toBe('positive');
    expect(a.themes.find((t) => t.themeId === 'service')?.sentiment.label).toBe('negative');
  });

  test.each([[''], ['   '], ['\n\t\n']])('empty text %j is neutral with no themes', (text) => {
    const a = analyzeText(text, { taxonomy: restaurant });
    expect(a.sentiment).toEqual({ score: 0, label: 'neutral' });
    expect(a.themes).toEqual([]);
    expect(a.sentences).toEqual([]);
  });

  test.each([
    ['HTML', '<div class="review"><script>alert(1)</script><p>Terrible <b>service</b>!</p></div>'],
    ['control characters', 'Bad\u0000 food\u0007\u001b[31m and \ufeff rude waiter\u200b'],
    ['lone surrogates', 'Great food \ud83d and service \ude00'],
    ['only punctuation', '?!?!... ;;; ---'],
    ['only emoji', '😡😡😡'],
  ])('hostile input (%s) does not throw and stays in range', (_name, text) => {
    const a = analyzeText(text, { taxonomy: restaurant });
    expect(a.sentiment.score).toBeGreaterThanOrEqual(-1);
    expect(a.sentiment.score).toBeLessThanOrEqual(1);
    for (const t of a.themes) for (const s of t.evidence) expect(s.end).toBeLessThanOrEqual(text.length);
  });

  test('a 100 KB comment is analysed on its first 20,000 characters', () => {
    const text = 'The food was great. '.repeat(5_000) + 'The service was awful.';
    const a = analyzeText(text, { taxonomy: restaurant, lang: 'en' });
    expect(a.sentiment.label).toBe('positive');
    expect(Math.max(...a.sentences.map((s) => s.end))).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(a.themes.map((t) => t.themeId)).toEqual(['food']);
  });

  test('analyzeMany keeps input order', () => {
    const out = analyzeMany(['Awful food', 'Lovely service', ''], { taxonomy: restaurant, lang: 'en' });
    expect(out.map((a) => a.sentiment.label)).toEqual(['negative', 'positive', 'neutral']);
  });
});
