import { describe, expect, test } from 'vitest';
import { commentId, hostOf, normaliseUrl, sourceId } from '../../../../lib/db/ids';
import { captured } from './helpers';

const base = captured('Great pizza,  friendly staff.', { author: 'Ann', date: '2024-03-01' });

describe('commentId', () => {
  test.each([
    ['case and whitespace differ', { text: '  great PIZZA, friendly\n staff. ' }],
    ['www. or not', { url: 'https://trustpilot.com/review/example.com?page=2' }],
    ['read from JSON-LD instead of the adapter', { site: 'jsonld' }],
    ['date-time instead of date', { date: '2024-03-01T10:15:00Z' }],
    ['author spacing differs', { author: ' ann ' }],
  ])('same comment when %s', (_, over) => {
    expect(commentId({ ...base, ...over })).toBe(commentId(base));
  });

  test.each([
    ['another author', { author: 'Bob' }],
    ['another day', { date: '2024-03-02' }],
    ['another text', { text: 'Great pizza, rude staff.' }],
    ['another site', { url: 'https://www.g2.com/products/x/reviews' }],
  ])('different comment with %s', (_, over) => {
    expect(commentId({ ...base, ...over })).not.toBe(commentId(base));
  });

  test('the external id wins over the text, so an edited review stays one record', () => {
    const a = { ...base, externalId: 'r-42' };
    expect(commentId({ ...a, text: 'Edited: pizza was cold.' })).toBe(commentId(a));
    expect(commentId({ ...a, externalId: 'r-43' })).not.toBe(commentId(a));
  });

  test('two CSV files that both number their rows do not merge', () => {
    const row = captured('ok', { site: 'csv', url: 'survey-march.csv', externalId: '1' });
    expect(commentId({ ...row, url: 'survey-april.csv' })).not.toBe(commentId(row));
    expect(commentId({ ...row })).toBe(commentId(row));
  });

  test('ids are 28 hex digits', () => {
    expect(commentId(base)).toMatch(/^[0-9a-f]{28}$/);
  });
});

describe('sourceId', () => {
  const page = 'https://www.trustpilot.com/review/example.com?page=2&sort=recency';
  test.each([
    ['a fragment', 'https://www.trustpilot.com/review/example.com?page=2&sort=recency#reviews'],
    ['tracking parameters', 'https://www.trustpilot.com/review/example.com?utm_source=mail&page=2&fbclid=abc&sort=recency'],
    ['parameters in another order', 'https://trustpilot.com/review/example.com?sort=recency&page=2'],
  ])('ignores %s', (_, url) => {
    expect(sourceId(url)).toBe(sourceId(page));
  });

  test('another page is another source', () => {
    expect(sourceId('https://www.trustpilot.com/review/example.com?page=3&sort=recency')).not.toBe(sourceId(page));
  });

  test('normaliseUrl keeps what identifies the page', () => {
    expect(normaliseUrl('https://WWW.Example.com/a?b=2&utm_medium=x&a=1#top')).toBe('https://example.com/a?a=1&b=2');
  });

  test.each([
    ['https://www.trustpilot.com/review/x', 'trustpilot.com'],
    ['https://apps.apple.com/us/app/x/id1', 'apps.apple.com'],
    ['survey.csv', ''],
  ])('hostOf(%s) = %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});
