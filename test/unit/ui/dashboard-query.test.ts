import { beforeAll, describe, expect, test } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, saveAnalyses, storeCaptured, type VerbatimDb } from '../../../lib/db';
import { ratingToScore } from '../../../lib/nps';
import { noFilters, queryComments, type CommentFilters } from '../../../components/dashboard/comment-query';
import type { CapturedComment } from '../../../lib/types';

const URL_A = 'https://www.trustpilot.com/review/a.example';
const URL_B = 'https://www.trustpilot.com/review/b.example';

/**
 * 120 reviews on 0–10: review i scores i % 11, so 0–6 detract, 7–8 are passive, 9–10 promote
 * (i = 0…119: 77 detractors, 22 passives, 21 promoters). Every 10th mentions "refund".
 * Reviews 0–59 come from page A, captured first; 60–119 from page B, captured later.
 */
let db: VerbatimDb;
let ids: string[];

beforeAll(async () => {
  db = createDb({ name: 'dashboard-query', indexedDB: new IDBFactory(), IDBKeyRange });
  const review = (i: number): CapturedComment => ({
    text: i % 10 === 0 ? `Review ${i}: still waiting for my Refund` : `Review ${i}: ok`, title: null, author: null, date: null,
    rating: { value: i % 11, min: 0, max: 10 }, externalId: `r${i}`, site: 'trustpilot', url: i < 60 ? URL_A : URL_B,
  });
  const a = await storeCaptured(db, Array.from({ length: 60 }, (_, i) => review(i)), { url: URL_A, title: 'A', site: 'trustpilot' }, ratingToScore, 1_000);
  const b = await storeCaptured(db, Array.from({ length: 60 }, (_, i) => review(60 + i)), { url: URL_B, title: 'B', site: 'trustpilot' }, ratingToScore, 2_000);
  ids = [...a.ids, ...b.ids];
  // Reviews 0–9 are analysed, the even ones with theme "price"; the rest wait for tagging.
  await saveAnalyses(db, Array.from({ length: 10 }, (_, i) => ({
    commentId: ids[i],
    analysis: {
      lang: 'en', sentiment: { score: i < 5 ? -0.5 : 0.5, label: i < 5 ? 'negative' as const : 'positive' as const }, sentences: [],
      themes: i % 2 === 0 ? [{ themeId: 'price', label: 'Price', sentiment: { score: -0.5, label: 'negative' as const }, evidence: [] }] : [],
      engine: 't/1', taxonomyVersion: 'T@1',
    },
  })));
});

const f = (over: Partial<CommentFilters>): CommentFilters => ({ ...noFilters(), ...over });

describe('queryComments', () => {
  test.each([
    // [what, filters, offset, rows, total, hasMore]
    ['unfiltered, from the aggregates', f({}), 0, 50, 120, true],
    ['unfiltered, last page', f({}), 100, 20, 120, false],
    // The page fills before the scan ends: the total is not known, the 51st match proves a next page.
    ['detractors, first page', f({ segment: 'detractor' }), 0, 50, null, true],
    // 77 detractors: the scan reaches the end, so the total is exact.
    ['detractors, second page', f({ segment: 'detractor' }), 50, 27, 77, false],
    ['promoters', f({ segment: 'promoter' }), 0, 21, 21, false],
    ['text search ignores case', f({ search: 'refund' }), 0, 12, 12, false],
    ['sentiment: only analysed comments can match', f({ sentiment: 'negative' }), 0, 5, 5, false],
    ['theme by index', f({ theme: 'price' }), 0, 5, 5, false],
    ['theme and sentiment', f({ theme: 'price', sentiment: 'positive' }), 0, 2, 2, false],
  ] as const)('%s', async (_what, filters, offset, nRows, total, hasMore) => {
    const page = await queryComments(db, 'all', filters, offset, 50);
    expect(page.rows).toHaveLength(nRows);
    expect(page.total).toBe(total);
    expect(page.hasMore).toBe(hasMore);
  });

  test('filtered pages keep the newest-capture-first order and stay in the scope', async () => {
    const all = await queryComments(db, 'all', f({ search: 'refund' }), 0, 50);
    // Reviews 60…110 (page B, captured later) come before 0…50 (page A).
    expect(all.rows.slice(0, 6).every((v) => v.comment.url === URL_B)).toBe(true);
    expect(all.rows.slice(6).every((v) => v.comment.url === URL_A)).toBe(true);
    const scoped = await queryComments(db, 'site:trustpilot.com', f({ segment: 'promoter' }), 0, 50);
    expect(scoped.total).toBe(21);
    const source = await queryComments(db, `source:${all.rows[0].comment.sourceId}`, f({ search: 'refund' }), 0, 50);
    // One capture shares one time stamp, so within it the order is the index's (by id): compare as sets.
    expect(source.rows.map((v) => v.comment.text).sort()).toEqual([100, 110, 60, 70, 80, 90].map((i) => `Review ${i}: still waiting for my Refund`));
  });
});
