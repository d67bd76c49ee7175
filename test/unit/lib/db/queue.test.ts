import { describe, expect, test } from 'vitest';
import { createBackup, restoreBackup } from '../../../../lib/export/backup';
import { storeCaptured } from '../../../../lib/db/capture';
import { markFailed, markRetag, pendingBatch, queueStats, retryFailed, saveAnalyses, tagPendingBatch } from '../../../../lib/db/queue';
import { setTags } from '../../../../lib/db/tags';
import { readSummary } from '../../../../lib/db/read';
import { analysedCount, analysis, captured, freshDb, stars, toScore } from './helpers';

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
    expect((await db.comments.get(ids[0]))!.analysis).toMatchObject({ analyzedAt: 3000, engine: 'test-engine/1' });
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
    expect(await db.comments.get('gone')).toBeUndefined();
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

describe('tagging a batch in one transaction', () => {
  const byText = (c: { text: string }) => (c.text === 'Slow delivery'
    ? analysis(-0.6, [['delivery', -0.6]]) : analysis(0.5, [['food.pizza', 0.5]]));

  test('takes the oldest pending, saves their analyses and counts them, and stops when the queue is empty', async () => {
    const { db, ids } = await seeded();
    expect(await tagPendingBatch(db, 2, byText, 3000)).toEqual({ taken: 2, saved: 2, failed: 0 });
    expect(await queueStats(db)).toEqual({ pending: 1, done: 2, error: 0 });
    expect((await db.comments.get(ids[1]))!).toMatchObject({ status: 'done', lang: 'en', themeIds: ['delivery'] });
    expect(await tagPendingBatch(db, 2, byText, 3000)).toEqual({ taken: 1, saved: 1, failed: 0 });
    expect(await tagPendingBatch(db, 2, byText, 3000)).toEqual({ taken: 0, saved: 0, failed: 0 });
    // Hand count: 5★ promoter and 4★ passive mention pizza (so food), the 1★ detractor delivery.
    const s = await readSummary(db, 'all');
    expect(s.themes.map((t) => [t.themeId, t.promoters, t.passives, t.detractors])).toEqual(expect.arrayContaining([
      ['food', 1, 1, 0], ['food.pizza', 1, 1, 0], ['delivery', 0, 0, 1],
    ]));
  });

  test('a write that fails mid-batch (a killed worker) leaves the whole batch pending and the counts untouched', async () => {
    const { db } = await seeded();
    const before = await readSummary(db, 'all');
    let killed = true;
    db.comments.hook('creating', () => {
      if (killed) throw new Error('worker stopped');
    });
    await expect(tagPendingBatch(db, 3, byText)).rejects.toThrow('worker stopped');
    killed = false;
    expect(await analysedCount(db)).toBe(0);
    expect(await queueStats(db)).toEqual({ pending: 3, done: 0, error: 0 });
    expect(await readSummary(db, 'all')).toEqual(before);
    expect(await tagPendingBatch(db, 3, byText)).toMatchObject({ taken: 3, saved: 3 });
    expect(await analysedCount(db)).toBe(3);
  });

  test('a comment whose analysis throws is marked failed with the reason; the others are saved', async () => {
    const { db, ids } = await seeded();
    const outcome = await tagPendingBatch(db, 10, (c) => {
      if (c.text === 'Fine') throw new Error('engine crashed');
      return byText(c);
    });
    expect(outcome).toEqual({ taken: 3, saved: 2, failed: 1 });
    expect(await db.comments.get(ids[2])).toMatchObject({ status: 'error', error: 'engine crashed' });
    expect(await queueStats(db)).toEqual({ pending: 0, done: 2, error: 1 });
  });

  test('an agent\'s correction made before tagging wins over the analysis', async () => {
    const { db, ids } = await seeded();
    await setTags(db, ids[0], { kind: 'remove-theme', themeId: 'food.pizza' });
    await setTags(db, ids[0], { kind: 'add-theme', themeId: 'staff', label: 'Staff' });
    await tagPendingBatch(db, 10, byText);
    expect((await db.comments.get(ids[0]))!.themeIds).toEqual(['staff']);
    const s = await readSummary(db, 'all');
    expect(s.themes.find((t) => t.themeId === 'staff')).toMatchObject({ promoters: 1 });
    expect(s.themes.find((t) => t.themeId === 'food.pizza')).toMatchObject({ promoters: 0, passives: 1 });
  });

  test('re-tagging after a taxonomy change replaces the old analysis in the counts instead of adding to it', async () => {
    const { db } = await seeded();
    await tagPendingBatch(db, 10, (c) => ({ ...byText(c), taxonomyVersion: 'Old@1' }));
    expect(await markRetag(db, 'New@2')).toBe(3);
    await tagPendingBatch(db, 10, () => analysis(0.5, [['price', 0.5]], 'New@2'));
    const s = await readSummary(db, 'all');
    expect(s.themes.filter((t) => t.promoters + t.passives + t.detractors > 0).map((t) => t.themeId)).toEqual(['price']);
    expect(s.themes.find((t) => t.themeId === 'price')).toMatchObject({ promoters: 1, passives: 1, detractors: 1 });
    expect(s.sentiment).toEqual({ sum: 1.5, n: 3 });
  });

  test('after a full pass, a start with the same taxonomy reads nothing; a restore makes the next start look again', async () => {
    const { db } = await seeded();
    await tagPendingBatch(db, 10, (c) => ({ ...byText(c), taxonomyVersion: 'New@2' }));
    expect(await markRetag(db, 'New@2')).toBe(0);
    // The pass is not repeated: an old analysis written behind its back is not seen...
    const [first] = await db.comments.toArray();
    await db.comments.put({ ...first!, analysis: { ...first!.analysis!, taxonomyVersion: 'Old@1' } });
    expect(await markRetag(db, 'New@2')).toBe(0);
    // ...but a restore, the one way old analyses come in, clears the mark.
    const backup = await createBackup(db);
    backup.analyses = backup.analyses.map((a) => ({ ...a, taxonomyVersion: 'Old@1', analyzedAt: a.analyzedAt + 1 }));
    await restoreBackup(db, backup);
    expect(await markRetag(db, 'New@2')).toBe(3);
    expect(await queueStats(db)).toMatchObject({ pending: 3 });
  });
});
