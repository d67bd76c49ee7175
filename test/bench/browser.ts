import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from '../e2e/support/browser';
import { bigReviewPage } from '../e2e/support/pages';
import { serveFixtures } from '../e2e/support/server';
import { seed, STORED } from './seed-popup';
import { atMost, figureTable, info, median, ms, num, table, type Figure } from './format';

const CAPTURED = 10_000;
const CAPTURE_TARGET_MS = 3_000;
const POPUP_TARGET_MS = 300;
const OPENS = 5;
const DRIVERS = '[data-testid=promoter-drivers] li.driver';

interface CaptureTimes { clickAt: number; stored: number; done: number; total: number; failed: number }

/**
 * Runs in the popup until all `n` comments are stored and none is pending. Until the capture
 * lands it counts (nothing to count yet); after that each poll asks only whether any comment
 * is pending: the intake's keys (one per chunk) and a key cursor on the queued index, because
 * counting thousands of records every few milliseconds would slow the worker it measures.
 * Each poll's read transaction also queues between two of the worker's writes, so it polls
 * every 50 ms: the figure is late by at most that much.
 * No named inner functions: tsx would wrap them in a helper the page does not have.
 */
const watchQueue = async ({ n, everyMs, timeoutMs }: { n: number; everyMs: number; timeoutMs: number }): Promise<CaptureTimes> => {
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const req = indexedDB.open('verbatim');
    req.onsuccess = () => res(req.result);
    req.onerror = () => rej(req.error);
  });
  const index = 'queued';
  if (!db.transaction('comments').objectStore('comments').indexNames.contains(index)) throw new Error('comments store has no queued index');
  const start = performance.now();
  let stored: number | null = null;
  let doneAt: number | null = null;
  for (;;) {
    const counts = stored === null || doneAt !== null;
    const p = await new Promise<{ pending: boolean; total: number; failed: number }>((res, rej) => {
      const tx = db.transaction(['comments', 'intake']);
      const store = tx.objectStore('comments');
      const intake = tx.objectStore('intake');
      const out = { pending: false, total: -1, failed: -1 };
      // Fresh captures wait in the intake (keys [seq, n]); re-queued comments in the index.
      const waiting = intake.getAllKeys();
      const queued = store.index(index).openKeyCursor(IDBKeyRange.bound(['pending'], ['pending', []]));
      let inIntake = 0;
      waiting.onsuccess = () => {
        inIntake = (waiting.result as [number, number][]).reduce((sum, k) => sum + k[1], 0);
        if (inIntake > 0) out.pending = true;
      };
      queued.onsuccess = () => (out.pending ||= queued.result !== null);
      if (counts) {
        const total = store.count();
        total.onsuccess = () => (out.total = total.result);
        const failed = store.index(index).count(IDBKeyRange.bound(['error'], ['error', []]));
        failed.onsuccess = () => (out.failed = failed.result);
      }
      tx.oncomplete = () => res({ ...out, total: out.total < 0 ? -1 : out.total + inIntake });
      tx.onerror = () => rej(tx.error);
    });
    const now = performance.now();
    const error = document.querySelector('[data-testid=capture-error]');
    if (error) throw new Error(`capture failed in the popup: ${error.textContent}`);
    if (doneAt !== null) {
      db.close();
      return { clickAt: (window as unknown as { benchClickAt?: number }).benchClickAt ?? start, stored: stored!, done: doneAt, total: p.total, failed: p.failed };
    }
    if (stored === null && p.total >= n) stored = now;
    if (stored !== null && !p.pending) doneAt = now;
    else await new Promise((r) => setTimeout(r, everyMs));
    if (now - start > timeoutMs) throw new Error(`timed out after ${Math.round(now - start)} ms; stored: ${stored !== null}`);
  }
};

/** Figure 1: one served page of 10,000 reviews captured from the popup, until every one is tagged. */
export async function captureFigure(): Promise<Figure[]> {
  const server = await serveFixtures(resolve('test/e2e/pages'));
  server.route('/bench-reviews.html', bigReviewPage(CAPTURED));
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/bench-reviews.html`);
    const popup = await browser.openPopup(await tabIdOf(browser, page));
    // The database exists once the popup has read its (empty) summary.
    await popup.getByTestId('empty').waitFor({ timeout: 30_000 });
    await popup.waitForFunction(() => !(document.querySelector('[data-testid=capture]') as HTMLButtonElement | null)?.disabled);
    await popup.evaluate(() => document.addEventListener('click', () => {
      (window as unknown as { benchClickAt?: number }).benchClickAt ??= performance.now();
    }, { capture: true }));
    const watching = popup.evaluate(watchQueue, { n: CAPTURED, everyMs: 50, timeoutMs: 150_000 });
    await popup.getByTestId('capture').click();
    const t = await watching;
    const total = t.done - t.clickAt;
    const store = t.stored - t.clickAt;
    const tagging = t.done - t.stored;
    console.log(table([
      [`figure 1: ${num(CAPTURED)} comments on one page, in Chromium`, ''],
      ['click → all stored (pending)', ms(store)],
      ['stored → all tagged (done)', ms(tagging)],
      ['click → all tagged', ms(total)],
      ['tagging rate', `${num(CAPTURED / (tagging / 1000))} comments/s`],
      ['end-to-end rate', `${num(CAPTURED / (total / 1000))} comments/s`],
      ['comments stored / failed analyses', `${num(t.total)} / ${num(t.failed)}`],
      ['ratio to the 3 s target', `${num(total / CAPTURE_TARGET_MS, 2)}×`],
    ]));
    return [
      atMost('browser', `${num(CAPTURED)} comments captured → tagged → stored`, total, CAPTURE_TARGET_MS, ms),
      info('browser', '  of which capture + store', ms(store)),
      info('browser', '  of which tagging', `${ms(tagging)} (${num(CAPTURED / (tagging / 1000))} comments/s)`),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Park–Miller: the same synthetic comments every run. */
/** Notes, in the page's own clock, when the first promoter driver is laid out. */
const MARK_DRIVERS = `new MutationObserver((_, obs) => {
  const el = document.querySelector(${JSON.stringify(DRIVERS)});
  if (el && el.getClientRects().length > 0) { window.benchDriversAt = performance.now(); obs.disconnect(); }
}).observe(document, { childList: true, subtree: true, attributes: true });`;

interface Open { playwright: number; inPage: number | null; loaded: number | null }

async function openOnce(browser: ExtensionBrowser): Promise<Open> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.addInitScript(MARK_DRIVERS);
  const t0 = performance.now();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`, { waitUntil: 'commit' });
  await page.locator(DRIVERS).first().waitFor({ state: 'visible', timeout: 30_000 });
  const playwright = performance.now() - t0;
  const marks = await page.evaluate(() => ({
    inPage: (window as unknown as { benchDriversAt?: number }).benchDriversAt ?? null,
    loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? null,
  }));
  await page.close();
  return { playwright, ...marks };
}

/**
 * The reads the popup waits on, timed with raw IndexedDB: the scope's aggregate rows
 * (readSummary) and the pending and failed counts (queueStats), through the queued index.
 */
const timeReads = async (): Promise<number[]> => {
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const req = indexedDB.open('verbatim');
    req.onsuccess = () => res(req.result);
    req.onerror = () => rej(req.error);
  });
  const out: number[] = [];
  for (const store of ['aggregates', 'comments']) {
    const t0 = performance.now();
    await new Promise((res, rej) => {
      const tx = db.transaction(store);
      if (store === 'aggregates') tx.objectStore(store).getAll(IDBKeyRange.bound(['all'], ['all', []]));
      else for (const s of ['pending', 'error']) tx.objectStore(store).index('queued').count(IDBKeyRange.bound([s], [s, []]));
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
    });
    out.push(performance.now() - t0);
  }
  db.close();
  return out;
};

/** Figure 2: popup open → promoter drivers visible, with 100,000 tagged comments stored. */
export async function popupFigure(): Promise<Figure[]> {
  const browser = await launchWithExtension();
  try {
    const first = await browser.openPopup();
    await first.getByTestId('empty').waitFor({ timeout: 30_000 });
    await seed(first);
    const [summaryRead, queueRead] = await first.evaluate(timeReads);
    await first.close();
    const opens: Open[] = [];
    for (let i = 0; i < OPENS; i++) opens.push(await openOnce(browser));
    const inPage = opens.flatMap((o) => (o.inPage === null ? [] : [o.inPage]));
    const pw = median(opens.map((o) => o.playwright));
    const nav = inPage.length === OPENS ? median(inPage) : null;
    const loads = opens.flatMap((o) => (o.loaded === null ? [] : [o.loaded]));
    const cell = (x: number | null) => (x === null ? '—' : ms(x));
    console.log(table([
      [`figure 2: popup open → drivers visible, ${num(STORED)} comments stored`, ...opens.map((_, i) => `open ${i + 1}`), 'median', 'target'],
      ['navigation start → visible (in page)', ...opens.map((o) => cell(o.inPage)), cell(nav), ms(POPUP_TARGET_MS)],
      ['goto → visible (Playwright)', ...opens.map((o) => ms(o.playwright)), ms(pw), ms(POPUP_TARGET_MS)],
      ['  of which page loaded (DOMContentLoaded)', ...opens.map((o) => cell(o.loaded)), cell(loads.length ? median(loads) : null), ''],
    ]));
    console.log(`the popup's reads, raw IndexedDB: scope 'all' aggregate rows ${ms(summaryRead)}; `
      + `pending and failed counts (queued index, ${num(STORED)} tagged comments stored) ${ms(queueRead)}`);
    const what = `popup open → drivers, ${num(STORED)} stored`;
    return [
      nav === null ? info('browser', `${what} (in page)`, 'not recorded') : atMost('browser', `${what} (in page, median of ${OPENS})`, nav, POPUP_TARGET_MS, ms),
      atMost('browser', `${what} (Playwright, median of ${OPENS})`, pw, POPUP_TARGET_MS, ms),
    ];
  } finally {
    await browser.close();
  }
}

/** Both in-browser figures, with the extension built by `wxt build --mode e2e` (run.ts builds it when stale). */
export async function measureBrowser(): Promise<Figure[]> {
  return [...(await captureFigure()), ...(await popupFigure())];
}

export async function bench(): Promise<void> {
  console.log(figureTable(await measureBrowser()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();
