import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openTab, artifactsDir, type ExtensionBrowser } from './support/browser';
import { type FixtureServer } from './support/server';
import { withExtension } from './support/setup';
import { statusCounts, storedComments } from './support/idb';

let browser: ExtensionBrowser;
let server: FixtureServer;

async function open(path: string): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await openTab(browser, `${server.origin}/${path}`);
  return { page, popup: await browser.openPopup(tabId) };
}

/** Runs "capture all pages" from the popup and returns the progress line once it has ended. */
async function captureAll(popup: Page): Promise<{ seenRunning: boolean; final: string }> {
  await popup.getByTestId('capture-all').click();
  let seenRunning = false;
  const end = Date.now() + 60_000;
  for (;;) {
    const line = ((await popup.getByTestId('pages-progress').textContent().catch(() => null)) ?? '').replace(/\s+/g, ' ').trim();
    if (await popup.getByTestId('capture-stop').isVisible()) seenRunning = true;
    if (/ — /.test(line)) return { seenRunning, final: line };
    if (Date.now() > end) throw new Error(`capture all pages did not end: "${line}"`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

withExtension((b, s) => {
  browser = b;
  server = s;
});

describe('capture all pages', () => {
  test('follows next links across three pages, shows progress, and stores each review once', async () => {
    const { popup } = await open('list-1.html');
    const run = await captureAll(popup);
    expect(run.seenRunning).toBe(true);
    expect(run.final).toBe('Page 3: 16 comments found, 16 new — done, no more pages');
    await popup.screenshot({ path: `${artifactsDir}/popup-capture-all.png` });
    await expect.poll(async () => (await statusCounts(popup)).total).toBe(16);

    // Again from the first page: everything is already known.
    const again = await open('list-1.html');
    const second = await captureAll(again.popup);
    expect(second.final).toBe('Page 3: 16 comments found, 0 new — done, no more pages');
    expect((await statusCounts(again.popup)).total).toBe(16);
  });

  test('clicks "load more" until the page has no more', async () => {
    const { popup } = await open('load-more.html');
    const before = (await statusCounts(popup)).total;
    const run = await captureAll(popup);
    // Three steps: 5, then 10, then 15 reviews on the page; each seen once.
    expect(run.final).toBe('Page 3: 30 comments found, 15 new — done, no more pages');
    await expect.poll(async () => (await statusCounts(popup)).total).toBe(before + 15);
  });
});

describe('broken and hostile pages', () => {
  test('malformed JSON-LD, a review without text and out-of-range ratings are reported and nothing bad is stored', async () => {
    const { popup } = await open('broken.html');
    const before = (await statusCounts(popup)).total;
    await popup.getByTestId('capture').click();
    // Kept: two worded reviews, the one with an impossible rating (unrated), and a star-only one.
    await expect(popup.getByTestId('capture-result').textContent()).resolves.toBe('Found 4 comments: 4 new, 0 already known.');
    const warnings = await popup.locator('p.warn').allTextContents();
    expect(warnings.join('\n')).toMatch(/structured-data block could not be read/);
    expect(warnings.join('\n')).toMatch(/1 review without text was skipped/);
    expect(warnings.join('\n')).toMatch(/2 ratings were out of range and left unrated/);
    await expect.poll(async () => (await statusCounts(popup)).total).toBe(before + 4);

    const comments = await storedComments<{ text: string; rating: { value: number } | null; segment: string; url: string }>(popup);
    const stored = comments.filter((c) => /battery|Broke after|evil/.test(c.text));
    expect(stored).toHaveLength(3);
    const starOnly = comments.filter((c) => c.url.endsWith('/broken.html') && c.text === '');
    expect(starOnly).toEqual([expect.objectContaining({ rating: { value: 4, min: 1, max: 5 }, segment: 'passive' })]);
    expect(stored.find((c) => c.text.includes('battery'))).toMatchObject({ rating: null, segment: 'unrated' });
    expect(stored.find((c) => c.text.includes('evil'))).toMatchObject({ rating: null, segment: 'unrated' });
    expect(stored.find((c) => c.text.includes('Broke after'))).toMatchObject({ segment: 'detractor' });
    expect(comments.some((c) => c.text.trim() === '' && c.rating === null)).toBe(false);
    await popup.screenshot({ path: `${artifactsDir}/popup-broken-page.png` });
  });

  test('no network request left the machine', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
