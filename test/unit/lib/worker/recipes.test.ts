import { describe, expect, test, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb } from '../../../../lib/db';
import { createRouter } from '../../../../lib/messaging/router';
import { createBackgroundService, type ServiceDeps } from '../../../../lib/worker/service';
import type { Recipe } from '../../../../lib/capture/generic/recipe';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const shop = { id: 'ext-id', tabId: 3, url: 'https://shop.example/kettle?page=2' };
const evil = { id: 'ext-id', tabId: 4, url: 'https://evil.example/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const recipe: Recipe = { version: 1, host: 'shop.example', blockSelector: 'div.review', textSelector: 'p', ratingSelector: 'span.stars', scale: { min: 0, max: 5 } };

/** The real background service behind the real router, as the extension wires them. */
function background() {
  const startPicker = vi.fn(async (_tabId: number) => undefined);
  const deps = { startPicker } as unknown as ServiceDeps;
  const db = createDb({ name: `recipes-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  const route = createRouter(createBackgroundService(db, deps).handlers, self);
  return { route, startPicker, db };
}

describe('picker messages', () => {
  test('a page saves the recipe for its own site and gets it back on the next visit', async () => {
    const { route } = background();
    await expect(route({ type: 'recipe.save', data: { recipe } }, shop)).resolves.toMatchObject({ ok: true });
    await expect(route({ type: 'recipe.get', data: { host: 'shop.example' } }, { ...shop, url: 'https://shop.example/toaster' }))
      .resolves.toEqual({ ok: true, result: recipe });
  });

  test.each([
    ['another site saves a recipe for shop.example', { type: 'recipe.save', data: { recipe } }, evil, /evil\.example cannot use the recipe of shop\.example/],
    ['another site reads the recipe of shop.example', { type: 'recipe.get', data: { host: 'shop.example' } }, evil, /cannot use the recipe/],
    ['the popup saves a recipe (only pages may)', { type: 'recipe.save', data: { recipe } }, popup, /not accepted from this sender/],
    ['a page sends a recipe without a block selector', { type: 'recipe.save', data: { recipe: { ...recipe, blockSelector: '' } } }, shop, /Invalid "recipe\.save"/],
    ['a page starts the picker in a tab (only the popup may)', { type: 'picker.start', data: { tabId: 3 } }, shop, /not accepted from this sender/],
  ])('refused: %s', async (_label, message, sender, error) => {
    const { route, db } = background();
    const reply = await route(message, sender);
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(error);
    expect(await db.recipes.count()).toBe(0);
  });

  test('the popup opens the picker in the tab it names', async () => {
    const { route, startPicker } = background();
    await expect(route({ type: 'picker.start', data: { tabId: 12 } }, popup)).resolves.toEqual({ ok: true, result: null });
    expect(startPicker).toHaveBeenCalledWith(12);
  });
});
