import { describe, expect, test } from 'vitest';
import { storeCaptured } from '../../../../lib/db/capture';
import { sourceId } from '../../../../lib/db/ids';
import { pendingBatch, saveAnalyses } from '../../../../lib/db/queue';
import { readSummary } from '../../../../lib/db/read';
import { analysis, captured, freshDb, stars, storedComment, storedComments, toScore } from './helpers';

const PAGE1 = 'https://www.trustpilot.com/review/example.com?page=1';
const PAGE2 = 'https://www.trustpilot.com/review/example.com?page=2';
const src = (url: string) => ({ url, title: 'Example reviews', site: 'trustpilot' });

const a = captured('Fast delivery, great pizza', { author: 'Ann', rating: stars(5), url: PAGE1 });
const b = captured('Cold food', { author: 'Bob', rating: stars(2), url: PAGE1 });
const c = captured('Okay I guess', { author: 'Cem', rating: stars(4), url: PAGE2 });
const d = captured('No rating here', { author: 'Dee', url: PAGE2 });

describe('storeCaptured', () => {
  test('capturing the same page twice stores each comment once', async () => {
    const { db } = freshDb();
    const first = await storeCaptured(db, [a, b], src(PAGE1), toScore, 1000);
    const again = await storeCaptured(db, [a, b], src(PAGE1), toScore, 2000);
    expect(first).toMatchObject({ added: 2, known: 0 });
    expect(again).toMatchObject({ added: 0, known: 2 });
    expect(again.ids).toEqual(first.ids);
    expect((await storedComments(db)).length).toBe(2);
    // 1 promoter (5 stars), 1 detractor (2 stars): counted once.
    expect((await readSummary(db, 'all')).overall).toEqual({ promoters: 1, passives: 0, detractors: 1, unrated: 0 });
  });

  test('overlapping pages add only the comments not seen yet', async () => {
    const { db } = freshDb();
    await storeCaptured(db, [a, b], src(PAGE1), toScore, 1000);
    // Page 2 re-shows b (the site shifted its paging) next to c and d.
    const r = await storeCaptured(db, [{ ...b, url: PAGE2 }, c, d], src(PAGE2), toScore, 2000);
    expect(r).toMatchObject({ added: 2, known: 1 });
    expect((await storedComments(db)).length).toBe(4);
    expect((await readSummary(db, 'all')).overall).toEqual({ promoters: 1, passives: 1, detractors: 1, unrated: 1 });
    // b stays with the page it was first seen on.
    expect((await readSummary(db, `source:${sourceId(PAGE1)}`)).overall).toEqual({ promoters: 1, passives: 0, detractors: 1, unrated: 0 });
    expect((await readSummary(db, `source:${sourceId(PAGE2)}`)).overall).toEqual({ promoters: 0, passives: 1, detractors: 0, unrated: 1 });
    expect((await readSummary(db, 'site:trustpilot.com')).overall).toEqual({ promoters: 1, passives: 1, detractors: 1, unrated: 1 });
  });

  test('a page of thousands overlapping an earlier capture adds only the new ones', async () => {
    const { db } = freshDb();
    const many = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => captured(`Review number ${from + i}`, { externalId: `r${from + i}`, rating: stars(5) }));
    expect(await storeCaptured(db, many(0, 1500), src(PAGE1), toScore, 1000)).toMatchObject({ added: 1500, known: 0 });
    expect(await storeCaptured(db, many(1000, 3500), src(PAGE2), toScore, 2000)).toMatchObject({ added: 2000, known: 500 });
    expect((await storedComments(db)).length).toBe(3500);
    expect((await readSummary(db, 'all')).overall.promoters).toBe(3500);
  });

  test('a comment repeated within one capture is stored once', async () => {
    const { db } = freshDb();
    const r = await storeCaptured(db, [a, a, b], src(PAGE1), toScore);
    expect(r).toMatchObject({ added: 2, known: 1 });
    expect(r.ids[0]).toBe(r.ids[1]);
  });

  test('new comments are pending with score and segment; NPS counts them before tagging', async () => {
    const { db } = freshDb();
    const { ids } = await storeCaptured(db, [a, c, d], src(PAGE1), toScore, 1234);
    const stored = await Promise.all(ids.map((id) => storedComment(db, id)));
    expect(stored.map((s) => [s!.status, s!.score, s!.segment])).toEqual([
      ['pending', 10, 'promoter'], ['pending', 7.5, 'passive'], ['pending', null, 'unrated'],
    ]);
    expect(stored[0]).toMatchObject({ capturedAt: 1234, host: 'trustpilot.com', sourceId: sourceId(PAGE1), rating: stars(5), lang: null });
    const s = await readSummary(db, 'all');
    expect(s.themes).toEqual([]);
    expect(s.sentiment).toEqual({ sum: 0, n: 0 });
  });

  test('a known, analysed comment is not set back to pending by a new capture', async () => {
    const { db } = freshDb();
    const { ids } = await storeCaptured(db, [a], src(PAGE1), toScore);
    await saveAnalyses(db, [{ commentId: ids[0], analysis: analysis(0.7, [['food', 0.7]]) }]);
    await storeCaptured(db, [a], src(PAGE1), toScore);
    expect(await pendingBatch(db, 10)).toEqual([]);
    expect((await db.comments.get(ids[0]))!.status).toBe('done');
  });

  test.each([
    [{ value: 9, min: 0, max: 10 }, 9, 'promoter'],
    [{ value: 6, min: 0, max: 10 }, 6, 'detractor'],
    [{ value: 4, min: 1, max: 5 }, 7.5, 'passive'],
    [{ value: 9, min: 1, max: 10 }, 80 / 9, 'promoter'],
    [null, null, 'unrated'],
  ])('without a rule given, lib/nps\'s default mapping scores %o as %d, %s', async (rating, score, segment) => {
    const { db } = freshDb();
    const { ids } = await storeCaptured(db, [captured('x', { rating })], src(PAGE1));
    expect(await storedComment(db, ids[0])).toMatchObject({ score, segment });
  });

  test('the source keeps its first capture time and updates its last', async () => {
    const { db } = freshDb();
    await storeCaptured(db, [a], src(PAGE1), toScore, 1000);
    await storeCaptured(db, [a], { ...src(PAGE1 + '#top'), title: 'Example reviews, page 1' }, toScore, 5000);
    const sources = await db.sources.toArray();
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ firstCapturedAt: 1000, lastCapturedAt: 5000, title: 'Example reviews, page 1' });
  });
});
