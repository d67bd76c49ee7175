import { IDBKeyRange } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { applyRecipe, inferRecipe, type Recipe } from '../../../../lib/capture/generic/recipe';
import { recipeFor, saveRecipe } from '../../../../lib/db/recipes';
import { createDb } from '../../../../lib/db/schema';
import { freshDb } from './helpers';

const shopRecipe: Recipe = {
  version: 1,
  host: 'shop.example',
  blockSelector: 'div.review',
  textSelector: 'p.body',
  ratingSelector: 'span.stars',
  scale: { min: 0, max: 5 },
};

function parse(url: string, body: string): Document {
  const w = new Window({ url });
  w.document.write(`<!doctype html><html><body>${body}</body></html>`);
  return w.document as unknown as Document;
}

const card = (text: string, stars: string) => `<div class="review"><span class="stars">${stars}</span><p class="body">${text}</p></div>`;
const ad = '<div class="promo"><a href="/deal">Half price kettles this week only, order now</a></div>';

describe('saved recipes', () => {
  test('a saved recipe is found again for its host, and only for its host', async () => {
    const { db } = freshDb('recipes-roundtrip');
    await saveRecipe(db, shopRecipe);
    await expect(recipeFor(db, 'shop.example')).resolves.toEqual(shopRecipe);
    await expect(recipeFor(db, 'other.example')).resolves.toBeNull();
  });

  test.each([
    ['Shop.Example', 'shop.example'],
    ['shop.example', 'SHOP.EXAMPLE'],
  ])('host names match whatever their case (saved as %s, asked as %s)', async (saved, asked) => {
    const { db } = freshDb(`recipes-case-${saved}`);
    await saveRecipe(db, { ...shopRecipe, host: saved });
    expect((await recipeFor(db, asked))?.blockSelector).toBe('div.review');
  });

  test('teaching a host again replaces its recipe rather than keeping two', async () => {
    const { db } = freshDb('recipes-replace');
    await saveRecipe(db, shopRecipe);
    await saveRecipe(db, { ...shopRecipe, blockSelector: 'li.comment', ratingSelector: undefined, scale: undefined });
    expect(await db.recipes.count()).toBe(1);
    const got = await recipeFor(db, 'shop.example');
    expect(got?.blockSelector).toBe('li.comment');
    expect(got?.ratingSelector).toBeUndefined();
  });

  test('a recipe survives closing and reopening the database (the next visit)', async () => {
    const { db, factory } = freshDb('recipes-reopen');
    await saveRecipe(db, shopRecipe);
    db.close();
    const again = createDb({ name: 'recipes-reopen', indexedDB: factory, IDBKeyRange });
    await expect(recipeFor(again, 'shop.example')).resolves.toEqual(shopRecipe);
  });

  test.each([
    ['an empty block selector', { ...shopRecipe, blockSelector: '' }],
    ['an unknown version', { ...shopRecipe, version: 2 }],
    ['an upside-down scale', { ...shopRecipe, scale: { min: 5, max: 0 } }],
    ['no host', { ...shopRecipe, host: '' }],
  ])('refuses a recipe with %s and stores nothing', async (_label, bad) => {
    const { db } = freshDb(`recipes-bad-${_label}`);
    await expect(saveRecipe(db, bad as Recipe)).rejects.toThrow(/Invalid recipe/);
    expect(await db.recipes.count()).toBe(0);
  });

  test('a damaged stored record counts as no recipe, so capture falls back to the detector', async () => {
    const { db } = freshDb('recipes-damaged');
    await db.recipes.put({ host: 'shop.example', version: 1, blockSelector: 42 });
    await expect(recipeFor(db, 'shop.example')).resolves.toBeNull();
  });

  test('a recipe picked on one page, saved and read back, captures another page of the site', async () => {
    const first = parse('https://shop.example/kettle', [
      card('Boils fast and the handle stays cool.', '★★★★★'), ad,
      card('The lid broke after a month.', '★★☆☆☆'), card('A bit loud, looks nice.', '★★★★☆'),
    ].join(''));
    const picked = inferRecipe(first, first.querySelectorAll('p.body')[1]!, first.querySelectorAll('span.stars')[1]!);
    const { db } = freshDb('recipes-next-visit');
    await saveRecipe(db, picked);

    const second = parse('https://shop.example/toaster', [ad, card('Toasts unevenly.', '★★★☆☆'), card('Quick and easy to clean.', '★★★★★'), ad, card('Died after two weeks.', '★☆☆☆☆')].join(''));
    const saved = await recipeFor(db, new URL(second.URL).hostname);
    const comments = applyRecipe(second, saved!, second.URL);
    expect(comments.map((c) => [c.text, c.rating?.value, c.rating?.max])).toEqual([
      ['Toasts unevenly.', 3, 5],
      ['Quick and easy to clean.', 5, 5],
      ['Died after two weeks.', 1, 5],
    ]);
  });
});
