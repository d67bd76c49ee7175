import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openTab, artifactsDir, type ExtensionBrowser } from './support/browser';
import { type FixtureServer } from './support/server';
import { withExtension } from './support/setup';
import { until } from './support/until';
import { idbRead, storedComments } from './support/idb';

let browser: ExtensionBrowser;
let server: FixtureServer;

interface StoredComment { url: string; text: string; rating: { value: number; min: number; max: number } | null; site: string }

function openServed(path: string): Promise<{ page: Page; tabId: number }> {
  return openTab(browser, `${server.origin}/${path}`);
}

/** Starts the picker from the popup, as a user would, and returns to the page. */
async function startPicker(page: Page, tabId: number): Promise<void> {
  const popup = await browser.openPopup(tabId);
  await popup.getByTestId('pick').waitFor();
  await popup.screenshot({ path: `${artifactsDir}/popup-pick.png` });
  await popup.getByTestId('pick').click();
  await page.bringToFront();
  await page.getByTestId('vp-bar').waitFor();
  await popup.close();
}

const commentsOn = async (reader: Page, url: string) =>
  (await storedComments<StoredComment>(reader)).filter((c) => c.url === url);

withExtension((b, s) => {
  browser = b;
  server = s;
});

describe('a CX manager teaches Verbatim a page its detector gets wrong', () => {
  test('pick one comment and its rating, confirm, and the next page of the site captures in one click', async () => {
    const { page, tabId } = await openServed('picker-shop-1.html');
    const firstUrl = page.url();
    await startPicker(page, tabId);
    const message = page.getByTestId('vp-message');
    await expect(message.textContent()).resolves.toContain('Click the text of one comment');

    // Clicks are the picker's while picking: a link on the page does not navigate.
    await page.getByRole('link', { name: 'Back to the shop' }).click();
    await expect(message.textContent()).resolves.toContain('click its rating');
    expect(page.url()).toBe(firstUrl);
    await page.getByTestId('vp-restart').click();
    await expect(message.textContent()).resolves.toContain('Click the text of one comment');

    // Hovering outlines the element under the pointer with a box over the page.
    const text = page.locator('.tYz').nth(1);
    await text.hover({ position: { x: 20, y: 8 } });
    const hover = (await page.getByTestId('vp-hover').boundingBox())!;
    const textBox = (await text.boundingBox())!;
    expect(Math.abs(hover.x - textBox.x)).toBeLessThan(2);
    expect(Math.abs(hover.width - textBox.width)).toBeLessThan(2);

    // A link inside the comment stands for the comment's text (and does not navigate).
    await page.getByRole('link', { name: 'I asked here' }).click();
    await expect(message.textContent()).resolves.toContain('click its rating');
    expect(page.url()).toBe(firstUrl);
    await page.locator('.vLm').nth(1).click();

    // Every review is highlighted, the two ads between them are not.
    await until(() => page.getByTestId('vp-found').count(), (n) => n === 5);
    await expect(message.textContent()).resolves.toContain('5 comments found');
    const cards = page.locator('.rQx_fT');
    for (const i of [0, 4]) {
      const card = (await cards.nth(i).boundingBox())!;
      const box = (await page.getByTestId('vp-found').nth(i).boundingBox())!;
      expect(Math.abs(box.y - card.y)).toBeLessThan(2);
      expect(Math.abs(box.height - card.height)).toBeLessThan(2);
    }
    await page.screenshot({ path: `${artifactsDir}/picker.png` });

    // Enter on the focused confirm button: keyboard works from here on.
    await expect(page.getByTestId('vp-confirm').evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await until(() => message.textContent(), (t) => (t ?? '').includes('Captured 5 comments'));

    const reader = await browser.openPopup();
    const first = await until(() => commentsOn(reader, firstUrl), (c) => c.length === 5);
    const lid = first.find((c) => c.text.startsWith('The lid broke after a month'));
    expect(lid?.rating).toEqual({ value: 2, min: 0, max: 5 });
    expect(first.map((c) => c.rating?.value).sort()).toEqual([1, 2, 4, 5, 5]);
    expect(first.some((c) => /descaling|toaster/i.test(c.text))).toBe(false);
    const recipes = await idbRead<{ host: string; blockSelector: string }[]>(reader, 'recipes', 'getAll');
    expect(recipes.map((r) => r.host)).toEqual(['127.0.0.1']);
    await until(() => page.getByTestId('vp-bar').count(), (n) => n === 0, 10_000);

    // Another page of the same site, with an ad first: "Capture this page" uses the recipe.
    const second = await openServed('picker-shop-2.html');
    const popup = await browser.openPopup(second.tabId);
    await popup.getByTestId('capture').click();
    await expect(popup.getByTestId('capture-result').textContent()).resolves.toContain('Found 3 comments');
    const stored = await until(() => commentsOn(reader, second.page.url()), (c) => c.length === 3);
    expect(stored.map((c) => [c.text.slice(0, 20), c.rating?.value])).toEqual(expect.arrayContaining([
      ['Toasts unevenly on t', 3], ['Six slots, quick and', 5], ['Stopped working afte', 1],
    ]));
    expect(stored.some((c) => c.text.includes('Kettle K2 boils'))).toBe(false);
  });

  test('Esc leaves the picker at any step and the page gets its clicks back', async () => {
    const { page, tabId } = await openServed('picker-shop-2.html?esc');
    // The page's own click handler, to see which clicks reach the page.
    await page.evaluate(() => {
      const w = window as unknown as { pageClicks: number };
      w.pageClicks = 0;
      document.addEventListener('click', () => w.pageClicks++);
    });
    const pageClicks = () => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);
    await startPicker(page, tabId);
    await page.locator('.tYz').first().click();
    await expect(page.getByTestId('vp-message').textContent()).resolves.toContain('click its rating');
    expect(await pageClicks()).toBe(0);
    await page.keyboard.press('Escape');
    await until(() => page.getByTestId('vp-bar').count(), (n) => n === 0, 5_000);
    expect(await page.getByTestId('vp-found').count()).toBe(0);
    await page.locator('.tYz').first().click();
    expect(await pageClicks()).toBe(1);
  });
});
