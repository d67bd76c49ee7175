import { describe, expect, test } from 'vitest';
import { elementText } from '../../../../../lib/capture/generic/dom-helpers';
import { withDomMemo } from '../../../../../lib/capture/generic/dom-memo';
import { pageScan, scanBelow, structuredNodes } from '../../../../../lib/capture/generic/page-scan';
import { pageStats } from '../../../../../lib/capture/generic/page-stats';
import { detectRepeatedBlocks } from '../../../../../lib/capture/generic/detect';
import { parseHtml } from './fixture-doc';

const URL = 'https://shop.example/p/1';
const ids = (els: readonly Element[]): string[] => els.map((e) => e.id || e.tagName);

const PAGE = `<!doctype html><html><head>
<script id="ld-head" type="application/ld+json">{}</script></head><body>
<header><ul id="hdr-list"><li>a</li><li>b</li><li>c</li></ul></header>
<nav><ul id="nav-list"><li>a</li><li>b</li><li>c</li></ul><script id="ld-nav" type="application/ld+json">{}</script></nav>
<main id="main">
  <div id="menu" role="menu"><a>1</a><a>2</a><a>3</a></div>
  <section id="reviews">
    <article id="r1" itemscope itemtype="https://schema.org/Review"><header id="card-head"><b>x</b><b>y</b><b>z</b></header><p>one</p></article>
    <article id="r2"><p>two</p><p>two</p><p>two</p></article>
    <article id="r3"><p>three</p></article>
  </section>
  <table id="grid"><tbody id="rows"><tr><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody></table>
  <form id="small-form"><div id="form-div"><p>a</p><p>b</p><p>c</p></div></form>
  <div id="mixed"><p>a</p><span>b</span><em>c</em></div>
</main>
<footer><div id="ftr" itemscope itemtype="https://schema.org/Organization"><i>a</i><i>b</i><i>c</i></div></footer>
</body></html>`;

describe('pageScan: one walk for the structured readers and the detector', () => {
  const doc = parseHtml(PAGE, URL);

  test('structured readers see scripts and items in the head, the page and its header and footer, in document order', () => {
    const { scripts, items } = structuredNodes(doc);
    expect(ids(scripts)).toEqual(['ld-head']);
    expect(ids(items)).toEqual(['r1', 'ftr']);
  });

  test('no reader enters navigation or menus (breadcrumb data is not review data)', () => {
    expect(ids(structuredNodes(doc).scripts)).not.toContain('ld-nav');
  });

  test('the detector sees neither navigation, menus, a short form nor the page header and footer', () => {
    const stats = pageStats(doc.body);
    expect(ids(stats.parents)).toEqual(['BODY', 'main', 'reviews', 'card-head', 'r2', 'rows', 'mixed']);
    expect(ids(stats.tables)).toEqual(['grid']);
  });

  test('group candidates need three children of one tag, and table rows are left to the table reader', () => {
    expect(ids(pageStats(doc.body).groups)).toEqual(['reviews', 'card-head', 'r2']);
  });

  test('a form long enough to wrap the page is walked like the page', () => {
    const long = parseHtml(`<body><form id="page"><div id="list">${'<p>A long enough review text sits here.</p>'.repeat(50)}</div></form></body>`, URL);
    expect(ids(pageStats(long.body).groups)).toEqual(['list']);
  });

  test('within one capture the page is walked once and shared', () => {
    withDomMemo(() => {
      const first = pageScan(doc);
      expect(structuredNodes(doc)).toBe(first);
      expect(scanBelow(doc.body)).toBe(first);
    });
  });

  test('a subtree other than the body gets its own lists', () => {
    const reviews = doc.getElementById('reviews')!;
    expect(ids(scanBelow(reviews).parents)).toEqual(['reviews', 'card-head', 'r2']);
  });
});

const card = (i: number, inside = '') =>
  `<article id="c${i}" data-review-id="r${i}"><h3>Card ${i}</h3><p>Review number ${i} says the kettle boils water fast.</p><ul id="pros${i}"><li>quiet</li><li>light</li><li>cheap</li></ul>${inside}</article>`;
const cards = (n: number, inside: (i: number) => string = () => '') => Array.from({ length: n }, (_, i) => card(i, inside(i))).join('');

describe('pageScan: long runs of look-alike blocks', () => {
  test('a run of 40 cards is read from a spread sample of its insides; the run itself stays whole', () => {
    const doc = parseHtml(`<body><section id="list">${cards(40)}</section></body>`, URL);
    const { groups } = pageStats(doc.body);
    const inner = groups.filter((g) => g.id.startsWith('pros'));
    expect(groups[0].id).toBe('list');
    // Ends and evenly between: the first and last card always among them.
    expect(inner.length).toBe(12);
    expect(ids(inner)).toContain('pros0');
    expect(ids(inner)).toContain('pros39');
  });

  test('every card of a sampled run is still captured', () => {
    const doc = parseHtml(`<body><section id="list">${cards(40)}</section></body>`, URL);
    const { comments } = detectRepeatedBlocks(doc, URL);
    expect(comments.map((c) => c.externalId)).toEqual(Array.from({ length: 40 }, (_, i) => `r${i}`));
  });

  test('a short run is read whole', () => {
    const doc = parseHtml(`<body><section id="list">${cards(23)}</section></body>`, URL);
    expect(pageStats(doc.body).groups.filter((g) => g.id.startsWith('pros'))).toHaveLength(23);
  });

  test('items on the cards themselves are found on every card, sampled or not', () => {
    const html = cards(40).replace(/<article /g, '<article itemscope itemtype="https://schema.org/Review" ');
    const doc = parseHtml(`<body><section>${html}</section></body>`, URL);
    expect(structuredNodes(doc).items).toHaveLength(40);
  });

  test('a run whose sample holds structured data inside is read whole', () => {
    const doc = parseHtml(`<body><section>${cards(40, (i) => `<div itemprop="author" itemscope itemtype="https://schema.org/Person" id="p${i}">A</div>`)}</section></body>`, URL);
    expect(structuredNodes(doc).items).toHaveLength(40);
    const scripted = parseHtml(`<body><section>${cards(40, (i) => `<script type="application/ld+json" id="s${i}">{}</script>`)}</section></body>`, URL);
    expect(structuredNodes(scripted).scripts).toHaveLength(40);
  });

  test('look-alike tables in a run are each still a table', () => {
    const table = (i: number) => `<table id="t${i}"><tbody><tr><td>9</td><td>Great</td></tr><tr><td>3</td><td>Poor</td></tr><tr><td>7</td><td>Fine</td></tr></tbody></table>`;
    const doc = parseHtml(`<body><div>${Array.from({ length: 30 }, (_, i) => table(i)).join('')}</div></body>`, URL);
    expect(pageStats(doc.body).tables).toHaveLength(30);
  });

  test('in the footer, link columns are sampled but a script or item beside them is found', () => {
    const column = (i: number) => `<ul id="col${i}"><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul>`;
    const doc = parseHtml(`<body><main><p>x</p></main><footer>${Array.from({ length: 20 }, (_, i) => column(i)).join('')}<script id="ld-foot" type="application/ld+json">{}</script><div id="org" itemscope itemtype="https://schema.org/Organization">Shop</div></footer></body>`, URL);
    const { scripts, items } = structuredNodes(doc);
    expect(ids(scripts)).toEqual(['ld-foot']);
    expect(ids(items)).toEqual(['org']);
  });
});

describe('elementText', () => {
  test.each([
    ['<p id="t">  one   text\u00a0node\twith  blanks </p>', 'one text node with blanks'],
    ['<div id="t">first <b>bold</b><p>second  para</p>  third</div>', 'first bold\nsecond para\nthird'],
    ['<p id="t"></p>', ''],
    // Already tidy text comes back as it is; any blank at an end, or inside, is still tidied.
    ['<p id="t">tidy text, one line</p>', 'tidy text, one line'],
    ['<p id="t">\u2003em space first</p>', 'em space first'],
    ['<p id="t">two  spaces</p>', 'two spaces'],
    ['<p id="t">line\n  break</p>', 'line\nbreak'],
  ])('%s', (html, text) => {
    const doc = parseHtml(`<body>${html}</body>`, URL);
    expect(elementText(doc.getElementById('t')!)).toBe(text);
  });
});
