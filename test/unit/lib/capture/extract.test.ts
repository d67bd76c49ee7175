import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ExtractedComment, SiteAdapter } from '../../../../lib/capture/adapter';

// The registries and the generic detector belong to other modules; here they are stand-ins
// so the order of precedence is tested on its own.
const fakes = vi.hoisted(() => ({
  sites: {} as Record<string, unknown>,
  surveys: {} as Record<string, unknown>,
  generic: { comments: [] as unknown[], confidence: 0 },
}));
vi.mock('../../../../lib/capture/sites/index', () => ({ siteAdapters: fakes.sites }));
vi.mock('../../../../lib/capture/surveys/index', () => ({ surveyAdapters: fakes.surveys }));
vi.mock('../../../../lib/capture/generic/detect', () => ({ detectRepeatedBlocks: () => fakes.generic }));

const { extractComments, MAX_COMMENTS } = await import('../../../../lib/capture/extract');

function load(name: string): Document {
  const html = readFileSync(new URL(`../../../fixtures/pages/${name}`, import.meta.url), 'utf8');
  const w = new Window({ url: 'https://example.test/' });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const blank = (): Document => new Window().document as unknown as Document;

function comment(text: string, extra: Partial<ExtractedComment> = {}): ExtractedComment {
  return { text, title: null, author: null, date: null, rating: null, externalId: null, site: 'x', url: 'https://reviews.example/', ...extra };
}

function adapter(id: string, host: string, found: ExtractedComment[] | (() => never)): SiteAdapter<string> {
  return {
    id,
    label: id,
    matches: (u) => u.hostname === host,
    extract: () => (typeof found === 'function' ? found() : found.map((c) => ({ ...c, site: id }))),
  };
}

beforeEach(() => {
  for (const k of Object.keys(fakes.sites)) delete fakes.sites[k];
  for (const k of Object.keys(fakes.surveys)) delete fakes.surveys[k];
  fakes.generic = { comments: [], confidence: 0 };
});

describe('extractComments: structured data', () => {
  test.each([
    ['jsonld-graph.html', 'jsonld', 3, []],
    ['jsonld-localbusiness.html', 'jsonld', 3, []],
    ['malformed-jsonld.html', 'jsonld', 2, ['1 structured-data block could not be read']],
    // The star-only review is a response (it counts for NPS); the duplicate goes.
    ['jsonld-product.html', 'jsonld', 4, ['1 rating was out of range and left unrated']],
    ['microdata.html', 'microdata', 3, ['1 rating was out of range and left unrated']],
  ])('%s → %s, %i comments, warnings %j', (file, method, count, warnings) => {
    const r = extractComments(load(file), 'https://example.test/page');
    expect(r.method).toBe(method);
    expect(r.comments).toHaveLength(count);
    expect(r.warnings).toEqual(warnings);
    expect(r.adapter).toBeUndefined();
  });

  test('the duplicate review, the star-only one and the impossible 9-of-5 rating are dealt with', () => {
    const r = extractComments(load('jsonld-product.html'), 'https://shop.example/p');
    expect(r.comments.map((c) => c.author)).toEqual(['Lotte', 'Peter', 'Ana', 'Empty']);
    expect(r.comments[2]).toMatchObject({ text: 'Great jacket', rating: null });
    // No words, but 3 stars: kept for NPS, and known by its place since the page gives no id.
    expect(r.comments[3]).toMatchObject({ text: '', rating: { value: 3, min: 1, max: 5 }, externalId: 'position:3' });
    expect(r.comments[0].site).toBe('jsonld');
  });

  test('microdata wins over JSON-LD that holds fewer reviews', () => {
    const html = `<script type="application/ld+json">{"@type":"Review","reviewBody":"Featured only"}</script>
      <div itemscope itemtype="https://schema.org/Review"><p itemprop="reviewBody">One</p></div>
      <div itemscope itemtype="https://schema.org/Review"><p itemprop="reviewBody">Two</p></div>`;
    const doc = new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const r = extractComments(doc, 'https://shop.example/');
    expect(r.method).toBe('microdata');
    expect(r.comments.map((c) => c.text)).toEqual(['One', 'Two']);
  });

  test('microdata comments keep their element for the overlay', () => {
    const r = extractComments(load('microdata.html'), 'https://example.test/');
    expect(r.comments[0].element?.getAttribute('itemid')).toBe('urn:review:501');
    expect(r.comments[2]).toMatchObject({ author: 'Carla', rating: null });
  });
});

describe('extractComments: adapters', () => {
  const url = 'https://reviews.example/review/acme-energy.example';

  test('an adapter that finds more than the structured data wins', () => {
    const found = [comment('one'), comment('two'), comment('three'), comment('four')];
    fakes.sites.trustpilot = adapter('trustpilot', 'reviews.example', found);
    const r = extractComments(load('jsonld-graph.html'), url);
    expect(r).toMatchObject({ method: 'site', adapter: 'trustpilot' });
    expect(r.comments.map((c) => c.text)).toEqual(['one', 'two', 'three', 'four']);
    expect(r.comments[0].site).toBe('trustpilot');
  });

  test('structured data that finds as many wins, under the adapter\'s site id', () => {
    fakes.sites.trustpilot = adapter('trustpilot', 'reviews.example', [comment('a'), comment('b'), comment('c')]);
    const r = extractComments(load('jsonld-graph.html'), url);
    expect(r).toMatchObject({ method: 'jsonld', adapter: 'trustpilot' });
    expect(r.comments[0]).toMatchObject({ author: 'Marieke de Vries', site: 'trustpilot' });
  });

  test('an adapter that does not match the URL is not used', () => {
    fakes.sites.g2 = adapter('g2', 'g2.example', [comment('a'), comment('b'), comment('c'), comment('d')]);
    expect(extractComments(load('jsonld-graph.html'), url).method).toBe('jsonld');
  });

  test('a failing adapter leaves a warning and the structured data still counts', () => {
    fakes.sites.trustpilot = adapter('trustpilot', 'reviews.example', () => {
      throw new Error('layout changed');
    });
    const r = extractComments(load('jsonld-graph.html'), url);
    expect(r.method).toBe('jsonld');
    expect(r.comments).toHaveLength(3);
    expect(r.warnings).toEqual(['The trustpilot reader failed on this page (layout changed)']);
  });

  test('a survey adapter runs when no site adapter matches', () => {
    fakes.surveys.typeform = adapter('typeform', 'admin.typeform.example', [comment('Too many steps', { rating: { value: 6, min: 0, max: 10 } })]);
    const r = extractComments(blank(), 'https://admin.typeform.example/form/abc/results');
    expect(r).toMatchObject({ method: 'survey', adapter: 'typeform' });
    expect(r.comments[0].rating).toEqual({ value: 6, min: 0, max: 10 });
  });

  test('a site adapter is preferred to a survey adapter matching the same URL', () => {
    fakes.sites.yelp = adapter('yelp', 'both.example', [comment('from site')]);
    fakes.surveys.hotjar = adapter('hotjar', 'both.example', [comment('from survey'), comment('more')]);
    expect(extractComments(blank(), 'https://both.example/').adapter).toBe('yelp');
  });
});

describe('extractComments: generic detector and clean-up', () => {
  test('with no structured data and no adapter the generic detector is used', () => {
    fakes.generic = { comments: [comment('  Delivery   was late\u200b ', { author: ' Kim ' })], confidence: 0.8 };
    const r = extractComments(blank(), 'https://shop.example/');
    expect(r.method).toBe('generic');
    expect(r.comments[0]).toMatchObject({ text: 'Delivery was late', author: 'Kim' });
  });

  test('a page with nothing to read gives method none and no error', () => {
    expect(extractComments(blank(), 'not a url')).toEqual({ comments: [], method: 'none', warnings: [] });
  });

  test('duplicates by external id and by text + author + date are dropped', () => {
    fakes.generic = {
      comments: [
        comment('Great', { externalId: 'r1' }),
        comment('Great, edited', { externalId: 'r1' }),
        comment('Fine', { author: 'Ann', date: '2025-01-01' }),
        comment(' fine ', { author: 'ann', date: '2025-01-01' }),
        comment('Fine', { author: 'Ann', date: '2025-01-02' }),
      ],
      confidence: 1,
    };
    expect(extractComments(blank(), 'https://shop.example/').comments.map((c) => c.text)).toEqual(['Great', 'Fine', 'Fine']);
  });

  test('a review with only a title is kept; one with neither text nor title is not', () => {
    fakes.generic = { comments: [comment('', { title: 'Excellent' }), comment(' '), comment('')], confidence: 1 };
    const r = extractComments(blank(), 'https://shop.example/');
    expect(r.comments.map((c) => c.title)).toEqual(['Excellent']);
    expect(r.warnings).toEqual(['2 reviews without text were skipped']);
  });

  test.each([
    [{ value: 0, min: 1, max: 5 }, null],
    [{ value: 10, min: 0, max: 10 }, { value: 10, min: 0, max: 10 }],
    [{ value: Number.NaN, min: 1, max: 5 }, null],
    [{ value: 3, min: 5, max: 1 }, null],
  ])('rating %j is kept as %j', (rating, kept) => {
    fakes.generic = { comments: [comment('x', { rating })], confidence: 1 };
    expect(extractComments(blank(), 'https://shop.example/').comments[0].rating).toEqual(kept);
  });

  test(`more than ${MAX_COMMENTS} comments are cut to the first ${MAX_COMMENTS}`, () => {
    fakes.generic = { comments: Array.from({ length: MAX_COMMENTS + 5 }, (_, i) => comment(`c${i}`)), confidence: 1 };
    const r = extractComments(blank(), 'https://shop.example/');
    expect(r.comments).toHaveLength(20_000);
    expect(r.comments.at(-1)?.text).toBe('c19999');
    expect(r.warnings).toEqual(['Kept the first 20,000 of 20,005 comments']);
  });
});

describe('responses without words', () => {
  test('a review with neither text nor a rating is skipped; two bare scores stay two', () => {
    const html = `<script type="application/ld+json">{"@type":"Product","name":"X","review":[
      {"@type":"Review","author":"A","reviewRating":{"ratingValue":"5","bestRating":"5","worstRating":"1"}},
      {"@type":"Review","author":"A","reviewRating":{"ratingValue":"5","bestRating":"5","worstRating":"1"}},
      {"@type":"Review","author":"B"}]}</script>`;
    const doc = new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const r = extractComments(doc, 'https://shop.example/');
    expect(r.comments.map((c) => c.externalId)).toEqual(['position:0', 'position:1']);
    expect(r.warnings).toContain('1 review without text was skipped');
  });
});
