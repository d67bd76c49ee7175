/**
 * The extraction figure in the browser itself: the same two pages, parsed by Chromium's
 * DOMParser and read by extractComments bundled into the page, both timed in the page.
 * happy-dom's DOM is JavaScript and costs ~1 µs an element touched; Chromium's is native.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { bigPage, productPage } from './extraction';
import { atMost, info, type Figure } from './format';

const TARGET = 0.1;
const RUNS = 5;

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: ['lib/capture/extract.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'Verbatim',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/**
 * The least any extractor can spend on the 10,000-review page in Chromium: a loop written
 * for this page's exact markup that reads each card's six values (id, rating label, author,
 * date, title, text) and nothing else, no detection, no tidying. Chromium's DOM calls and
 * the JavaScript wrappers they create cost more next to its native parser than happy-dom's
 * do next to its JavaScript one, so this floor shows how near 10% of parse time can be.
 */
async function readingFloor(page: Page): Promise<Figure[]> {
  const r = await page.evaluate(
    ({ html, runs }) => (globalThis as unknown as TimedPage).__parseThen(html, runs, (doc) => {
      let chars = 0;
      for (let card = doc.querySelector('section')!.firstElementChild; card; card = card.nextElementSibling) {
        const head = card.firstElementChild!;
        const stars = head.firstElementChild!;
        const author = stars.nextElementSibling!;
        const title = head.nextElementSibling!;
        chars += (card.getAttribute('data-review-id') ?? '').length + (stars.getAttribute('aria-label') ?? '').length
          + (author.textContent ?? '').length + (author.nextElementSibling!.getAttribute('datetime') ?? '').length
          + (title.textContent ?? '').length + (title.nextElementSibling!.textContent ?? '').length;
      }
      return chars;
    }),
    { html: bigPage(), runs: RUNS },
  );
  const share = (100 * r.after) / r.parse;
  console.log(`10,000 reviews, reading floor (hand loop, six values a card): ${r.after.toFixed(1)} ms, ${share.toFixed(1)}% of Chromium's parse (${r.parse.toFixed(1)} ms)`);
  return [info('extraction', '  reading floor in Chromium, 10,000 reviews (hand loop, no detection)', `${r.after.toFixed(1)} ms = ${share.toFixed(1)}% of parse`)];
}

/** In the page: parse `html` `runs` times, run `after` on each tree, and give both medians and after's last result. */
interface TimedPage {
  __parseThen(html: string, runs: number, after: (doc: Document) => number): { parse: number; after: number; result: number };
}

const PARSE_THEN = `window.__parseThen = (html, runs, after) => {
  const parse = [];
  const spent = [];
  let result = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    doc.body.getBoundingClientRect(); // parsing is done when the tree is usable
    const t1 = performance.now();
    result = after(doc);
    parse.push(t1 - t0);
    spent.push(performance.now() - t1);
  }
  const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { parse: med(parse), after: med(spent), result };
};`;

export async function measureExtractionInBrowser(): Promise<Figure[]> {
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    // tsx keeps function names with a __name() helper that page.evaluate's copy must find.
    await page.addScriptTag({ content: `window.__name = (f) => f;\n${PARSE_THEN}\n${code}` });
    const figures: Figure[] = [];
    figures.push(...(await readingFloor(page)));
    for (const [name, html] of [['product page, 20 reviews', productPage()], ['10,000 reviews', bigPage()]] as const) {
      const r = await page.evaluate(
        ({ html, runs }) => {
          const api = (globalThis as unknown as { Verbatim: { extractComments(d: Document, u: string): { comments: unknown[] } } }).Verbatim;
          return (globalThis as unknown as TimedPage).__parseThen(html, runs, (doc) => api.extractComments(doc, 'https://www.example-shop.test/p/travel-kettle').comments.length);
        },
        { html, runs: RUNS },
      );
      console.log(`${name}: ${r.result} comments; Chromium parse ${r.parse.toFixed(1)} ms, extract ${r.after.toFixed(1)} ms, ratio ${((100 * r.after) / r.parse).toFixed(1)}%`);
      figures.push(atMost('extraction', `extract ÷ parse in Chromium, ${name}`, r.after / r.parse, TARGET, (v) => `${(100 * v).toFixed(1)}%`));
    }
    return figures;
  } finally {
    await browser.close();
  }
}
