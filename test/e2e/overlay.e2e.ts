import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { openTab, artifactsDir, type ExtensionBrowser } from './support/browser';
import { type FixtureServer } from './support/server';
import { withExtension } from './support/setup';
import { until } from './support/until';
import { statusCounts } from './support/idb';

let browser: ExtensionBrowser;
let server: FixtureServer;

/** Captures a served page from the popup, as a CX manager would, and waits for tagging. */
async function captureServed(path: string, newComments: number): Promise<{ page: Page; tabId: number }> {
  const { page, tabId } = await openTab(browser, `${server.origin}/${path}`);
  const popup = await browser.openPopup(tabId);
  const before = (await statusCounts(popup)).total;
  await popup.getByTestId('capture').click();
  await popup.getByTestId('capture-result').waitFor();
  await until(() => statusCounts(popup), (c) => c.pending === 0 && c.total === before + newComments);
  await popup.close();
  await page.bringToFront();
  return { page, tabId };
}

const badges = (page: Page) => page.getByTestId('vb-badge');

withExtension((b, s) => {
  browser = b;
  server = s;
});

describe('a support agent tags comments in place', () => {
  test('badges sit beside the right comments; keyboard-only tagging survives a reload and reaches the drivers', async () => {
    const { page, tabId } = await captureServed('jsonld-reviews.html', 10);
    await until(() => badges(page).count(), (n) => n === 10);

    // Each badge lies inside its own review card, in page order.
    const cards = page.locator('article.review');
    for (const i of [0, 2, 9]) {
      const card = (await cards.nth(i).boundingBox())!;
      const badge = (await badges(page).nth(i).boundingBox())!;
      expect(badge.y).toBeGreaterThanOrEqual(card.y);
      expect(badge.y + badge.height).toBeLessThanOrEqual(card.y + card.height);
      expect(badge.x + badge.width).toBeLessThanOrEqual(card.x + card.width + 1);
    }
    await page.screenshot({ path: `${artifactsDir}/overlay-light.png`, fullPage: true });

    // Keyboard only: third comment, add a theme, set negative, mark follow-up.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page.getByTestId('vb-panel').textContent()).resolves.toContain('Comment 3 / 10');
    await page.keyboard.press('t');
    await page.getByTestId('vb-theme-search').waitFor();
    await page.keyboard.type('Billing');
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await page.keyboard.press('f');
    const third = badges(page).nth(2);
    await until(() => third.getAttribute('aria-label'), (l) => !!l && /negative/.test(l) && /Billing/.test(l) && /follow-up open/.test(l));
    await page.screenshot({ path: `${artifactsDir}/overlay-panel.png` });

    // Typing in a page field must not trigger shortcuts.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'search';
      document.body.prepend(input);
    });
    await page.locator('#search').fill('jjj111fff');
    await expect(third.getAttribute('aria-label')).resolves.toMatch(/follow-up open/);

    // Reload: the badges and the corrections come back.
    await page.reload();
    await until(() => badges(page).count(), (n) => n === 10);
    const label = await badges(page).nth(2).getAttribute('aria-label');
    expect(label).toMatch(/negative/);
    expect(label).toMatch(/Billing & payment/);
    expect(label).toMatch(/follow-up open/);

    // The popup's drivers count the agent's theme.
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('scope-source').click();
    await popup.getByTestId('nps-score').waitFor();
    if (await popup.getByTestId('promoter-more').count()) await popup.getByTestId('promoter-more').click();
    await expect(popup.getByTestId('promoter-drivers').locator('li[data-theme="billing"]').count()).resolves.toBe(1);
    await popup.close();

    // The palette runs "export drivers CSV" on the page.
    await page.bringToFront();
    await page.keyboard.press('p');
    await page.getByTestId('palette-input').waitFor();
    await page.keyboard.type('export drivers');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const billing = rows.find((r) => r[0] === 'billing');
    expect(billing, 'billing row in the exported drivers').toBeDefined();
    const header = rows[0]!;
    expect(Number(billing![header.findIndex((h) => /^promoters$/i.test(h))])).toBe(1);
    expect(Number(billing![header.findIndex((h) => /^sentiment$/i.test(h))])).toBeLessThan(0);
    await page.close();
  });

  test('on a dark page the badges stay readable', async () => {
    const { page } = await captureServed('microdata-reviews.html', 6);
    await until(() => badges(page).count(), (n) => n === 6);
    await page.keyboard.press('j');
    await page.getByTestId('vb-panel').waitFor();
    await page.screenshot({ path: `${artifactsDir}/overlay-dark.png` });
    const bg = await badges(page).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  test('a page with aggressive CSS still shows a usable overlay', async () => {
    const { page } = await captureServed('aggressive-css.html', 10);
    await until(() => badges(page).count(), (n) => n === 10);
    await badges(page).first().scrollIntoViewIfNeeded();
    const box = (await badges(page).first().boundingBox())!;
    expect(box.width).toBeGreaterThan(40);
    expect(box.height).toBeLessThan(40);
    // On top of cards that claim the highest z-index: a click at the badge's centre reaches it.
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName.toLowerCase(), [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit, JSON.stringify(box)).toBe('verbatim-overlay');
    await page.keyboard.press('j');
    const panel = page.getByTestId('vb-panel');
    await panel.waitFor();
    expect(await panel.evaluate((el) => getComputedStyle(el).fontSize)).toBe('13px');
    await page.getByTestId('vb-set-positive').click();
    await until(() => badges(page).first().getAttribute('aria-label'), (l) => /positive/.test(l ?? ''));
    await page.screenshot({ path: `${artifactsDir}/overlay-aggressive.png` });
    await page.close();
  });
});

describe('privacy', () => {
  test('no network request left the machine', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
