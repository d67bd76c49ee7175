import { describe, expect, test } from 'vitest';
import {
  dedupeBy, expandControlsIn, findDateIn, isExpandLabel, joinParts, nextPageFrom, outermost, parseStarLabel,
  queryAllFirst, queryFirst, ratingFrom, readJsonLd, textOf,
} from '../../../../../lib/capture/dom';
import { parseHtml } from './load';

const page = (body: string, head = '') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, 'https://reviews.example/p/1');

describe('parseStarLabel reads the digits, whatever the language', () => {
  test.each([
    ['4 out of 5', 4, 5],
    ['Rated 4 out of 5 stars', 4, 5],
    ['4,0 van 5 sterren', 4, 5],
    ['4/5', 4, 5],
    ['4 star rating', 4, 5],
    ['Note : 4 sur 5', 4, 5],
    ['4.5 of 5 bubbles', 4.5, 5],
    ['Valorada con 3 de 5 estrellas', 3, 5],
    ['Rated 2 stars out of five stars', 2, 5],
    ['2,0 von 5 Sternen', 2, 5],
    ['4 sterren', 4, 5],
    ['7 van 10', 7, 10],
  ])('%s → %d of %d', (label, value, max) => {
    expect(parseStarLabel(label)).toEqual({ value, max });
  });

  test.each([['no rating yet'], [''], [null], ['7 stars']])('%s → null', (label) => {
    expect(parseStarLabel(label)).toBeNull();
  });

  test('a single number takes the given scale', () => {
    expect(parseStarLabel('Cijfer 8,0', 10)).toEqual({ value: 8, max: 10 });
  });
});

describe('ratingFrom', () => {
  test.each([
    ['4 out of 5', 1, 5, { value: 4, min: 1, max: 5 }],
    [8, 1, 10, { value: 8, min: 1, max: 10 }],
    ['0 out of 5', 1, 5, null],
    [11, 1, 10, null],
  ] as const)('%s on %d..%d', (source, min, max, expected) => {
    expect(ratingFrom(source, min, max)).toEqual(expected);
  });
});

describe('textOf', () => {
  test.each([
    ['<div id="x"><p>Good</p><p>Bad</p></div>', undefined, 'Good Bad'],
    ['<div id="x">  Slow\n\n   delivery&nbsp;here </div>', undefined, 'Slow delivery here'],
    ['<div id="x">Great food<button>Read more</button></div>', 'button', 'Great food'],
    ['<div id="x">Text<script>var a=1</script><style>p{}</style></div>', undefined, 'Text'],
    ['<div id="x">A<br>B</div>', undefined, 'A B'],
  ])('%s', (html, skip, expected) => {
    expect(textOf(page(html).getElementById('x'), skip)).toBe(expected);
  });

  test('nothing gives an empty string', () => expect(textOf(null)).toBe(''));
});

describe('selector lists', () => {
  const doc = page('<div class="a" id="a1"></div><div data-x="1" id="x1"></div><div data-x="2" id="x2"></div>');

  test('queryFirst takes the first selector that matches', () => {
    expect(queryFirst(doc, ['.missing', '[data-x]', '.a'])?.id).toBe('x1');
    expect(queryFirst(doc, ['.missing'])).toBeNull();
  });

  test('queryAllFirst returns all matches of that selector only', () => {
    expect(queryAllFirst(doc, ['.missing', '[data-x]', '.a']).map((e) => e.id)).toEqual(['x1', 'x2']);
  });

  test('outermost drops nested copies', () => {
    const d = page('<div data-review-id="1" id="o"><div data-review-id="1" id="i"></div></div><div data-review-id="2" id="p"></div>');
    expect(outermost(Array.from(d.querySelectorAll('[data-review-id]'))).map((e) => e.id)).toEqual(['o', 'p']);
  });
});

describe('readJsonLd', () => {
  test('flattens @graph and arrays, skips broken blocks', () => {
    const doc = page('', [
      '<script type="application/ld+json">{"@graph":[{"@type":"Organization"},{"@type":"Review","reviewBody":"Fine"}]}</script>',
      '<script type="application/ld+json">{ broken</script>',
      '<script type="application/ld+json">[{"@type":["Product","Thing"]}]</script>',
    ].join(''));
    expect(readJsonLd(doc).map((o) => o['@type'])).toEqual([undefined, 'Organization', 'Review', ['Product', 'Thing']]);
  });
});

describe('findDateIn', () => {
  test.each([
    ['Reviewed in the United States on March 3, 2024', '2024-03-03'],
    ['Rezension aus Deutschland vom 3. März 2024', '2024-03-03'],
    ['Beoordeeld: 9 november 2025', '2025-11-09'],
    ['Written February 2, 2024', '2024-02-02'],
    ['Publicado el 12 de marzo de 2024', '2024-03-12'],
    ['2024-01-05', '2024-01-05'],
    ['Feb 2024 • Couples', null],
    ['2 weken geleden', null],
  ])('%s → %s', (text, iso) => {
    expect(findDateIn(text)).toBe(iso);
  });
});

describe('joinParts', () => {
  test.each([
    [[['Likes', 'Fast'], ['Dislikes', 'Pricey']], 'Likes: Fast\nDislikes: Pricey'],
    [[['Liked', ''], ['Disliked', 'Noisy']], 'Disliked: Noisy'],
    [[[null, 'Just text']], 'Just text'],
    [[['Pros', ''], ['Cons', '']], ''],
  ] as const)('%j', (parts, text) => {
    expect(joinParts(parts)).toBe(text);
  });
});

test('dedupeBy keeps the first of each id and every item without one', () => {
  expect(dedupeBy(['a1', 'b1', 'a2', 'x', 'x'], (s) => (s === 'x' ? null : s[0]))).toEqual(['a1', 'b1', 'x', 'x']);
});

describe('"Read more" controls', () => {
  test.each([
    ['Read more', true], ['Lees meer', true], ['Meer…', true], ['mehr', true], ['Weiterlesen', true],
    ['Lire la suite', true], ['plus', true], ['Leer más', true], ['más', true], ['Les mer', true],
    ['Læs mere', true], ['mer', true], ['More reviews', false], ['Next page', false], ['Meerdere kamers', false],
  ])('%s → %s', (text, expected) => {
    expect(isExpandLabel(text)).toBe(expected);
  });

  test('attribute matches first, then known labels, never an expanded one', () => {
    const doc = page(
      '<div class="r" id="r1"><button id="b1" aria-expanded="false">…</button><a id="a1" role="button">Lees meer</a></div>' +
        '<div class="r" id="r2"><button id="b2" aria-expanded="true">Less</button><button id="b3">Helpful</button></div>' +
        '<button id="outside" aria-expanded="false">Read more</button>',
    );
    const reviews = Array.from(doc.querySelectorAll('.r'));
    expect(expandControlsIn(reviews, ['button[aria-expanded]']).map((e) => e.id)).toEqual(['b1', 'a1']);
  });
});

describe('nextPageFrom', () => {
  test.each([
    ['<a rel="next" href="?page=2">Next</a>', { kind: 'link', href: 'https://reviews.example/p/1?page=2' }],
    ['<a rel="next" aria-disabled="true">Next</a><a class="n" href="/p/2">2</a>', { kind: 'link', href: 'https://reviews.example/p/2' }],
    ['<a rel="next" href="#">Next</a>', null],
    ['<button class="n" disabled>Next</button>', null],
    ['<span aria-disabled="true"><a rel="next" href="/p/2">Next</a></span>', null],
  ])('%s', (html, expected) => {
    expect(nextPageFrom(page(html), ['a[rel="next"]', 'a.n', 'button.n'], 'https://reviews.example/p/1')).toEqual(expected);
  });

  test('a button is returned to click', () => {
    const doc = page('<button class="n">Load more</button>');
    expect(nextPageFrom(doc, ['button.n'], 'https://reviews.example/p/1')).toEqual({ kind: 'button', element: doc.querySelector('button.n') });
  });
});
