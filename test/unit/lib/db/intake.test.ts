import { describe, expect, test } from 'vitest';
import { storeCaptured } from '../../../../lib/db/capture';
import { CHUNK } from '../../../../lib/db/intake';
import { queueStats, saveAnalyses, tagPendingBatch } from '../../../../lib/db/queue';
import { commentsByIds, readSummary } from '../../../../lib/db/read';
import { setTags } from '../../../../lib/db/tags';
import { createBackup } from '../../../../lib/export/backup';
import { analysis, captured, freshDb, stars, storedComments, toScore } from './helpers';

const SRC = { url: 'https://www.trustpilot.com/review/example.com', title: 'Example', site: 'trustpilot' };
const reviews = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => captured(`Review ${from + i}`, { externalId: `r${from + i}`, rating: stars(1 + ((from + i) % 5)) }));
const tagAll = () => analysis(0.5, [['delivery', 0.5]]);

describe('the intake: fresh captures wait in chunks until tagged', () => {
  test('a large capture is tagged a chunk at a time, oldest first, and each comment lands in the comments table once', async () => {
    const N = 2 * CHUNK + 200;
    const { db } = freshDb();
    await storeCaptured(db, reviews(0, 2 * CHUNK + 200), SRC, toScore, 1000);
    expect(await db.intake.count()).toBe(3);
    expect(await db.comments.count()).toBe(0);
    expect(await queueStats(db)).toEqual({ pending: 2 * CHUNK + 200, done: 0, error: 0 });

    expect(await tagPendingBatch(db, CHUNK, tagAll)).toEqual({ taken: CHUNK, saved: CHUNK, failed: 0 });
    expect(await db.comments.count()).toBe(CHUNK);
    expect((await db.comments.toArray()).map((c) => c.text)).toContain('Review 0');
    expect(await queueStats(db)).toEqual({ pending: CHUNK + 200, done: CHUNK, error: 0 });

    while ((await tagPendingBatch(db, CHUNK, tagAll)).taken > 0);
    expect(await db.intake.count()).toBe(0);
    expect(await db.comments.count()).toBe(2 * CHUNK + 200);
    const s = await readSummary(db, 'all');
    expect(s.themes.find((t) => t.themeId === 'delivery')).toMatchObject({ promoters: N / 5, passives: N / 5, detractors: (3 * N) / 5 });
  });

  test('small captures are taken together, up to the batch size', async () => {
    const { db } = freshDb();
    for (let page = 0; page < 5; page++) await storeCaptured(db, reviews(page * 20, page * 20 + 20), SRC, toScore, 1000 + page);
    expect(await tagPendingBatch(db, 50, tagAll)).toMatchObject({ taken: 40 });
    expect(await tagPendingBatch(db, 50, tagAll)).toMatchObject({ taken: 40 });
    expect(await tagPendingBatch(db, 50, tagAll)).toMatchObject({ taken: 20 });
  });

  test('capturing again while the first capture waits to be tagged duplicates nothing', async () => {
    const { db } = freshDb();
    await storeCaptured(db, reviews(0, 30), SRC, toScore, 1000);
    expect(await storeCaptured(db, reviews(20, 40), SRC, toScore, 2000)).toMatchObject({ added: 10, known: 10 });
    expect(await storedComments(db)).toHaveLength(40);
    expect((await readSummary(db, 'all')).overall).toEqual({ promoters: 8, passives: 8, detractors: 24, unrated: 0 });
  });

  test('a waiting comment shows in the overlay as pending and takes an agent\'s correction', async () => {
    const { db } = freshDb();
    const { ids } = await storeCaptured(db, reviews(0, 3), SRC, toScore, 1000);
    const [view] = await commentsByIds(db, [ids[1]]);
    expect(view).toMatchObject({ comment: { id: ids[1], status: 'pending', text: 'Review 1' }, analysis: null });
    await setTags(db, ids[1], { kind: 'add-theme', themeId: 'staff', label: 'Staff' });
    await tagPendingBatch(db, 10, tagAll);
    expect((await db.comments.get(ids[1]))!.themeIds).toEqual(['delivery', 'staff']);
  });

  test('saving an analysis for a waiting comment (outside the worker) writes it out of the intake', async () => {
    const { db } = freshDb();
    const { ids } = await storeCaptured(db, reviews(0, 3), SRC, toScore, 1000);
    expect(await saveAnalyses(db, [{ commentId: ids[1], analysis: tagAll() }])).toBe(1);
    expect((await db.comments.get(ids[1]))!.status).toBe('done');
    expect(await queueStats(db)).toEqual({ pending: 2, done: 1, error: 0 });
    expect(await storedComments(db)).toHaveLength(3);
  });

  test('a backup taken while comments wait carries them, pending', async () => {
    const { db } = freshDb();
    await storeCaptured(db, reviews(0, 3), SRC, toScore, 1000);
    const backup = await createBackup(db);
    expect(backup.comments.map((c) => [c.text, c.status])).toEqual(expect.arrayContaining([
      ['Review 0', 'pending'], ['Review 1', 'pending'], ['Review 2', 'pending'],
    ]));
  });
});
