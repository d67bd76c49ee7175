import { describe, expect, test } from 'vitest';
import { detectRepeatedBlocks } from '../../../../../lib/capture/generic/detect';
import { loadFixture, parseHtml } from './fixture-doc';

/**
 * Precision and recall of the generic detector on pages it was not tuned on. Each true
 * comment block carries `data-expected` in the fixture; the attribute is removed before the
 * detector runs, and a detected comment counts as correct when its element is (or sits in,
 * or wraps exactly one) expected block.
 */

const PAGES = [
  ['cards-grid.html', 'https://www.keukenhuis.example/p/aroma-300'],
  ['table-rows.html', 'https://intranet.example.de/berichte/feedback'],
  ['thread.html', 'https://community.example.com/t/team-plan'],
  ['list-with-ads.html', 'https://voyages.example.fr/hotel/belle-rive'],
  ['forum.html', 'https://forored.example.es/t/fibra-1gb'],
  ['blog-comments.html', 'https://flourandfield.example/journal/four-day-week'],
  ['divs-only.html', 'https://guidacibo.example.it/r/da-gino'],
  // Written after the detector was done and not tuned on:
  ['qa-answers.html', 'https://baking.example.com/q/812/starter-travel'],
  ['wrapped-cards.html', 'https://www.ervaringen.example.nl/fietsenmaker-jansen'],
] as const;

interface Score { page: string; expected: number; found: number; correct: number; precision: number; recall: number }

function evaluate(file: string, url: string): Score {
  const doc = loadFixture(`generic/${file}`, url);
  const expected = Array.from(doc.querySelectorAll('[data-expected]'));
  for (const el of expected) el.removeAttribute('data-expected');
  const { comments } = detectRepeatedBlocks(doc, url);
  const matched = new Set<Element>();
  let correct = 0;
  for (const c of comments) {
    const el = c.element;
    if (!el) continue;
    const inside = expected.filter((e) => e === el || e.contains(el)).sort((a, b) => (a.contains(b) ? 1 : -1))[0];
    const wrapped = expected.filter((e) => el.contains(e));
    const hit = inside ?? (wrapped.length === 1 ? wrapped[0] : undefined);
    if (hit && !matched.has(hit)) {
      matched.add(hit);
      correct++;
    }
  }
  const precision = comments.length ? correct / comments.length : 0;
  return { page: file, expected: expected.length, found: comments.length, correct, precision, recall: correct / expected.length };
}

describe('detectRepeatedBlocks on unseen page shapes', () => {
  const scores = PAGES.map(([file, url]) => evaluate(file, url));

  test('overall precision ≥ 0.9 and recall ≥ 0.85', () => {
    const found = scores.reduce((n, s) => n + s.found, 0);
    const correct = scores.reduce((n, s) => n + s.correct, 0);
    const expected = scores.reduce((n, s) => n + s.expected, 0);
    const table = scores.map((s) => `${s.page.padEnd(20)} expected ${String(s.expected).padStart(2)}  found ${String(s.found).padStart(2)}  correct ${String(s.correct).padStart(2)}  P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}`);
    table.push(`${'overall'.padEnd(20)} expected ${expected}  found ${found}  correct ${correct}  P ${(correct / found).toFixed(2)}  R ${(correct / expected).toFixed(2)}`);
    process.stdout.write(`\n${table.join('\n')}\n`);
    expect(correct / found).toBeGreaterThanOrEqual(0.9);
    expect(correct / expected).toBeGreaterThanOrEqual(0.85);
  });

  test.each(PAGES)('%s: every expected comment found, nothing else', (file, url) => {
    const s = evaluate(file, url);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
  });
});

describe('detectRepeatedBlocks fields', () => {
  test('cards: rating from aria-label, date from time[datetime], site generic', () => {
    const url = 'https://www.keukenhuis.example/p/aroma-300';
    const { comments, confidence } = detectRepeatedBlocks(loadFixture('generic/cards-grid.html', url), url);
    expect(comments[1]).toMatchObject({
      text: 'Na twee weken lekt het waterreservoir aan de onderkant. Klantenservice reageert traag.',
      rating: { value: 2, min: 1, max: 5 },
      date: '2024-02-03',
      site: 'generic',
      url,
    });
    expect(comments[4].text).toBe('Top!');
    expect(confidence).toBeGreaterThan(0.5);
  });

  test('thread: a comment’s text leaves out its replies; replies are their own comments', () => {
    const url = 'https://community.example.com/t/team-plan';
    const { comments } = detectRepeatedBlocks(loadFixture('generic/thread.html', url), url);
    expect(comments.map((c) => c.externalId)).toEqual(['c-1001', 'c-1002', 'c-1003', 'c-1004', 'c-1005', 'c-1006']);
    expect(comments[0].text).toMatch(/^We moved our team/);
    expect(comments[0].text).not.toMatch(/Same here/);
    expect(comments[4].text).toBe('Watch out: downgrading again deletes your automation rules without warning. We lost about forty of them.\nExport them first!');
    expect(comments[0].date).toBe('2024-04-02T09:14:00.000Z');
  });

  test('table: score and comment of the same row, a score without comment kept', () => {
    const url = 'https://intranet.example.de/berichte/feedback';
    const { comments } = detectRepeatedBlocks(loadFixture('generic/table-rows.html', url), url);
    expect(comments).toHaveLength(6);
    expect(comments[1]).toMatchObject({ text: 'Lange Wartezeit, nur eine Kasse war geöffnet und niemand hat sich entschuldigt.', rating: { value: 3, min: 0, max: 10 }, date: '2024-03-05', author: 'M. Schulz' });
    expect(comments[2]).toMatchObject({ text: '', rating: { value: 10, min: 0, max: 10 } });
  });

  test('"8/10" text ratings', () => {
    const url = 'https://guidacibo.example.it/r/da-gino';
    const { comments } = detectRepeatedBlocks(loadFixture('generic/divs-only.html', url), url);
    expect(comments.map((c) => c.rating?.value)).toEqual([8, 4, 10, 7, 9]);
    expect(comments[0].rating).toEqual({ value: 8, min: 0, max: 10 });
  });

  test('cards wrapped in single-child divs: data-score ratings, the text beside the name', () => {
    const url = 'https://www.ervaringen.example.nl/fietsenmaker-jansen';
    const { comments } = detectRepeatedBlocks(loadFixture('generic/wrapped-cards.html', url), url);
    expect(comments.map((c) => c.rating?.value)).toEqual([9, 6, 10, 7, 8]);
    expect(comments[3].text).toBe('Prima service, prijs aan de hoge kant.');
  });

  test('a page wrapped in one big <form> (ASP.NET style) is still read; a comment form is not', () => {
    const url = 'https://flourandfield.example/journal/four-day-week';
    const doc = loadFixture('generic/blog-comments.html', url);
    const wrapper = doc.createElement('form');
    wrapper.append(...Array.from(doc.body.childNodes));
    doc.body.append(wrapper);
    const { comments } = detectRepeatedBlocks(doc, url);
    expect(comments.map((c) => c.author)).toEqual(['Rob Turner', 'Anouk', 'Martin', 'Hannah Cole']);
  });

  test('a page of navigation and prose only yields nothing confident', () => {
    const html = '<nav><ul><li><a href="/a">Home page link</a></li><li><a href="/b">Products and more</a></li><li><a href="/c">About our company</a></li></ul></nav><main><p>Just one paragraph of prose here.</p></main>';
    const { comments } = detectRepeatedBlocks(parseHtml(html, 'https://x.example/'), 'https://x.example/');
    expect(comments).toEqual([]);
  });
});
