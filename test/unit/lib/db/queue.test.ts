import { describe, expect, test } from 'vitest';
import { storeCaptured } from '../../../../lib/db/capture';
import { markFailed, markRetag, pendingBatch, queueStats, retryFailed, saveAnalyses } from '../../../../lib/db/queue';
import { readSummary } from '../../../../lib/db/read';
import { analysis, captured, freshDb, stars, toScore } from './helpers';

const SRC = { url: 'https://www.trustpilot.com/review/example.com', title: 'Example', site: 'trustpilot' };

async function seeded() {
  const { db } = freshDb();
  const first = await storeCaptured(db, [
    captured('Great pizza', { rating: stars(5) }),
    captured('Slow delivery', { rating: stars(1) }),
  ], SRC, toScore, 1000);
  const later = await storeCaptured(db, [captured('Fine', { rating: stars(4) })], SRC, toScore, 2000);
  return { db, ids: [...first.ids, ...later.ids] };
}

describe('the pending queue', () => {
  test('takes the oldest pending first and marks saved ones done', async () => {
    const { db, ids } = await seeded();
    const batch = await pendingBatch(db, 2);
    expect(batch.map((c) => c.text).sort()).toEqual(['Great pizza', 'Slow delivery']);
    expect(await saveAnalyses(db, batch.map((c) => ({ commentId: c.id, analysis: analysis(0.5, []) })), 3000)).toBe(2);
    expect(await queueStats(db)).toEqual({ pending: 1, done: 2, error: 0 });
    expect((await pendingBatch(db, 10)).map((c) => c.id)).toEqual([ids[2]]);
    expect(await db.analyses.get(ids[0])).toMatchObject({ commentId: ids[0], analyzedAt: 3000, engine: 'test-engine/1' });
    expect((await db.comments.get(ids[0]))!.lang).toBe('en');
  });

  test('a worker killed after taking a batch loses nothing: the batch is taken again', async () => {
    const { db } = await seeded();
    const taken = await pendingBatch(db, 2);
    // The worker dies here: nothing saved.
    expect(await queueStats(db)).toEqual({ pending: 3, done: 0, error: 0 });
    const retaken = await pendingBatch(db, 2);
    expect(retaken.map((c) => c.id)).toEqual(taken.map((c) => c.id));
  });

  test('saving a batch twice (killed after commit, before ack) does not count twice', async () => {
    const { db } = await seeded();
    const batch = await pendingBatch(db, 3);
    const results = batch.map((c, i) => ({ commentId: c.id, analysis: analysis(0.25 * i, [['delivery', -0.5], ['food.pizza', 0.75]]) }));
    await saveAnalyses(db, results);
    const once = await readSummary(db, 'all');
    await saveAnalyses(db, results);
    expect(await readSummary(db, 'all')).toEqual(once);
    // Hand count: 3 comments (5, 1, 4 stars), each mentioning delivery and food.pizza (so food).
    expect(once.overall).toEqual({ promoters: 1, passives: 1, detractors: 1, unrated: 0 });
    expect(once.sentiment).toEqual({ sum: 0 + 0.25 + 0.5, n: 3 });
    const delivery = once.themes.find((t) => t.themeId === 'delivery')!;
    expect(delivery).toEqual({ themeId: 'delivery', promoters: 1, passives: 1, detractors: 1, unrated: 0, sentimentSum: -1.5, sentimentN: 3 });
    expect(once.themes.map((t) => t.themeId).sort()).toEqual(['delivery', 'food', 'food.pizza']);
  });

  test('the same comment twice in one batch counts once, with the later analysis', async () => {
    const { db, ids } = await seeded();
    await saveAnalyses(db, [
      { commentId: ids[0], analysis: analysis(0.5, [['price', 0.5]]) },
      { commentId: ids[0], analysis: analysis(0.5, [['staff', 0.5]]) },
    ]);
    const s = await readSummary(db, 'all');
    expect(s.themes.map((t) => [t.themeId, t.promoters])).toEqual([['staff', 1]]);
  });

  test('an analysis for a comment no longer stored is dropped', async () => {
    const { db } = await seeded();
    expect(await saveAnalyses(db, [{ commentId: 'gone', analysis: analysis(0, [['price', 0]]) }])).toBe(0);
    expect(await db.analyses.count()).toBe(0);
  });

  test('failed comments leave the queue with their reason, and can be retried', async () => {
    const { db, ids } = await seeded();
    await markFailed(db, [{ commentId: ids[1], error: 'engine crashed' }]);
    expect(await queueStats(db)).toEqual({ pending: 2, done: 0, error: 1 });
    expect((await db.comments.get(ids[1]))!.error).toBe('engine crashed');
    expect((await pendingBatch(db, 10)).map((c) => c.id)).not.toContain(ids[1]);
    expect(await retryFailed(db)).toBe(1);
    expect(await queueStats(db)).toEqual({ pending: 3, done: 0, error: 0 });
    expect((await db.comments.get(ids[1]))!.error).toBeUndefined();
  });

  test('a changed taxonomy sends only comments tagged with the old one back to the queue', async () => {
    const { db, ids } = await seeded();
    await saveAnalyses(db, [
      { commentId: ids[0], analysis: analysis(0.5, [['food', 0.5]], 'Restaurant@2') },
      { commentId: ids[1], analysis: analysis(-0.5, [['delivery', -0.5]], 'Restaurant@3') },
    ]);
    const before = await readSummary(db, 'all');
    expect(await markRetag(db, 'Restaurant@3')).toBe(1);
    expect((await pendingBatch(db, 10)).map((c) => c.id).sort()).toEqual([ids[0], ids[2]].sort());
    // Until re-tagged, the old analysis still counts: the summary does not go blank.
    expect(await readSummary(db, 'all')).toEqual(before);
    expect(await markRetag(db, 'Restaurant@3')).toBe(0);
  });
});
