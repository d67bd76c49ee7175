import { describe, expect, test } from 'vitest';
import { elementText } from '../../../../../lib/capture/generic/dom-helpers';
import { withDomMemo } from '../../../../../lib/capture/generic/dom-memo';
import { pageScan, scanBelow, structuredNodes } from '../../../../../lib/capture/generic/page-scan';
import { pageStats } from '../../../../../lib/capture/generic/page-stats';
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

  test('structured readers see scripts and items everywhere, chrome included, in document order', () => {
    const { scripts, items } = structuredNodes(doc);
    expect(ids(scripts)).toEqual(['ld-head', 'ld-nav']);
    expect(ids(items)).toEqual(['r1', 'ftr']);
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

describe('elementText', () => {
  test.each([
    ['<p id="t">  one   text\u00a0node\twith  blanks </p>', 'one text node with blanks'],
    ['<div id="t">first <b>bold</b><p>second  para</p>  third</div>', 'first bold\nsecond para\nthird'],
    ['<p id="t"></p>', ''],
  ])('%s', (html, text) => {
    const doc = parseHtml(`<body>${html}</body>`, URL);
    expect(elementText(doc.getElementById('t')!)).toBe(text);
  });
});
