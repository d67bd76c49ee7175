import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { decodeEntities, extractJsonLd, extractMicrodata, htmlToText } from '../../../../lib/capture/structured/index';

function load(name: string, url = 'https://example.test/page'): Document {
  const html = readFileSync(new URL(`../../../fixtures/pages/${name}`, import.meta.url), 'utf8');
  const w = new Window({ url });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function fromHtml(html: string): Document {
  const w = new Window({ url: 'https://example.test/' });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

// Pages escape "<" inside JSON-LD so a "</script>" in a review cannot end the block.
const ld = (json: unknown): string => `<script type="application/ld+json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script>`;

describe('extractJsonLd on saved pages', () => {
  test.each([
    ['jsonld-graph.html', 3, 0],
    ['jsonld-product.html', 5, 0],
    ['jsonld-localbusiness.html', 3, 0],
    ['malformed-jsonld.html', 2, 1],
  ])('%s holds %i reviews and %i unreadable blocks', (file, count, bad) => {
    const r = extractJsonLd(load(file), 'https://example.test/page');
    expect(r.comments).toHaveLength(count);
    expect(r.unreadableBlocks).toBe(bad);
  });

  test('a Trustpilot-like @graph: references resolved, entities decoded, tags stripped', () => {
    const [first, second] = extractJsonLd(load('jsonld-graph.html'), 'https://reviews.example/review/acme').comments;
    expect(first).toEqual({
      text: "Switching was painless & the app is clear. Billing took two months to sort out though 'sigh'.",
      title: 'Switching was painless',
      author: 'Marieke de Vries',
      date: '2025-03-12T09:41:07.000Z',
      rating: { value: 4, min: 1, max: 5 },
      externalId: 'https://reviews.example/#/schema/Review/acme-energy.example/65f0a1',
      site: 'jsonld',
      url: 'https://reviews.example/review/acme',
    });
    expect(second.text).toBe('Waited 45 minutes on hold, twice. Never again.');
    expect(second.author).toBe('Tom H.');
  });

  test('reviews nested in a Product: decimal comma, default scale, description, identifier, url', () => {
    const c = extractJsonLd(load('jsonld-product.html'), 'https://shop.example/p/tr3').comments;
    expect(c[0]).toMatchObject({ title: 'Stays dry in a downpour', author: 'Lotte', date: '2024-11-02', rating: { value: 4.5, min: 1, max: 5 }, externalId: 'rv-1001' });
    expect(c[1]).toMatchObject({ text: 'The zipper broke after two weeks and support never replied.', author: 'Peter', date: '2024-11-02', rating: { value: 1, min: 1, max: 5 }, externalId: 'https://shop.example/reviews/rv-1002' });
    // Out-of-range and empty reviews are passed on raw; extractComments judges them.
    expect(c[2].rating).toEqual({ value: 9, min: 1, max: 5 });
    expect(c[3]).toMatchObject({ text: '', title: null });
  });

  test('a single review object under "reviews" and a 1–10 hotel scale', () => {
    const c = extractJsonLd(load('jsonld-localbusiness.html'), 'https://example.test/').comments;
    expect(c[0]).toMatchObject({ author: 'Joost', date: '2025-03-12', text: 'Heerlijk zuurdesembrood, maar de rij op zaterdag is lang.', rating: { value: 4, min: 1, max: 5 } });
    expect(c[1]).toMatchObject({ author: 'Claire', rating: { value: 7, min: 1, max: 10 } });
  });

  test('the readable block of a page with a broken one is still read', () => {
    const c = extractJsonLd(load('malformed-jsonld.html'), 'https://example.test/').comments;
    expect(c.map((x) => x.author)).toEqual(['Iris', 'Mo']);
    expect(c[0].date).toBe('2025-03-12T10:00:00.000Z');
  });

  test.each([
    ['@type as an array with a schema.org URL', { '@type': ['https://schema.org/Review', 'Thing'], reviewBody: 'ok' }, 'ok'],
    ['UserReview subtype', { '@type': 'UserReview', reviewBody: 'sub' }, 'sub'],
    ['text in an @value object', { '@type': 'Review', reviewBody: { '@value': 'valued' } }, 'valued'],
    ['review inside itemListElement', { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'Review', reviewBody: 'listed' } }] }, 'listed'],
  ])('finds a review: %s', (_name, json, text) => {
    const c = extractJsonLd(fromHtml(ld(json)), 'https://example.test/').comments;
    expect(c.map((x) => x.text)).toEqual([text]);
  });

  test('an untyped node under "review" with a reviewBody is a review; "4/5" carries its scale', () => {
    const doc = fromHtml(ld({ '@type': 'Product', review: [{ reviewBody: 'Untyped', reviewRating: { ratingValue: '4/5' } }] }));
    const c = extractJsonLd(doc, 'https://example.test/').comments;
    expect(c.map((x) => [x.text, x.rating])).toEqual([['Untyped', { value: 4, min: 1, max: 5 }]]);
  });

  test.each([
    [{ ratingValue: '8/10' }, { value: 8, min: 1, max: 10 }],
    [{ ratingValue: 3, bestRating: 10, worstRating: 0 }, { value: 3, min: 0, max: 10 }],
    [{ ratingValue: 'five' }, null],
  ])('rating %j → %j', (reviewRating, rating) => {
    const doc = fromHtml(ld({ '@type': 'Review', reviewBody: 'x', reviewRating }));
    expect(extractJsonLd(doc, 'https://example.test/').comments[0].rating).toEqual(rating);
  });

  test('an AggregateRating alone is not a review', () => {
    const doc = fromHtml(ld({ '@type': 'Product', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4 } }));
    expect(extractJsonLd(doc, 'https://example.test/').comments).toEqual([]);
  });

  test('hostile markup in JSON-LD becomes inert text and never enters the page', () => {
    const doc = fromHtml(ld({ '@type': 'Review', reviewBody: '<img src=x onerror="alert(1)">Nice<script>alert(2)</script> place' }));
    const [c] = extractJsonLd(doc, 'https://example.test/').comments;
    expect(c.text).toBe('Nice place');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('extractMicrodata', () => {
  test('reads nested Person and Rating items, meta content and time datetime', () => {
    const doc = load('microdata.html');
    const c = extractMicrodata(doc, 'https://example.test/apps/helpdesk');
    expect(c).toHaveLength(3);
    const { element, ...first } = c[0];
    expect(first).toEqual({
      text: 'Setup took an afternoon. The reporting module is clunky <script>alert(1)</script> and slow.',
      title: 'Fast setup, clunky reports',
      author: 'Anna K.',
      date: '2025-01-15',
      rating: { value: 4, min: 1, max: 5 },
      externalId: 'urn:review:501',
      site: 'microdata',
      url: 'https://example.test/apps/helpdesk',
    });
    expect(element?.getAttribute('itemid')).toBe('urn:review:501');
    // An author link's text is the name, not its href; description stands in for reviewBody.
    expect(c[1]).toMatchObject({ author: 'Bob', date: '2025-01-10', text: 'Support answered within the hour, every time.', rating: { value: 5, min: 1, max: 5 } });
    expect(c[2]).toMatchObject({ author: 'Carla', rating: { value: 6, min: 1, max: 5 } });
  });

  test('the product name does not leak into a review without a name', () => {
    const c = extractMicrodata(load('microdata.html'), 'https://example.test/');
    expect(c[2].title).toBeNull();
  });
});

describe('html text helpers', () => {
  test.each([
    ['Fish &amp; chips', 'Fish & chips'],
    ['It&#39;s &#x263A; &quot;ok&quot;', 'It\'s ☺ "ok"'],
    ['caf&eacute; &unknown;', 'café &unknown;'],
  ])('decodeEntities(%j) = %j', (input, out) => {
    expect(decodeEntities(input)).toBe(out);
  });

  test.each([
    ['line one<br/>line two', 'line one line two'],
    ['<p>a</p><p>b</p>', 'a b'],
    ['x &lt;b&gt; y', 'x <b> y'],
    ['<style>p{}</style>kept', 'kept'],
  ])('htmlToText(%j) = %j', (input, out) => {
    expect(htmlToText(input)).toBe(out);
  });
});
