import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteAdapters } from '../../../../../lib/capture/sites/index';
import { SITE_FIXTURES, hasSiteFixture, loadSite } from './load';
import { cases, type Case } from './site-cases';

describe('site adapters on saved pages', () => {
  test('every adapter has a case here', () => {
    expect(cases.map((c) => c.id).sort()).toEqual(Object.keys(siteAdapters).sort());
  });

  describe.each(cases)('$id', (c) => {
    const adapter = siteAdapters[c.id];

    test.each(c.matches)('matches %s', (u) => expect(adapter.matches(new URL(u))).toBe(true));
    test.each(c.notMatches)('does not match %s', (u) => expect(adapter.matches(new URL(u))).toBe(false));

    test('the fixture page is claimed by this adapter alone', () => {
      const claimed = Object.values(siteAdapters).filter((a) => a.matches(new URL(c.url))).map((a) => a.id);
      expect(claimed).toEqual([c.id]);
    });

    test('extracts every review once, the first with all its fields', () => {
      const comments = loadAndExtract(c);
      expect(comments).toHaveLength(c.count);
      const { element, ...first } = comments[0];
      expect(first).toEqual({ ...c.first, site: c.id, url: c.url });
      expect(element?.matches(c.firstElement)).toBe(true);
      for (const comment of comments) {
        expect(comment.site).toBe(c.id);
        expect(comment.text).not.toBe('');
      }
    });

    test.each(c.others)('review #%i', (index, fields) => {
      expect(loadAndExtract(c)[index]).toMatchObject(fields);
    });

    test('finds the next page, and none on the last page', () => {
      const doc = loadSite(c.id, c.url);
      const next = adapter.nextPage?.(doc, c.url) ?? null;
      if (c.next === null) expect(next).toBeNull();
      else if ('href' in c.next) expect(next).toEqual({ kind: 'link', href: c.next.href });
      else {
        expect(next?.kind).toBe('button');
        expect(next?.kind === 'button' && next.element).toBe(doc.querySelector(c.next.button));
      }
      if (c.lastPage) {
        c.lastPage(doc);
        expect(adapter.nextPage?.(doc, c.url) ?? null).toBeNull();
      }
    });

    test('lists the "Read more" controls of truncated reviews', () => {
      const doc = loadSite(c.id, c.url);
      const expected = c.expand.flatMap((s) => Array.from(doc.querySelectorAll(s)));
      expect(adapter.expandControls?.(doc) ?? []).toEqual(expected);
      expect(expected).toHaveLength(c.expand.length);
    });
  });
});

function loadAndExtract(c: Case) {
  return siteAdapters[c.id].extract(loadSite(c.id, c.url), c.url);
}

describe('site registry', () => {
  test.each(Object.keys(siteAdapters))('%s has a saved page in test/fixtures/sites/', (id) => {
    expect(hasSiteFixture(id)).toBe(true);
  });

  test.each(Object.entries(siteAdapters))('%s is registered under its own id', (key, adapter) => {
    expect(adapter.id).toBe(key);
  });

  test('every saved page belongs to a registered adapter', () => {
    const pages = readdirSync(SITE_FIXTURES).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
    expect(pages.filter((p) => !(p in siteAdapters))).toEqual([]);
  });
});
