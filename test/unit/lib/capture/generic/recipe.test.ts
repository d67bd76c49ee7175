import { describe, expect, test } from 'vitest';
import { applyRecipe, inferRecipe, validateRecipe } from '../../../../../lib/capture/generic/recipe';
import { loadFixture, parseHtml } from './fixture-doc';

const URL1 = 'https://shop.northwind.example/p/trail-fleece/reviews';
const URL2 = 'https://shop.northwind.example/p/wind-jacket-light/reviews';

function pick(doc: Document, text: string): Element {
  const el = Array.from(doc.querySelectorAll('p')).find((p) => p.textContent?.startsWith(text));
  if (!el) throw new Error(`fixture lacks ${text}`);
  return el;
}

describe('picker recipe', () => {
  const doc1 = loadFixture('generic/recipe-shop-1.html', URL1);
  const textEl = pick(doc1, 'Colour faded');
  const ratingEl = textEl.parentElement!.querySelector('[role="img"]')!;
  const recipe = inferRecipe(doc1, textEl, ratingEl);

  test('records stable selectors: no generated class names, no positions', () => {
    expect(recipe).toMatchObject({ version: 1, host: 'shop.northwind.example', scale: { min: 1, max: 5 } });
    const all = [recipe.blockSelector, recipe.textSelector, recipe.ratingSelector ?? ''].join(' ');
    expect(all).not.toMatch(/css-|nth-of-type/);
    expect(recipe.blockSelector).toBe('li[data-review-id]');
    expect(recipe.ratingSelector).toBe('div[role="img"]');
    expect(recipe.dateSelector).toBe('time');
  });

  test('applied to the same page it finds every review, not the Q&A list', () => {
    const comments = applyRecipe(doc1, recipe, URL1);
    expect(comments.map((c) => [c.rating?.value, c.date])).toEqual([[5, '2024-07-01'], [2, '2024-06-28'], [4, '2024-06-20'], [3, '2024-06-11']]);
    expect(comments[1]).toMatchObject({ text: 'Colour faded after the first wash, even on the cold programme.', site: 'recipe', url: URL1, externalId: 'rv-55582' });
  });

  test('applied to another page of the same site with other content', () => {
    const comments = applyRecipe(loadFixture('generic/recipe-shop-2.html', URL2), recipe, URL2);
    expect(comments.map((c) => c.text.slice(0, 20))).toEqual(['The zipper broke on ', 'Warm, light and it p', 'Good jacket but the ', 'Third one I buy, nev', 'Runs two sizes small']);
    expect(comments.map((c) => c.rating?.value)).toEqual([1, 5, 4, 5, 2]);
  });

  test('without a picked rating it still finds one in the block', () => {
    const r = inferRecipe(doc1, pick(doc1, 'Nice cut'));
    expect(r.blockSelector).toBe('li[data-review-id]');
    expect(applyRecipe(doc1, r, URL1)[2].rating).toEqual({ value: 4, min: 1, max: 5 });
  });

  test('a table cell picks the row as the block; the score scale comes from all rows', () => {
    const url = 'https://intranet.example.de/berichte/feedback';
    const doc = loadFixture('generic/table-rows.html', url);
    const cell = Array.from(doc.querySelectorAll('td')).find((td) => td.textContent?.startsWith('Lange Wartezeit'))!;
    const r = inferRecipe(doc, cell, cell.previousElementSibling!);
    expect(r.scale).toEqual({ min: 0, max: 10 });
    const comments = applyRecipe(doc, r, url);
    expect(comments.map((c) => c.rating?.value)).toEqual([9, 3, 10, 7, 6, 8]);
    expect(comments[1].text).toBe('Lange Wartezeit, nur eine Kasse war geöffnet und niemand hat sich entschuldigt.');
    expect(comments[2]).toMatchObject({ text: '', rating: { value: 10, min: 0, max: 10 } });
  });
});

describe('validateRecipe', () => {
  const good = { version: 1, host: 'a.example', blockSelector: 'li[data-review-id]', textSelector: 'p' };

  test('accepts a stored recipe', () => {
    expect(validateRecipe({ ...good, scale: { min: 0, max: 10 } })).toEqual({ ...good, scale: { min: 0, max: 10 } });
  });

  test.each([
    ['null', null],
    ['a string', 'li > p'],
    ['a future version', { ...good, version: 2 }],
    ['no block selector', { ...good, blockSelector: '' }],
    ['a numeric selector', { ...good, textSelector: 42 }],
    ['an upside-down scale', { ...good, scale: { min: 10, max: 0 } }],
    ['no host', { ...good, host: '' }],
  ])('rejects %s', (_name, data) => {
    expect(() => validateRecipe(data)).toThrow(/Invalid recipe/);
  });
});

describe('picker recipe on obfuscated markup', () => {
  // Class names with digits, as CSS-in-JS builds emit them; ads share the list.
  const page = (reviews: [string, string][]) => `<main><div class="x9k">${reviews
    .map(([stars, text], i) => `<div class="q1 z8m"><span class="s2">${stars}</span><p class="t7">${text}</p></div>${i % 2 ? '<div class="ad3"><p class="t7">Buy our premium plan today and save</p></div>' : ''}`)
    .join('')}</div></main>`;
  const first = parseHtml(page([['★★★★☆', 'Sturdy and warm, the zip feels cheap though.'], ['★☆☆☆☆', 'The lid broke within a week of use.'], ['★★★★★', 'Perfect fit and it arrived early.'], ['★★☆☆☆', 'Colour faded after the second wash.']]), URL1);
  const second = parseHtml(page([['★★★☆☆', 'Fine for the price, nothing more.'], ['★★★★★', 'Great customer service when I asked about sizes.'], ['★☆☆☆☆', 'Seams came apart on the first hike.']]), URL2);

  test('a class every picked block shares stands in for stable attributes, and ads stay out', () => {
    const textEl = Array.from(first.querySelectorAll('p')).find((p) => p.textContent?.startsWith('The lid broke'))!;
    const recipe = inferRecipe(first, textEl, textEl.previousElementSibling!);
    expect(applyRecipe(first, recipe, URL1).map((c) => c.rating?.value)).toEqual([4, 1, 5, 2]);
    const next = applyRecipe(second, recipe, URL2);
    expect(next.map((c) => c.text)).toEqual([
      'Fine for the price, nothing more.', 'Great customer service when I asked about sizes.', 'Seams came apart on the first hike.',
    ]);
  });
});
